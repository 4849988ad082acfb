import { ThadsError } from '../../core/errors';
import type { ReportCell } from '../../core/report/types';
import { summaryColumns } from '../../core/report/summaryTable';
import { forEachRankedRow, readTableToSummarize } from '../../core/summary/summarizeTable';
import { moneyShown } from '../../core/table/moneyShown';
import type { Targets } from '../../core/types';
import type { CustomFunctionSpec } from '../spec';
import { readTargets } from './readTargets';
import { detectOptionsOf } from './detectOptions';
import { tableArg } from './tableArg';
import { tableOptions } from './tableOptions';

const NAME = 'THADS_SUMMARY';

/**
 * THADS_SUMMARY(table, [target_viec], [target_tien], [options]) — bảng chỉ tiêu của cả bảng số liệu.
 *
 * @example =THADS_SUMMARY(A4:L20; 80%; 38%; N4:O6)
 */
export const THADS_SUMMARY: CustomFunctionSpec = {
  name: NAME,
  description:
    'Đọc cả bảng số liệu (gồm các dòng tiêu đề) và trả về bảng chỉ tiêu: mỗi đơn vị một dòng theo thứ tự của bảng, ' +
    'tỷ lệ việc và tiền, vượt/thiếu chỉ tiêu, xếp hạng (dòng tổng cộng giữ lại nhưng không xếp hạng). Bảng không nhận ra được thì báo #ERROR! kèm lý do.',
  summaryEn: 'Reads a whole statistics table as it stands and returns the indicator table: rates, gaps, ranks, backlog, per unit in sheet order.',
  mode: 'table',
  params: [
    { name: 'table', description: 'Cả bảng số liệu, gồm các dòng tiêu đề (việc và tiền cạnh nhau, hoặc {Việc!A4:L20;Tiền!A4:L20}).', example: 'A4:L20', kind: 'table' },
    { name: 'target_viec', description: 'Chỉ tiêu tỷ lệ về việc: một giá trị (80%) hoặc một cột, mỗi dòng của bảng một chỉ tiêu.', example: '80%', kind: 'percents', optional: true },
    { name: 'target_tien', description: 'Chỉ tiêu tỷ lệ về tiền: một giá trị (38%) hoặc một cột, mỗi dòng của bảng một chỉ tiêu.', example: '38%', kind: 'percents', optional: true },
    {
      name: 'options',
      description: 'Vùng hai cột tên | giá trị: năm, tháng, chế độ (A/B), đơn vị tiền, xếp hạng theo, so với chỉ tiêu, không xếp hạng, cột …',
      example: 'N4:O8',
      kind: 'options',
      optional: true,
    },
  ],
  returns: 'Bảng kết quả: dòng đầu là tiêu đề (Đơn vị, Tỷ lệ việc, Tỷ lệ tiền, Xếp hạng, …), mỗi dòng của bảng một dòng; tỷ lệ dạng phân số (định dạng %).',
  examples: ['=THADS_SUMMARY(A4:L20; 80%; 38%)', '=THADS_SUMMARY({Việc!A4:L20;Tiền!A4:L20}; 83,9%; 51,9%; N4:O8)'],
  errors: 'throw',
  impl: (table: unknown, targetViec?: unknown, targetTien?: unknown, options?: unknown) => {
    const grid = tableArg(NAME, table);
    const settings = tableOptions(NAME, options);
    const viec = readTargets(NAME, 'target_viec', targetViec, grid.length);
    const tien = readTargets(NAME, 'target_tien', targetTien, grid.length);
    const read = readTableToSummarize(grid, {
      ...detectOptionsOf(settings),
      options: settings.options,
      inRange: true,
      targets: (row) => {
        const t: Targets = {};
        const v = viec(row);
        const m = tien(row);
        if (v !== undefined) t.viec = v;
        if (m !== undefined && hasMoney(row)) t.tien = m;
        if (settings.backlogReduction !== undefined) t.backlogReduction = settings.backlogReduction;
        return t;
      },
    });
    if (!read.ok) throw new ThadsError(`${NAME}: ${read.message}`);
    // Money in the table's unit, headed with it ("…, giả định" when the table states none).
    const columns = summaryColumns({ money: moneyShown(read.table), proRata: settings.options.targetMode === 'proRata' });
    // Each row written as its indicators are computed, none kept: 50.000 rows' indicators held at
    // once would double the call's memory. The checks (THADS_CHECK) are not this function's output.
    const rows: ReportCell[][] = [columns.headers];
    forEachRankedRow(read.table, read.opts, (u, i) => rows.push(columns.row(u, i)));
    return rows;
  },
};

function hasMoney(row: { tien: object }): boolean {
  return Object.keys(row.tien).length > 0;
}
