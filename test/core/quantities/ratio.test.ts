import { describe, expect, it } from 'vitest';
import { ratio } from '../../../src/core/quantities/ratio';

describe('ratio — the one quotient every rate, share and per-officer figure uses', () => {
  it('divides when both sides are there and the denominator is positive', () => {
    // Domain §5, a district 2020: 3.420 of 4.029 → 84,88%.
    expect(ratio(3420, 4029)).toBeCloseTo(0.848846, 6);
  });

  it('gives null, never NaN or Infinity, for a missing, zero, negative or vanishing denominator', () => {
    expect(ratio(1, 0)).toBeNull();
    expect(ratio(1, -4)).toBeNull();
    expect(ratio(null, 4)).toBeNull();
    expect(ratio(4, undefined)).toBeNull();
    expect(ratio(1, 5e-324)).toBeNull();
    expect(ratio(Number.MAX_VALUE, 0.5)).toBeNull();
  });
});
