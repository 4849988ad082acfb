import { describe, expect, it } from 'vitest';
import { diffTables } from '../../../src/core/diff/diffTables';
import { detectTable } from '../../../src/core/read/detectTable';
import type { DetectedTable } from '../../../src/core/table/types';
import type { Grid, UnitRecord } from '../../../src/core/types';

const unit = (label: string, viec: UnitRecord['viec'], tien: UnitRecord['tien'] = {}): UnitRecord => ({ label, row: 0, kind: 'unit', ranked: true, viec, tien });

function read(grid: Grid): DetectedTable {
  const r = detectTable(grid);
  if (!r.ok) throw new Error(r.message);
  return r.table;
}

/** A province table, amounts given in triệu and written × factor in the sheet's unit. */
function table(unitName: string, factor: number, rows: [string, number, number, number, number][]): Grid {
  return [
    ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ', '', '', '', ''],
    [`Đơn vị tính: ${unitName}`, '', '', '', ''],
    ['Đơn vị', 'Về việc', '', 'Về tiền', ''],
    ['', 'Có điều kiện thi hành', 'Giải quyết xong', 'Có điều kiện thi hành', 'Giải quyết xong'],
    ...rows.map(([l, d, x, dt, xt]) => [l, d, x, dt * factor, xt * factor]),
  ];
}

const ROWS: [string, number, number, number, number][] = [
  ['Chi cục THADS huyện A', 4029, 3420, 310_100, 180_700],
  ['Chi cục THADS huyện B', 1000, 900, 5000, 1000],
  ['Tổng cộng', 5029, 4320, 315_100, 181_700],
];

describe('diffTables — số liệu đã chốt so với hiện nay', () => {
  it('finds nothing when nothing changed, even with the money kept in another unit', () => {
    expect(diffTables(read(table('triệu đồng', 1, ROWS)), read(table('nghìn đồng', 1000, ROWS)))).toEqual([]);
  });

  it('lists a changed count with both values and the difference', () => {
    const now = ROWS.map((r) => (r[0] === 'Chi cục THADS huyện B' ? (['Chi cục THADS huyện B', 1000, 905, 5000, 1000] as typeof r) : r));
    expect(diffTables(read(table('triệu đồng', 1, ROWS)), read(table('triệu đồng', 1, now)))).toEqual([
      { kind: 'changed', unit: 'Chi cục THADS huyện B', measure: 'viec', key: 'completed', closed: 900, current: 905, difference: 5 },
    ]);
  });

  it('lists a changed amount in đồng', () => {
    const now = ROWS.map((r) => (r[0] === 'Tổng cộng' ? (['Tổng cộng', 5029, 4320, 315_100, 181_750] as typeof r) : r));
    expect(diffTables(read(table('triệu đồng', 1, ROWS)), read(table('triệu đồng', 1, now)))).toEqual([
      { kind: 'changed', unit: 'Tổng cộng', measure: 'tien', key: 'completed', closed: 181_700e6, current: 181_750e6, difference: 50e6 },
    ]);
  });

  it('says which units are on one side only', () => {
    const closed = [unit('Chi cục A', { enforceable: 10 }), unit('Chi cục B', { enforceable: 5 })];
    const current = [unit('Chi cục B', { enforceable: 5 }), unit('Phòng THADS khu vực 1', { enforceable: 7 })];
    expect(diffTables(closed, current)).toEqual([
      { kind: 'added', unit: 'Phòng THADS khu vực 1' },
      { kind: 'removed', unit: 'Chi cục A' },
    ]);
  });

  it('matches units whose rows, and columns, are in another order', () => {
    const closed = read(table('triệu đồng', 1, ROWS));
    const swapped: Grid = table('triệu đồng', 1, [ROWS[1]!, ROWS[0]!, ROWS[2]!]).map((r) => [r[0], r[2], r[1], r[3], r[4]]);
    expect(diffTables(closed, read(swapped))).toEqual([]);
  });

  it('names a figure gone from one side with null there', () => {
    expect(diffTables([unit('Chi cục A', { enforceable: 10, completed: 8 })], [unit('Chi cục A', { enforceable: 10 })])).toEqual([
      { kind: 'changed', unit: 'Chi cục A', measure: 'viec', key: 'completed', closed: 8, current: null, difference: null },
    ]);
  });
});
