import { describe, expect, it } from 'vitest';
import { completionRate } from '../../../src/core/indicators/completionRate';

describe('completionRate — tỷ lệ giải quyết xong = X / Đ', () => {
  it('reproduces the published rates (domain §5)', () => {
    expect(completionRate(3420, 4029)).toBeCloseTo(0.848846, 6); // a district 2020: 84,88%
    expect(completionRate(576933, 708674)).toBeCloseTo(0.8141, 4); // national 2020: 81,41%
  });

  it('has no rate when Đ is 0 or missing (null, not 0%)', () => {
    expect(completionRate(0, 0)).toBeNull();
    expect(completionRate(5, null)).toBeNull();
    expect(completionRate(null, 10)).toBeNull();
  });
});
