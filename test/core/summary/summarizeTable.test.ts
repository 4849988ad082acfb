import { describe, expect, it } from 'vitest';
import { defaultIndicatorOptions } from '../../../src/core/indicators/defaultOptions';
import type { UnitIndicators } from '../../../src/core/indicators/types';
import { forEachRankedRow, readTableToSummarize, summarizeTable } from '../../../src/core/summary/summarizeTable';
import type { Grid, UnitRecord } from '../../../src/core/types';

/** Domain §5: national 2020 (Đ 708.674, X 576.933 → 81,41%, +1,41 pp on 80%) beside a district 2020. */
const grid: Grid = [
  ['Đơn vị', 'Có điều kiện thi hành', 'Giải quyết xong'],
  ['Đơn vị A', 708674, 576933],
  ['Cục THADS tỉnh', 10, 10],
  ['Chi cục THADS huyện B', 4029, 3420],
  ['Tổng cộng', 712713, 580353],
];

describe('summarizeTable', () => {
  const options = defaultIndicatorOptions({ year: 2020, month: 12 });

  it('computes every row in sheet order, ranks the units, leaves totals and the provincial office unranked', () => {
    const r = summarizeTable(grid, { targets: () => ({ viec: 0.8 }), options });
    if (!r.ok) throw new Error(r.message);
    expect(r.indicators.map((u) => u.label)).toEqual(['Đơn vị A', 'Cục THADS tỉnh', 'Chi cục THADS huyện B', 'Tổng cộng']);
    expect(r.indicators[0]?.viec.rate).toBeCloseTo(0.8141, 4);
    expect(r.indicators[0]?.viec.gap).toBeCloseTo(0.0141, 4);
    expect(r.indicators[2]?.viec.rate).toBeCloseTo(0.8488, 4);
    expect(r.indicators.map((u) => [u.rank, u.rankOf])).toEqual([
      [2, 2],
      [null, null],
      [1, 2],
      [null, null],
    ]);
  });

  it('checks the table: the totals row must be the sum of every unit, the provincial office included', () => {
    const r = summarizeTable(grid, { targets: () => ({}), options, rowOffset: 4 });
    if (!r.ok) throw new Error(r.message);
    // 708.674 + 10 + 4.029 = 712.713 and 576.933 + 10 + 3.420 = 580.363, not 580.353
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]?.message).toBe(
      'Dòng 8 (Tổng cộng), việc, cột C (giải quyết xong (X)): dòng tổng ghi 580.353 việc nhưng tổng các đơn vị là 580.363 việc, chênh lệch 10 việc.',
    );
  });

  it('matches last year by label, ignoring case and spacing', () => {
    const previous: UnitRecord[] = [{ label: 'chi cục  THADS huyện b', row: 0, kind: 'unit', ranked: true, viec: { enforceable: 1000, completed: 786 }, tien: {} }];
    const r = summarizeTable(grid, { targets: () => ({}), options, previous });
    if (!r.ok) throw new Error(r.message);
    expect(r.indicators[2]?.viec.previousRate).toBeCloseTo(0.786, 12);
    expect(r.indicators[0]?.viec.previousRate).toBeNull();
  });

  it('ranks a table of money only by its tiền rate, and says so', () => {
    const money: Grid = [
      ['VỀ TIỀN (nghìn đồng)', '', ''],
      ['Đơn vị', 'Có điều kiện thi hành', 'Giải quyết xong'],
      ['Chi cục A', 100, 40],
      ['Chi cục B', 100, 60],
    ];
    const r = summarizeTable(money, { targets: () => ({}), options });
    if (!r.ok) throw new Error(r.message);
    expect(r.indicators.map((u) => u.rank)).toEqual([2, 1]);
    expect(r.table.warnings).toContain('Bảng chỉ có số liệu về tiền: xếp hạng theo tỷ lệ về tiền.');
  });

  it('passes a detection failure through', () => {
    expect(summarizeTable([[]], { targets: () => ({}), options })).toEqual({ ok: false, message: expect.stringContaining('trống') });
  });
});

describe('forEachRankedRow', () => {
  const options = defaultIndicatorOptions({ year: 2020, month: 12 });
  const rowsOf = (g: Grid, rankBy = options.rankBy) => {
    const opts = { targets: () => ({ viec: 0.8 }), options: { ...options, rankBy } };
    const read = readTableToSummarize(g, opts);
    if (!read.ok) throw new Error(read.message);
    const seen: [number, UnitIndicators][] = [];
    forEachRankedRow(read.table, read.opts, (u, i) => seen.push([i, u]));
    return { seen, table: read.table };
  };

  it('hands over every row in sheet order with the figures and ranks summarizeTable gives', () => {
    for (const rankBy of [{ kind: 'viec' }, { kind: 'tien' }] as const) {
      const whole = summarizeTable(grid, { targets: () => ({ viec: 0.8 }), options: { ...options, rankBy } });
      if (!whole.ok) throw new Error(whole.message);
      const { seen } = rowsOf(grid, rankBy);
      expect(seen.map(([i]) => i)).toEqual([0, 1, 2, 3]);
      expect(seen.map(([, u]) => u)).toEqual(whole.indicators);
    }
    expect(rowsOf(grid).seen.map(([, u]) => u.rank)).toEqual([2, null, 1, null]);
  });

  it('ranks a table of money only by its tiền rate, and says so', () => {
    const money: Grid = [
      ['VỀ TIỀN (nghìn đồng)', '', ''],
      ['Đơn vị', 'Có điều kiện thi hành', 'Giải quyết xong'],
      ['Chi cục A', 100, 40],
      ['Chi cục B', 100, 60],
    ];
    const { seen, table } = rowsOf(money);
    expect(seen.map(([, u]) => [u.rank, u.rankOf])).toEqual([[2, 2], [1, 2]]);
    expect(table.warnings).toContain('Bảng chỉ có số liệu về tiền: xếp hạng theo tỷ lệ về tiền.');
  });
});

describe('readTableToSummarize', () => {
  it('passes a detection failure through', () => {
    expect(readTableToSummarize([[]], { targets: () => ({}), options: defaultIndicatorOptions() })).toEqual({ ok: false, message: expect.stringContaining('trống') });
  });
});

describe('rankedIndicators', () => {
  it('ranks records as a report ranks them: by tiền when no row has a việc rate', async () => {
    const { rankedIndicators } = await import('../../../src/core/summary/summarizeTable');
    const { defaultIndicatorOptions } = await import('../../../src/core/indicators/defaultOptions');
    const rec = (label: string, d: number, x: number) => ({ label, row: 0, kind: 'unit' as const, ranked: true, viec: {}, tien: { enforceable: d, completed: x } });
    const list = rankedIndicators([rec('A', 10, 5), rec('B', 10, 9)], () => ({}), defaultIndicatorOptions({ year: 2020, month: 12 }));
    expect(list.map((u) => u.rank)).toEqual([2, 1]);
  });
});
