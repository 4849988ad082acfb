import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { UnitRecord } from '../../../src/core/types';
import { computeUnitIndicators } from '../../../src/core/indicators/computeUnitIndicators';
import { defaultIndicatorOptions } from '../../../src/core/indicators/defaultOptions';
import { completionRate } from '../../../src/core/indicators/completionRate';
import { backlogReduction } from '../../../src/core/indicators/backlogReduction';
import { perOfficer } from '../../../src/core/indicators/workload';

function unit(viec: UnitRecord['viec'], extra: Partial<UnitRecord> = {}): UnitRecord {
  return { label: 'Chi cục THADS huyện A', row: 3, kind: 'unit', ranked: true, viec, tien: {}, ...extra };
}
const B = defaultIndicatorOptions({ year: 2021, month: 12 });

describe('computeUnitIndicators', () => {
  it('gives no rate (null, not 0 or NaN) when Đ is 0', () => {
    const u = computeUnitIndicators(unit({ enforceable: 0, completed: 0 }), { viec: 0.8 }, B);
    expect(u.viec.rate).toBeNull();
    expect(u.viec.gap).toBeNull();
    expect(u.viec.met).toBeNull();
  });

  it('compares with pro-rata progress when the target mode says so', () => {
    const options = { ...defaultIndicatorOptions({ year: 2017, month: 4 }), targetMode: 'proRata' as const };
    const u = computeUnitIndicators(unit({ enforceable: 100, completed: 51 }), { viec: 0.74 }, options);
    expect(u.viec.progressGap).toBe(0.2633); // 51,00% − 24,67%, as shown
    expect(u.viec.met).toBe(true); // 51% ≥ 24,67%
    const full = computeUnitIndicators(unit({ enforceable: 100, completed: 51 }), { viec: 0.74 }, { ...options, targetMode: 'fullYear' });
    expect(full.viec.met).toBe(false);
  });

  it('compares with the same period of last year', () => {
    const current = unit({ enforceable: 1000, completed: 850, mustEnforce: 1500 });
    const previous = unit({ enforceable: 1000, completed: 800, mustEnforce: 1600 });
    const u = computeUnitIndicators(current, { viec: 0.8, backlogReduction: 0.1 }, B, previous);
    expect(u.viec.previousRate).toBe(0.8);
    expect(u.viec.rateChange!).toBeCloseTo(0.05, 12);
    expect(u.viec.completedChange).toBe(50);
    expect(u.viec.completedChangeRelative).toBe(50 / 800);
    // backlog 800 → 650: reduced by 150 / 800 = 18,75%
    expect(u.viec.backlogReduction).toBe(150 / 800);
    expect(u.targetsSet).toBe(2);
    expect(u.targetsMet).toBe(2);
  });

  it('counts targets met over the targets the unit was given ("đạt 1/2 chỉ tiêu")', () => {
    const u = computeUnitIndicators(unit({ enforceable: 100, completed: 85 }, { tien: { enforceable: 100, completed: 30 } }), { viec: 0.8, tien: 0.38 }, B);
    expect(u.targetsMet).toBe(1);
    expect(u.targetsSet).toBe(2);
  });

  it('workload per officer: T / CHV and P / CHV', () => {
    const u = computeUnitIndicators(unit({ totalAccepted: 1400, mustEnforce: 1300 }, { officers: 2 }), {}, B);
    expect(u.workloadTotal).toBe(700);
    expect(u.workloadMust).toBe(650);
    expect(perOfficer(10, 0)).toBeNull();
  });

  it('shares Đ/K/H over P by default, over T by setting', () => {
    const v = { totalAccepted: 200, mustEnforce: 100, enforceable: 60, notEnforceable: 30, postponed: 10 };
    const overP = computeUnitIndicators(unit(v), {}, B);
    expect([overP.viec.shareEnforceable, overP.viec.shareNotEnforceable, overP.viec.sharePostponed]).toEqual([0.6, 0.3, 0.1]);
    const overT = computeUnitIndicators(unit(v), {}, { ...B, shareBase: 'totalAccepted' });
    expect(overT.viec.shareEnforceable).toBe(0.3);
  });

  it('leaves rank and grade for later', () => {
    const u = computeUnitIndicators(unit({ enforceable: 10, completed: 5 }), {}, B);
    expect([u.rank, u.rankOf, u.grade]).toEqual([null, null, null]);
  });

  it('backlog reduction is null when last year had no backlog', () => {
    expect(backlogReduction(0, 5)).toBeNull();
    expect(backlogReduction(1000, 850)).toBe(0.15);
  });
});

describe('property: the rate lies within [0, 1] whenever X ≤ Đ', () => {
  it('for any counts', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), fc.double({ min: 0, max: 1, noNaN: true }), (d, f) => {
        const x = Math.floor(d * f);
        const r = completionRate(x, d)!;
        return r >= 0 && r <= 1;
      }),
    );
  });

  it('for any amounts with decimals, X1 + X2 ≤ Đ', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-3, max: 1e15, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (d, a, b) => {
          const x1 = d * a * 0.5;
          const x2 = d * b * 0.5;
          const u = computeUnitIndicators(unit({}, { tien: { enforceable: d, fullyEnforced: x1, terminated: x2 } }), {}, B);
          return u.tien.rate! >= 0 && u.tien.rate! <= 1;
        },
      ),
    );
  });
});
