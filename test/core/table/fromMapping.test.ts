import { describe, expect, it } from 'vitest';
import { fromMapping } from '../../../src/core/table/fromMapping';
import { rowProfile } from '../../../src/core/table/rowProfile';
import type { Grid } from '../../../src/core/types';

const grid: Grid = [
  ['Tên', 'Cột A', 'Cột B'],
  ['Chi cục A', 10, 7],
  ['Chi cục B', 20, 9],
];
const columns = [
  { column: 1, role: { kind: 'quantity', measure: 'viec', key: 'enforceable' } },
  { column: 2, role: { kind: 'quantity', measure: 'viec', key: 'completed' } },
] as const;

describe('fromMapping: the table read with the user\'s mapping', () => {
  it('reads every column as given, at confidence 1, data under headerEnd', () => {
    const r = fromMapping(grid, grid.map(rowProfile), { mapping: { headerEnd: 1, labelColumn: 0, columns: [...columns] } });
    if (!r.ok) throw new Error(r.message);
    expect(r.table.confidence).toBe(1);
    expect(r.table.units.map((u) => [u.label, u.viec])).toEqual([['Chi cục B', { enforceable: 20, completed: 9 }]]);
  });

  it('leaves out a row named not ranked from the ranking', () => {
    const r = fromMapping(grid, grid.map(rowProfile), { mapping: { headerEnd: 0, labelColumn: 0, columns: [...columns], notRanked: ['chi cục a'] } });
    expect(r.ok && r.table.units.map((u) => u.ranked)).toEqual([false, true]);
  });

  it('refuses a mapping that does not validate, saying which field', () => {
    const r = fromMapping(grid, grid.map(rowProfile), { mapping: { labelColumn: -1, columns: [] } as never });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/^Cách ánh xạ cột không hợp lệ: labelColumn: /);
  });
});
