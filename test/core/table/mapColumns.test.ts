import { describe, expect, it } from 'vitest';
import { findTableBlocks, type TableBlock } from '../../../src/core/table/findTableBlocks';
import { mapColumns } from '../../../src/core/table/mapColumns';
import { rowProfile } from '../../../src/core/table/rowProfile';
import type { Grid } from '../../../src/core/types';

const map = (grid: Grid) => mapColumns(grid, findTableBlocks(grid.map(rowProfile))[0] as TableBlock, null);

describe('mapColumns: the columns of one block', () => {
  it('maps each column and picks the unit-name column', () => {
    const r = map([
      ['STT', 'Đơn vị', 'Có điều kiện thi hành', 'Thi hành xong', 'Đình chỉ'],
      [1, 'Chi cục A', 10, 6, 2],
    ]);
    if (!r.ok) throw new Error(r.message);
    expect(r.labelColumn).toBe(1);
    expect(r.columns.map((c) => (c.role.kind === 'quantity' ? c.role.key : c.role.kind))).toEqual(['ignored', 'label', 'enforceable', 'fullyEnforced', 'terminated']);
    expect(r.measures).toEqual(['viec']);
  });

  it('takes a lone "Thi hành xong" (no Đình chỉ beside it) as X, at confidence 0,7', () => {
    const r = map([
      ['Đơn vị', 'Có điều kiện thi hành', 'Thi hành xong'],
      ['Chi cục A', 10, 6],
    ]);
    if (!r.ok) throw new Error(r.message);
    expect(r.columns[2]).toMatchObject({ role: { kind: 'quantity', measure: 'viec', key: 'completed' }, confidence: 0.7 });
  });

  it('refuses two columns for one required quantity, naming both', () => {
    const r = map([
      ['Đơn vị', 'Có điều kiện thi hành', 'Giải quyết xong', 'Có điều kiện thi hành'],
      ['Chi cục A', 10, 8, 10],
    ]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('có điều kiện thi hành (Đ) về việc: cột B ("Có điều kiện thi hành") và cột D');
  });
});
