import { parseA1Range } from '../../core/a1/parseA1Range';
import { ThadsError } from '../../core/errors';
import type { MergeRange } from '../../core/table/types';
import type { Grid } from '../../core/types';
import type { SheetsPort } from '../port';

/** A table's cells as read from the sheet (or from an A1 range of it). */
export interface SourceGrid {
  sheet: string;
  grid: Grid;
  merges: MergeRange[];
  /** Added to a 0-based grid row to give the sheet's row number in messages. */
  rowOffset: number;
  /** Added to a 0-based grid column to give the sheet's column (its letter) in messages. */
  columnOffset: number;
}

/**
 * Reads the source table: the whole sheet, or the A1 range the user chose (merges cut to it).
 * Throws a Vietnamese message when the sheet or the range does not exist. A range that names a sheet
 * ("'Thống kê'!C5:P30", as Sheets copies it) is accepted when that is the chosen sheet (names compared
 * ignoring case, as Sheets does) and refused otherwise: reading another sheet than the one chosen
 * would make a report of data the user did not pick.
 */
export function readSource(port: SheetsPort, sheet: string, range: string | null): SourceGrid {
  const data = port.readSheet(sheet);
  if (!data) throw new ThadsError(`Không thấy trang “${sheet}” trong bảng tính.`);
  if (range === null || range.trim() === '') return { sheet, grid: data.values, merges: data.merges, rowOffset: 1, columnOffset: 0 };
  const r = parseA1Range(range);
  if (!r) throw new ThadsError(`Vùng “${range}” không hợp lệ: hãy ghi theo dạng A5:P40 (hoặc 'Tên trang'!A5:P40).`);
  if (r.sheet !== null && r.sheet.toLowerCase() !== sheet.toLowerCase()) {
    throw new ThadsError(`Vùng “${range}” thuộc trang “${r.sheet}”, không phải trang đã chọn “${sheet}”: hãy chọn trang “${r.sheet}” hoặc bỏ tên trang khỏi vùng.`);
  }
  const grid: Grid = [];
  for (let i = 0; i < r.rows; i++) {
    const row = data.values[r.row + i] ?? [];
    const cells = [];
    for (let j = 0; j < r.columns; j++) cells.push(row[r.column + j] ?? '');
    grid.push(cells);
  }
  const merges = data.merges
    .filter((m) => m.row >= r.row && m.column >= r.column && m.row + m.rows <= r.row + r.rows && m.column + m.columns <= r.column + r.columns)
    .map((m) => ({ ...m, row: m.row - r.row, column: m.column - r.column }));
  return { sheet, grid, merges, rowOffset: r.row + 1, columnOffset: r.column };
}
