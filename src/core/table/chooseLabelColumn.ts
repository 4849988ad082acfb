import type { Grid } from '../types';
import type { ColumnReading } from './classifyColumn';
import { mayBeFigure, readQuantity } from './readQuantity';

/**
 * Cột tên đơn vị: the column holding the units' names (Chi cục THADS huyện …, phòng THADS khu vực …,
 * THADS tỉnh …, or officers' names): the column with the most text that is not a number among the
 * rows of figures; ties go to a column headed "Đơn vị"/"Họ và tên", then to the leftmost.
 * Row-number columns (STT) never qualify. -1 when no column holds text.
 *
 * @example chooseLabelColumn([['1', 'Chi cục A', 5], ['2', 'Chi cục B', 6]], 0, 1, readings) // 1
 */
export function chooseLabelColumn(grid: Grid, firstRow: number, lastRow: number, readings: readonly ColumnReading[]): number {
  let best = -1;
  let bestScore = 0;
  for (let c = 0; c < readings.length; c++) {
    const reading = readings[c] as ColumnReading;
    if (reading.concept === 'rowNumber') continue;
    if (reading.role.kind === 'quantity' || reading.role.kind === 'typedRate') continue;
    let texts = 0;
    for (let r = firstRow; r <= lastRow; r++) {
      const v = grid[r]?.[c];
      if (typeof v !== 'string' || v.trim() === '') continue;
      if (!mayBeFigure(v.trim()) || !readQuantity(v).ok) texts++;
    }
    if (texts === 0) continue;
    const named = reading.concept === 'label' || reading.concept === 'officers' ? 0.5 : 0;
    const score = texts + named;
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}
