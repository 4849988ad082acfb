import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatPercent } from '../../../src/core/numbers/formatPercent';
import { parsePercent } from '../../../src/core/numbers/parsePercent';

describe('formatPercent — rates as the reports write them', () => {
  it('writes rates with "," and 2 decimals, rounding half up', () => {
    expect(formatPercent(0.848846, 2)).toBe('84,88%');
    expect(formatPercent(0.8, 2)).toBe('80,00%');
    expect(formatPercent(0.84885, 2)).toBe('84,89%');
    expect(formatPercent(0.9168, 0)).toBe('92%');
  });

  it('rounds 57/800 = 7,125% up to 7,13% (the half is not lost to binary noise)', () => {
    expect(formatPercent(57 / 800)).toBe('7,13%');
  });

  it('reads back as the same rate on the 2-decimal grid', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10000 }), (hundredths) => {
        const rate = hundredths / 10000;
        const r = parsePercent(formatPercent(rate, 2));
        return r.ok && r.value !== null && Math.abs(r.value - rate) < 1e-15;
      }),
    );
  });
});
