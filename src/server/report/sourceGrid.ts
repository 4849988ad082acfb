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
}

/**
 * Parses an A1 range of one sheet ("A5:P40"), 0-based (vùng A1).
 *
 * @example parseA1Range('B3:D10') // { row: 2, column: 1, rows: 8, columns: 3 }
 */
export function parseA1Range(text: string): { row: number; column: number; rows: number; columns: number } | null {
  const m = /^\s*\$?([A-Za-z]{1,3})\$?(\d{1,7})\s*:\s*\$?([A-Za-z]{1,3})\$?(\d{1,7})\s*$/.exec(text);
  if (!m) return null;
  const c1 = letters(m[1]!);
  const c2 = letters(m[3]!);
  const r1 = Number(m[2]) - 1;
  const r2 = Number(m[4]) - 1;
  if (r1 < 0 || r2 < 0) return null;
  return { row: Math.min(r1, r2), column: Math.min(c1, c2), rows: Math.abs(r2 - r1) + 1, columns: Math.abs(c2 - c1) + 1 };
}

function letters(s: string): number {
  let n = 0;
  for (const ch of s.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * Reads the source table: the whole sheet, or the A1 range the user chose (merges cut to it).
 * Throws a Vietnamese message when the sheet or the range does not exist.
 */
export function readSource(port: SheetsPort, sheet: string, range: string | null): SourceGrid {
  const data = port.readSheet(sheet);
  if (!data) throw new ThadsError(`Không thấy trang “${sheet}” trong bảng tính.`);
  if (range === null || range.trim() === '') return { sheet, grid: data.values, merges: data.merges, rowOffset: 1 };
  const r = parseA1Range(range);
  if (!r) throw new ThadsError(`Vùng “${range}” không hợp lệ: hãy ghi theo dạng A5:P40.`);
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
  return { sheet, grid, merges, rowOffset: r.row + 1 };
}
