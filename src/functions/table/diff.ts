import { diffTables, type TableChange } from '../../core/diff/diffTables';
import { ThadsError } from '../../core/errors';
import { moneyUnitFactor, moneyUnitLabel, moneyUnitName } from '../../core/numbers/moneyUnit';
import { moneyShown } from '../../core/table/moneyShown';
import { detectTableToSummarize } from '../../core/summary/summarizeTable';
import type { DetectedTable } from '../../core/table/types';
import { MEASURES } from '../../core/vocabulary/measures';
import { quantityName } from '../../core/vocabulary/quantities';
import type { CustomFunctionSpec } from '../spec';
import { detectOptionsOf } from './detectOptions';
import { tableArg } from './tableArg';
import { tableOptions, type TableOptions } from './tableOptions';

const NAME = 'THADS_DIFF';

/**
 * THADS_DIFF(closed, current, [options]) — số liệu đã chốt so với số liệu hiện nay: one row per
 * figure that changed (đơn vị, chỉ tiêu, số đã chốt, số hiện nay, chênh lệch), by the core's
 * diffTables; a single blank row when nothing changed. Both ranges are read by the one table reader
 * with the same options. Money is written in the current table's unit; a closed copy kept in
 * another unit is converted, and each money row says so.
 *
 * @example =THADS_DIFF('Chốt T12'!A4:L20; A4:L20)
 */
export const THADS_DIFF: CustomFunctionSpec = {
  name: NAME,
  description:
    'So sánh bản số liệu đã chốt (một trang giữ lại) với bảng hiện nay: mỗi số liệu thay đổi một dòng (đơn vị, chỉ tiêu, số đã chốt, số hiện nay, chênh lệch), ' +
    'đơn vị thêm hoặc bớt cũng một dòng; đơn vị ghép theo tên, không theo vị trí dòng; một ô trống khi không có gì thay đổi.',
  summaryEn: 'Compares a closed copy of a statistics table with the current one: one row per changed figure (unit, quantity, closed, now, difference); a single blank row when nothing changed.',
  mode: 'table',
  params: [
    { name: 'closed', description: 'Bảng số liệu đã chốt (bản lưu lại), gồm các dòng tiêu đề.', example: "'Chốt T12'!A4:L20", kind: 'table' },
    { name: 'current', description: 'Bảng số liệu hiện nay, gồm các dòng tiêu đề.', example: 'A4:L20', kind: 'table' },
    { name: 'options', description: 'Vùng hai cột tên | giá trị (năm, chế độ A/B, đơn vị tiền, cột …), dùng cho cả hai bảng.', example: 'N4:O6', kind: 'options', optional: true },
  ],
  returns: 'Năm cột: đơn vị, chỉ tiêu, số đã chốt, số hiện nay, chênh lệch (tiền theo đơn vị của bảng hiện nay); một ô trống khi không có gì thay đổi.',
  examples: ["=THADS_DIFF('Chốt T12'!A4:L20; A4:L20)", "=THADS_DIFF('Chốt T12'!A4:L20; A4:L20; N4:O6)"],
  errors: 'throw',
  impl: (closed: unknown, current: unknown, options?: unknown) => {
    const settings = tableOptions(NAME, options);
    const before = read('closed', 'bản đã chốt', closed, settings);
    const now = read('current', 'bảng hiện nay', current, settings);
    const changes = diffTables(before, now);
    if (changes.length === 0) return [['']];
    const converted = before.moneyUnit === now.moneyUnit ? '' : `; bản đã chốt tính bằng ${moneyUnitName(before.moneyUnit)}, đã quy đổi`;
    // The unit as every output names it: "nghìn đồng, giả định" when the table states none.
    const moneyNote = ` (${moneyUnitLabel(moneyShown(now))}${converted})`;
    const factor = moneyUnitFactor(now.moneyUnit);
    return changes.map((c) => changeRow(c, moneyNote, factor));
  },
};

/** Reads one of the two ranges; a range the reader cannot read fails the call, naming which one. */
function read(argName: string, what: string, value: unknown, settings: TableOptions): DetectedTable {
  const grid = tableArg(NAME, value);
  const detected = detectTableToSummarize(grid, { ...detectOptionsOf(settings), options: settings.options });
  if (!detected.ok) throw new ThadsError(`${NAME}: ${argName} (${what}): ${detected.message}`);
  return detected.table;
}

/** One output row: đơn vị | chỉ tiêu | số đã chốt | số hiện nay | chênh lệch. */
function changeRow(c: TableChange, moneyNote: string, factor: number): unknown[] {
  if (c.kind !== 'changed') return c.kind === 'added' ? [c.unit, 'đơn vị mới: có trong bảng hiện nay, không có trong bản đã chốt', '', '', ''] :  [c.unit, 'không còn trong bảng hiện nay (có trong bản đã chốt)', '', '', ''];
  const money = c.measure === 'tien';
  const shown = (v: number | null): number | string => (v === null ? '' : money ? Number((v / factor).toPrecision(15)) : v);
  const quantity = `${quantityName(c.key)} về ${MEASURES[c.measure].vi}${money ? moneyNote : ''}`;
  return [c.unit, quantity, shown(c.closed), shown(c.current), shown(c.difference)];
}
