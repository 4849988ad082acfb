import { asText } from './asText';
import type { ReportOfficers } from './officerTable';
import type { CellRange, PlanValue, SheetPlan } from './plan';
import type { ReportCell } from './types';

/** The rows of the officers' table and what goes with them, positioned from `firstRow`. */
export interface OfficersBlock {
  /** Rows of `width` cells or fewer (the caller pads them). */
  rows: PlanValue[][];
  width: number;
  headerRow: number;
  numberFormats: SheetPlan['numberFormats'];
  bold: CellRange[];
  borders: CellRange[];
}

/**
 * Lays out the officers' ranking (bảng xếp hạng chấp hành viên toàn tỉnh) as the units' table is laid
 * out: a bold title, its notes, then a bordered table with a bold header row and the columns' formats.
 * Its cost in calls does not grow with the officers: one range per kind of call.
 *
 * @example layoutOfficers(officers, 60).rows[0] // ["XẾP HẠNG CHẤP HÀNH VIÊN TOÀN TỈNH — 21 chấp hành viên của 5 đơn vị"]
 */
export function layoutOfficers(officers: ReportOfficers, firstRow: number): OfficersBlock {
  const rows: PlanValue[][] = [];
  const cell = (v: ReportCell): PlanValue => (typeof v === 'string' ? asText(v) : v);
  rows.push([asText(officers.title)]);
  for (const n of officers.notes) rows.push([asText(n)]);
  const headerRow = firstRow + rows.length;
  rows.push(officers.columns.map((c) => c.header));
  for (const r of officers.rows) rows.push(r.cells.map(cell));
  const width = officers.columns.length;
  const body = officers.rows.length;
  return {
    rows,
    width,
    headerRow,
    numberFormats: body > 0 ? [{ range: { row: headerRow + 1, column: 0, rows: body, columns: width }, formats: officers.rows.map(() => officers.columns.map((c) => c.format)) }] : [],
    bold: [
      { row: firstRow, column: 0, rows: 1, columns: 1 },
      { row: headerRow, column: 0, rows: 1, columns: width },
    ],
    borders: [{ row: headerRow, column: 0, rows: body + 1, columns: width }],
  };
}
