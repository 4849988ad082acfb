import { describe, expect, it } from 'vitest';
import { computeMeasureIndicators } from '../../../src/core/indicators/computeMeasureIndicators';
import { defaultIndicatorOptions } from '../../../src/core/indicators/defaultOptions';

const options = defaultIndicatorOptions();

describe('computeMeasureIndicators with last year’s rate alone (a sheet’s "cùng kỳ" column)', () => {
  it('compares the rate in points and leaves the count comparisons out: 81,41% against 78,59%', () => {
    const m = computeMeasureIndicators({ enforceable: 708_674, completed: 576_933 }, 0.8, options, undefined, 0.7859);
    expect(m.previousRate).toBe(0.7859);
    expect(m.rateChange).toBe(0.0282); // 81,41% − 78,59%, the rates as shown
    expect(m.completedChange).toBeNull();
    expect(m.backlogReduction).toBeNull();
  });

  it('takes last year’s quantities over a rate given alongside them', () => {
    const m = computeMeasureIndicators({ enforceable: 100, completed: 80 }, undefined, options, { enforceable: 100, completed: 50 }, 0.9);
    expect(m.previousRate).toBe(0.5);
    expect(m.completedChange).toBe(30);
  });

  it('has no comparison without either, and no rate change where Đ = 0', () => {
    expect(computeMeasureIndicators({ enforceable: 10, completed: 5 }, undefined, options).rateChange).toBeNull();
    const none = computeMeasureIndicators({ enforceable: 0, completed: 0 }, 0.8, options, undefined, 0.7);
    expect(none.rate).toBeNull();
    expect(none.rateChange).toBeNull();
    expect(none.gap).toBeNull();
  });
});

describe('computeMeasureIndicators: last year under its own regime (previousRegime)', () => {
  // Last year gives P, K and H only: Đ = P − K under A (H inside Đ), P − K − H under B.
  const lastYear = { mustEnforce: 130, notEnforceable: 20, postponed: 10, completed: 60 };
  it('derives last year’s Đ under previousRegime when it is given', () => {
    const b = defaultIndicatorOptions({ year: 2020, month: 12 });
    expect(b.regime).toBe('B');
    expect(computeMeasureIndicators({ enforceable: 100, completed: 80 }, undefined, { ...b, previousRegime: 'A' }, lastYear).previousRate).toBeCloseTo(60 / 110, 12);
    expect(computeMeasureIndicators({ enforceable: 100, completed: 80 }, undefined, b, lastYear).previousRate).toBeCloseTo(60 / 100, 12);
  });
});
