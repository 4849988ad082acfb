import type { ColumnMapping, Grid, UnitRecord } from '../types';
import { cellText } from './cellText';
import type { TableBlock } from './findTableBlocks';
import type { MoneyFound } from './moneyUnitOf';
import { moneyShown } from './moneyShown';
import type { DetectedTable, DetectionResult } from './types';
import { MEASURES } from '../vocabulary/measures';
import { quantityName } from '../vocabulary/quantities';
import { capitalized, columnName, columnNames, type CellNaming } from '../text/columnName';

/**
 * Hoàn tất bảng: assembles the DetectedTable — its confidence (the lowest among the label, Đ, X,
 * X1, X2 columns) and the warnings the user must see (each guessed required column with its reasons,
 * the other guesses listed once, the money unit assumed and amounts too large for it), naming
 * columns as `naming` says.
 *
 * @example finish(rows, block, columns, 1, money, units, [], []).ok // true
 */
export function finish(
  rows: Grid,
  block: TableBlock,
  columns: ColumnMapping[],
  labelColumn: number,
  money: MoneyFound,
  units: UnitRecord[],
  warnings: string[],
  sections: number[],
  naming: CellNaming = {},
): DetectionResult {
  if (units.length === 0) {
    return { ok: false, message: `Không có dòng đơn vị nào có số liệu trong các dòng ${block.firstDataRow + 1}–${block.lastDataRow + 1}.` };
  }
  if (labelColumn < 0) warnings.push('Không thấy cột tên đơn vị: các dòng được gọi theo số dòng.');
  let confidence = 1;
  for (const c of columns) if (isRequired(c)) confidence = Math.min(confidence, c.confidence);
  warnings.push(...moneyShown({ moneyUnit: money.unit, moneyUnitSource: money.source, layout: 'aggregated', units }).warnings);
  // Each guessed required column is explained; other guesses are listed once (their reasons are on the mapping).
  const others: number[] = [];
  for (const c of columns) {
    if (c.confidence >= 1 || c.role.kind === 'ignored') continue;
    if (isRequired(c)) warnings.push(`${capitalized(columnName(c.column, naming))} ("${c.header}") được đoán là ${roleText(c)} (độ tin cậy ${Math.round(c.confidence * 100)}%): ${c.reasons.join('; ')}.`);
    else if (others.indexOf(c.column) < 0) others.push(c.column);
  }
  if (others.length > 0) warnings.push(`Các ${columnNames(others, naming)} cũng được đoán (độ tin cậy dưới 100%): xem lý do của từng cột.`);
  const table: DetectedTable = {
    titleRows: block.titleRows.map((r) => (rows[r] ?? []).map(cellText).filter(Boolean).join(' ')),
    headerStart: block.headerStart,
    // The header block includes the column-number row when there is one (the fixtures' convention).
    headerEnd: block.numberRow ?? block.headerEnd,
    firstDataRow: block.firstDataRow,
    lastDataRow: block.lastDataRow,
    labelColumn,
    columns,
    moneyUnit: money.unit,
    moneyUnitSource: money.source,
    units,
    layout: 'aggregated',
    confidence,
    warnings,
  };
  if (block.numberRow !== undefined) table.numberRow = block.numberRow;
  if (sections.length > 0) table.sections = sections;
  return { ok: true, table };
}

/** The columns the completion rate rests on: the label, Đ, X, X1, X2. */
function isRequired(c: ColumnMapping): boolean {
  if (c.role.kind === 'label') return true;
  return c.role.kind === 'quantity' && (c.role.key === 'enforceable' || c.role.key === 'completed' || c.role.key === 'fullyEnforced' || c.role.key === 'terminated');
}

function roleText(c: ColumnMapping): string {
  if (c.role.kind === 'quantity') return `${quantityName(c.role.key)} về ${MEASURES[c.role.measure].vi}`;
  if (c.role.kind === 'label') return 'cột tên đơn vị';
  return c.role.kind;
}
