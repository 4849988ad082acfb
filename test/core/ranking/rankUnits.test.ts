import { describe, expect, it } from 'vitest';
import type { UnitRecord } from '../../../src/core/types';
import { computeUnitIndicators } from '../../../src/core/indicators/computeUnitIndicators';
import { defaultIndicatorOptions } from '../../../src/core/indicators/defaultOptions';
import { addRankInput, rankInputs, rankUnits, ranksOf } from '../../../src/core/ranking/rankUnits';

function record(label: string, dv: number, xv: number, dt: number, xt: number, extra: Partial<UnitRecord> = {}): UnitRecord {
  return {
    label,
    row: 0,
    kind: 'unit',
    ranked: true,
    viec: { enforceable: dv, completed: xv },
    tien: { enforceable: dt, completed: xt },
    ...extra,
  };
}
const options = defaultIndicatorOptions({ year: 2024, month: 12 });
const units = () =>
  [
    record('A', 100, 80, 100, 40), // 80% / 40%
    record('B', 100, 90, 100, 30), // 90% / 30%
    record('C', 100, 80, 100, 50), // 80% / 50%
    record('D', 0, 0, 100, 60), // no việc rate
    record('Tổng cộng', 300, 250, 400, 180, { kind: 'total', ranked: false }),
    record('Cục THADS tỉnh', 100, 99, 100, 99, { ranked: false }),
  ].map((r) => computeUnitIndicators(r, {}, options));

describe('rankUnits', () => {
  it('ranks by việc rate, ties broken by tiền rate; totals, flagged and rate-less rows unranked', () => {
    const list = units();
    rankUnits(list, { kind: 'viec' });
    expect(list.map((u) => u.rank)).toEqual([3, 1, 2, null, null, null]);
    expect(list.map((u) => u.rankOf)).toEqual([3, 3, 3, null, null, null]);
  });

  it('ranks by tiền rate', () => {
    const list = units();
    rankUnits(list, { kind: 'tien' });
    expect(list.map((u) => u.rank)).toEqual([3, 4, 2, 1, null, null]);
  });

  it('ranks by a weighted combination', () => {
    const list = units();
    rankUnits(list, { kind: 'weighted', weightViec: 0.5, weightTien: 0.5 });
    // A 0,6; B 0,6; C 0,65; D unranked (no việc rate)
    expect(list.map((u) => u.rank)).toEqual([2, 2, 1, null, null, null]);
  });

  it('ranks by a user-entered score', () => {
    const list = units();
    rankUnits(list, { kind: 'score' }, [150, 190, null, 170, 200, 200]);
    expect(list.map((u) => u.rank)).toEqual([3, 1, null, 2, null, null]);
    expect(list[0]!.rankOf).toBe(3);
  });
});

describe('rankUnits never ranks a totals row', () => {
  it('even one the reader left as a unit', () => {
    const list = [record('Chi cục A', 10, 8, 1, 1), record('Toàn tỉnh', 10, 9, 1, 1)].map((r) => computeUnitIndicators(r, {}, options));
    rankUnits(list, { kind: 'viec' });
    expect(list.map((u) => [u.rank, u.rankOf])).toEqual([[1, 1], [null, null]]);
  });
});

describe('ranksOf', () => {
  it('ranks from the rows’ rates alone, as rankUnits ranks the rows themselves', () => {
    for (const by of [{ kind: 'viec' }, { kind: 'tien' }, { kind: 'weighted', weightViec: 0.5, weightTien: 0.5 }] as const) {
      const inputs = rankInputs();
      for (const u of units()) addRankInput(inputs, u);
      const list = units();
      rankUnits(list, by);
      const { ranks, of } = ranksOf(inputs, by);
      expect(ranks).toEqual(list.map((u) => u.rank));
      expect(list.map((u) => u.rankOf)).toEqual(ranks.map((r) => (r === null ? null : of)));
    }
  });

  it('keeps a totals row, a flagged row and a rate-less row out, and counts the rest', () => {
    const inputs = rankInputs();
    for (const u of units()) addRankInput(inputs, u);
    expect(inputs.eligible).toEqual([true, true, true, true, false, false]);
    expect(inputs.viec[3]).toBeNull();
    expect(ranksOf(inputs, { kind: 'viec' })).toEqual({ ranks: [3, 1, 2, null, null, null], of: 3 });
  });
});
