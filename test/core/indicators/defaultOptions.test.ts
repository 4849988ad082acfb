import { describe, expect, it } from 'vitest';
import { defaultIndicatorOptions } from '../../../src/core/indicators/defaultOptions';

describe('defaultIndicatorOptions — domain §4 defaults for a period', () => {
  it('takes the regime from the year, full-year targets, shares over P, ranking by việc', () => {
    expect(defaultIndicatorOptions({ year: 2019, month: 6 })).toEqual({
      regime: 'A',
      targetMode: 'fullYear',
      shareBase: 'mustEnforce',
      rankBy: { kind: 'viec' },
      period: { year: 2019, month: 6 },
    });
  });

  it('uses regime B and no period when none is given', () => {
    const o = defaultIndicatorOptions();
    expect(o.regime).toBe('B');
    expect(o.period).toBeUndefined();
  });
});
