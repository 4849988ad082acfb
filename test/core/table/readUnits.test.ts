import { describe, expect, it } from 'vitest';
import { ADDITIVE_KEYS, readUnits } from '../../../src/core/table/readUnits';
import { unitKey } from '../../../src/core/text/unitKey';
import type { ColumnMapping, Grid, QuantityKey } from '../../../src/core/types';

const q = (column: number, key: QuantityKey, measure: 'viec' | 'tien' = 'viec'): ColumnMapping => ({ column, role: { kind: 'quantity', measure, key }, header: '', confidence: 1, reasons: [] });
const label: ColumnMapping = { column: 0, role: { kind: 'label' }, header: '', confidence: 1, reasons: [] };
const read = (grid: Grid, columns: ColumnMapping[], notRanked: string[] = []) =>
  readUnits({ grid, firstRow: 0, lastRow: grid.length - 1, columns: [label, ...columns], labelColumn: 0, moneyFactor: 1000, notRanked: new Set(notRanked.map(unitKey)) });

describe('readUnits', () => {
  it('reads one record per row of figures, money in đồng, totals kept and not ranked', () => {
    const r = read(
      [
        ['Chi cục A', 4029, '3.420', 310],
        ['Tổng cộng', 4029, 3420, 310],
      ],
      [q(1, 'enforceable'), q(2, 'completed'), q(3, 'enforceable', 'tien')],
    );
    expect(r.units.map((u) => [u.label, u.kind, u.ranked, u.viec, u.tien])).toEqual([
      ['Chi cục A', 'unit', true, { enforceable: 4029, completed: 3420 }, { enforceable: 310_000 }],
      ['Tổng cộng', 'total', false, { enforceable: 4029, completed: 3420 }, { enforceable: 310_000 }],
    ]);
  });

  it('adds the columns of an additive quantity (hoãn + tạm đình chỉ = H)', () => {
    expect(ADDITIVE_KEYS.has('postponed')).toBe(true);
    expect(ADDITIVE_KEYS.has('enforceable')).toBe(false);
    const r = read([['Chi cục A', 10, 2, 1]], [q(1, 'enforceable'), q(2, 'postponed'), q(3, 'postponed')]);
    expect(r.units[0]?.viec.postponed).toBe(3);
  });

  it('returns a sub-heading row as a section, and leaves a unit named not ranked unranked', () => {
    const r = read(
      [
        ['I. Khối huyện', '', ''],
        ['Chi cục A', 10, 8],
        ['Văn phòng', 5, 4],
      ],
      [q(1, 'enforceable'), q(2, 'completed')],
      ['VĂN PHÒNG'],
    );
    expect(r.sections).toEqual([0]);
    expect(r.units.map((u) => [u.label, u.ranked])).toEqual([
      ['Chi cục A', true],
      ['Văn phòng', false],
    ]);
  });

  it('leaves out a cell that is not a number and names its row, column and value', () => {
    const r = read([['Chi cục A', 10, 'mười']], [q(1, 'enforceable'), q(2, 'completed')]);
    expect(r.units[0]?.viec).toEqual({ enforceable: 10 });
    expect(r.warnings.join('\n')).toMatch(/Dòng 1, cột 3 của vùng: .*"mười"/);
  });
});
