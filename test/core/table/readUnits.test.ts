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
});

const qm = (column: number, measure: 'viec' | 'tien', key: QuantityKey): ColumnMapping => ({
  column,
  role: { kind: 'quantity', measure, key },
  header: key,
  confidence: 1,
  reasons: [],
});
/** Label, Đ, X1, X2 (việc), Đ, X (tiền, nghìn đồng). */
const COLUMNS = [qm(1, 'viec', 'enforceable'), qm(2, 'viec', 'fullyEnforced'), qm(3, 'viec', 'terminated'), qm(4, 'tien', 'enforceable'), qm(5, 'tien', 'completed')];

function readRow(row: unknown[]) {
  const grid = [['Đơn vị'], row] as Grid;
  return readUnits({ grid, firstRow: 1, lastRow: 1, columns: COLUMNS, labelColumn: 0, moneyFactor: 1000, notRanked: new Set() }).units[0]!;
}

describe('readUnits: cells that cannot be used are problems of the row, kept out of its figures', () => {
  it('reads a clean row with no problems', () => {
    const u = readRow(['A', 100, 70, 10, 1000.5, 500]);
    expect(u.problems).toBeUndefined();
    expect(u.viec).toEqual({ enforceable: 100, fullyEnforced: 70, terminated: 10 });
    expect(u.tien).toEqual({ enforceable: 1_000_500, completed: 500_000 });
  });

  it('records an unreadable, a negative and a fractional việc cell with row, column, value and reason', () => {
    const u = readRow(['A', 100.4, '#N/A', -5, 1000, 500]);
    expect(u.problems).toEqual([
      { kind: 'fractional', measure: 'viec', key: 'enforceable', row: 1, column: 1, value: '100,4', reason: '100,4 không phải là số nguyên: số việc phải là số nguyên' },
      { kind: 'unreadable', measure: 'viec', key: 'fullyEnforced', row: 1, column: 2, value: '"#N/A"', reason: 'ô báo lỗi "#N/A"' },
      { kind: 'negative', measure: 'viec', key: 'terminated', row: 1, column: 3, value: '-5', reason: '-5 là số âm: số việc không thể âm' },
    ]);
    expect(u.viec).toEqual({});
    expect(u.tien).toEqual({ enforceable: 1_000_000, completed: 500_000 });
  });

  it('records X > Đ on the X1 column when the measure has no other problem; a negative amount is a tiền problem', () => {
    const u = readRow(['A', 100, 120, 10, -1000, 500]);
    expect(u.problems).toEqual([
      { kind: 'negative', measure: 'tien', key: 'enforceable', row: 1, column: 4, value: '-1.000', reason: '-1.000 là số âm: số tiền không thể âm' },
      {
        kind: 'exceeds',
        measure: 'viec',
        key: 'fullyEnforced',
        row: 1,
        column: 2,
        value: '130',
        reason: 'giải quyết xong (X) = 130 việc lớn hơn có điều kiện thi hành (Đ) = 100 việc: phải có X ≤ Đ',
      },
    ]);
    // X > Đ keeps both figures as read: the identity check quotes them.
    expect(u.viec).toEqual({ enforceable: 100, fullyEnforced: 120, terminated: 10 });
  });

  it('keeps a row whose only figure is unreadable as a unit (withheld), not a sub-heading', () => {
    const u = readRow(['A', 'abc', '', '', '', '']);
    expect(u.label).toBe('A');
    expect(u.problems?.map((p) => p.kind)).toEqual(['unreadable']);
  });

  it('a blank Đ or X beside a figure of the other is a problem on the blank cell (issue 11 try: the totals counted one side)', () => {
    const columns = [q(1, 'enforceable'), q(2, 'fullyEnforced'), q(3, 'enforceable', 'tien'), q(4, 'fullyEnforced', 'tien')];
    const r = read(
      [
        ['Chi cục A', 100, '', 1000, 500],
        ['Chi cục B', ' ', 50, 1000, null],
        ['Chi cục C', 0, '', '', 0],
        ['Chi cục D', '', '', 1000, 400],
      ],
      columns,
    );
    const problems = r.units.map((u) => (u.problems ?? []).map((p) => [p.kind, p.measure, p.key, p.row, p.column, p.reason]));
    expect(problems).toEqual([
      [['missing', 'viec', 'fullyEnforced', 0, 2, 'ô trống trong khi có điều kiện thi hành (Đ) = 100 việc: thiếu số giải quyết xong (X)']],
      [
        ['missing', 'viec', 'enforceable', 1, 1, 'ô trống trong khi giải quyết xong (X) = 50 việc: thiếu số có điều kiện thi hành (Đ)'],
        ['missing', 'tien', 'fullyEnforced', 1, 4, 'ô trống trong khi có điều kiện thi hành (Đ) = 1.000: thiếu số giải quyết xong (X)'],
      ],
      // Đ = 0 with X blank, or X = 0 with Đ blank: nothing is lost; a unit with only tiền has no việc to miss.
      [],
      [],
    ]);
  });

  it('a blank Đ that P and K give is not missing', () => {
    const r = read([['Chi cục A', 150, '', 80, 50]], [q(1, 'mustEnforce'), q(2, 'enforceable'), q(3, 'fullyEnforced'), q(4, 'notEnforceable')]);
    expect(r.units[0]?.problems).toBeUndefined();
  });
});

