import { describe, expect, it } from 'vitest';
import { absoluteChange, rateChange, relativeChange } from '../../../src/core/indicators/yearOverYear';

describe('so với cùng kỳ (domain §4)', () => {
  it('a rate changes in points: national 2020 vs 2019 "tăng 2,82%"', () => {
    expect(rateChange(0.8141, 0.7859)).toBeCloseTo(0.0282, 10);
  });

  it('a count changes absolutely and relatively: "tăng 39.080 việc (5,60%)"', () => {
    expect(absoluteChange(736747, 697667)).toBe(39080);
    expect(relativeChange(736747, 697667)).toBeCloseTo(0.056, 4);
  });

  it('has no relative change from nothing, and nothing without both sides', () => {
    expect(relativeChange(10, 0)).toBeNull();
    expect(absoluteChange(10, null)).toBeNull();
    expect(rateChange(null, 0.5)).toBeNull();
  });
});
