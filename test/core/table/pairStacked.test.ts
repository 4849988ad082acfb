import { describe, expect, it } from 'vitest';
import { findTableBlocks } from '../../../src/core/table/findTableBlocks';
import { mapColumns, type BlockMapping } from '../../../src/core/table/mapColumns';
import { moneyUnitOf } from '../../../src/core/table/moneyUnitOf';
import { pairStacked } from '../../../src/core/table/pairStacked';
import { rowProfile } from '../../../src/core/table/rowProfile';
import { titleMeasure } from '../../../src/core/table/titleMeasure';
import type { Grid } from '../../../src/core/types';

/** Two stacked blocks through the reader's own steps, as detectAggregated hands them over. */
function pair(grid: Grid) {
  const blocks = findTableBlocks(grid.map(rowProfile));
  const titles = blocks.map((b) => titleMeasure(grid, b));
  const maps = blocks.map((b, i) => mapColumns(grid, b, titles[i] ?? null)) as Extract<BlockMapping, { ok: true }>[];
  const money = moneyUnitOf(grid, blocks, 'dong');
  return pairStacked(grid, blocks, maps, titles, money, 1, new Set(), {});
}

describe('pairStacked: a việc table and a tiền table joined by unit', () => {
  it('joins by label whatever the order of the units in each', () => {
    const r = pair([
      ['I. VỀ VIỆC', '', ''],
      ['Đơn vị', 'Có điều kiện thi hành', 'Giải quyết xong'],
      ['Chi cục A', 10, 8],
      ['Chi cục B', 20, 10],
      ['II. VỀ TIỀN', '', ''],
      ['Đơn vị', 'Có điều kiện thi hành', 'Giải quyết xong'],
      ['Chi cục B', 300, 100],
      ['Chi cục A', 200, 50],
    ]);
    if (!r.ok) throw new Error(r.message);
    expect(r.table.units.map((u) => [u.label, u.viec.completed, u.tien.completed])).toEqual([
      ['Chi cục A', 8, 50],
      ['Chi cục B', 10, 100],
    ]);
    expect(r.table.warnings.join(' ')).not.toContain('bảng dưới');
  });

  it('takes the lower of two identical untitled tables as tiền, as a guess at 0,8', () => {
    const r = pair([
      ['Đơn vị', 'Có điều kiện thi hành', 'Giải quyết xong'],
      ['Chi cục A', 10, 8],
      ['Đơn vị', 'Có điều kiện thi hành', 'Giải quyết xong'],
      ['Chi cục A', 200, 50],
    ]);
    if (!r.ok) throw new Error(r.message);
    expect(r.table.units[0]?.tien).toEqual({ enforceable: 200, completed: 50 });
    expect(r.table.confidence).toBeLessThanOrEqual(0.8);
    expect(r.table.warnings.join(' ')).toContain('bảng dưới (dòng 3) là về tiền');
  });
});
