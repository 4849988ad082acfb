import type { Grid } from '../types';
import { readQuantity } from './readQuantity';

/**
 * Cột có số liệu: true when a cell of the column, between two rows of the grid, reads as a number
 * (a number, or Vietnamese number text). A column the reader cannot place matters only then.
 *
 * @example holdsFigures([['Ghi chú'], [120]], 0, 1, 1) // true
 * @example holdsFigures([['Ghi chú'], ['đã nộp']], 0, 1, 1) // false
 */
export function holdsFigures(grid: Grid, column: number, firstRow: number, lastRow: number): boolean {
  for (let r = firstRow; r <= lastRow; r++) {
    const v = grid[r]?.[column];
    if (typeof v === 'number') {
      if (v - v === 0) return true;
      continue;
    }
    if (typeof v !== 'string' || v.trim() === '') continue;
    const q = readQuantity(v);
    if (q.ok && q.value !== null) return true;
  }
  return false;
}
