import { cellText } from '../table/cellText';
import type { CellValue, Grid } from '../types';

/**
 * Dòng tiêu đề của sổ thụ lý, một hay hai dòng: a register's header may put money under a parent
 * ("Số tiền (đồng)" over "Phải thi hành" | "Đã thi hành"). The row under the header row is a
 * sub-header when it holds text and nothing in the status and unit columns (a case always has
 * those); each column's header is then its parent (carried right across the parent's merged blank
 * cells) and its own sub-header, so that the money columns are read at all. Returns the headers, one
 * per column, and the number of header rows (1 or 2).
 *
 * @example registerHeader([['Đơn vị', 'Trạng thái', 'Số tiền (đồng)', ''], ['', '', 'Phải thi hành', 'Đã thi hành']], 0, [0, 1])
 * // { headers: ['Đơn vị', 'Trạng thái', 'Số tiền (đồng) Phải thi hành', 'Số tiền (đồng) Đã thi hành'], rows: 2 }
 */
export function registerHeader(grid: Grid, headerRow: number, caseColumns: readonly number[]): { headers: CellValue[]; rows: 1 | 2 } {
  const top = grid[headerRow] ?? [];
  const below = grid[headerRow + 1] ?? [];
  const isSub =
    caseColumns.every((c) => cellText(below[c]) === '') &&
    below.some((v) => typeof v === 'string' && v.trim() !== '') &&
    below.every((v) => v === '' || v === null || v === undefined || typeof v === 'string');
  if (!isSub) return { headers: [...top], rows: 1 };
  const headers: CellValue[] = [];
  let parent = '';
  for (let c = 0; c < Math.max(top.length, below.length); c++) {
    const own = cellText(top[c]);
    const sub = cellText(below[c]);
    if (own) parent = own;
    else if (!sub) parent = '';
    headers.push(own && sub ? `${own} ${sub}` : own || (sub ? `${parent} ${sub}`.trim() : ''));
  }
  return { headers, rows: 2 };
}
