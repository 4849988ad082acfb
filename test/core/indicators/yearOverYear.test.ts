import { describe, expect, it } from 'vitest';
import { absoluteChange, rateChange, relativeChange } from '../../../src/core/indicators/yearOverYear';

describe('so với cùng kỳ (domain §4)', () => {
  it('a rate changes in points: national 2020 vs 2019 "tăng 2,82%"', () => {
    expect(rateChange(0.8141, 0.7859)).toBe(0.0282);
  });

  it('of the rates as shown: 81,4149% against 78,5851% is 81,41% − 78,59% = 2,82%, not the raw 2,83%', () => {
    expect(rateChange(0.814149, 0.785851)).toBe(0.0282);
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
