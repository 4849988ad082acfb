import { describe, expect, it } from 'vitest';
import { summaryColumnKeys, summaryColumns, summaryTable } from '../../../src/core/report/summaryTable';
import { unit } from '../../server/fixtures';

const rows = [
  unit('Chi cục THADS huyện A', { viec: { enforceable: 4029, completed: 3420, rate: 3420 / 4029 }, rank: 1, rankOf: 1 }),
  unit('Văn phòng Cục', { ranked: false, viec: { enforceable: 10, completed: 9, rate: 0.9 } }),
  unit('Tổng cộng', { kind: 'total', viec: { enforceable: 4039, completed: 3429, rate: 3429 / 4039 } }),
];

describe('summaryTable', () => {
  it('heads the table, then one row per row of the source in its order, each as wide as the header', () => {
    const out = summaryTable(rows, { money: { unit: 'nghin', assumed: false }, proRata: false });
    expect(out).toHaveLength(4);
    expect(out[0]).toHaveLength(summaryColumnKeys(false).length);
    for (const r of out) expect(r).toHaveLength(out[0]!.length);
    expect(out.slice(1).map((r) => r[0])).toEqual(['Chi cục THADS huyện A', 'Văn phòng Cục', 'Tổng cộng']);
  });

  it('marks each row’s kind and ranks only ranked units', () => {
    const out = summaryTable(rows, { money: { unit: 'nghin', assumed: false }, proRata: false });
    expect(out.slice(1).map((r) => [r[1], r[4], r[5]])).toEqual([
      ['đơn vị', 1, '1/1'],
      ['đơn vị (không xếp hạng)', '', ''],
      ['tổng cộng', '', ''],
    ]);
  });

  it('adds the progress gaps only when compared with progress', () => {
    expect(summaryColumnKeys(true).length - summaryColumnKeys(false).length).toBe(2);
    expect(summaryTable(rows, { money: { unit: 'dong', assumed: false }, proRata: true })[0]).toContain('Vượt/thiếu tiến độ việc');
    expect(summaryTable(rows, { money: { unit: 'dong', assumed: false }, proRata: false })[0]).not.toContain('Vượt/thiếu tiến độ việc');
  });
});

describe('summaryColumns', () => {
  it('writes the header and each row as summaryTable does, one row at a time', () => {
    const money = { unit: 'nghin', assumed: true } as const;
    const columns = summaryColumns({ money, proRata: true });
    const table = summaryTable(rows, { money, proRata: true });
    expect(columns.headers).toEqual(table[0]);
    expect(rows.map((u, i) => columns.row(u, i))).toEqual(table.slice(1));
    expect(columns.row(rows[0]!, 0)[5]).toBe('1/1');
  });
});
