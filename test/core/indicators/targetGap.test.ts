import { describe, expect, it } from 'vitest';
import { progressGap, progressTarget, targetGap, targetMet } from '../../../src/core/indicators/targetGap';

describe('targetGap — vượt / thiếu chỉ tiêu in points', () => {
  it('is rate − target, of the rate as shown', () => {
    expect(targetGap(0.848846, 0.8)).toBe(0.0488); // 84,88% − 80%, as the text writes it
    expect(targetGap(0.51, 0.74)).toBe(-0.23); // "thiếu 23%" against the full-year target
  });

  it('is 0 (never −0,00%) for a rate shown at the target: 79,996% shows 80,00%', () => {
    expect(Object.is(targetGap(19999 / 25000, 0.8), 0)).toBe(true);
    expect(targetGap(19997 / 25000, 0.8)).toBe(-0.0001);
  });

  it('is null without a rate or a target', () => {
    expect(targetGap(null, 0.8)).toBeNull();
    expect(targetGap(0.8, null)).toBeNull();
  });
});

describe('progressTarget and progressGap — the pro-rata reading (tiến độ)', () => {
  it('prorates the annual target by cumulative months', () => {
    expect(progressTarget(0.74, 6)).toBeCloseTo(0.37, 12);
    expect(progressGap(0.51, 0.74, 4)).toBe(0.2633); // 51,00% − 24,67% (24,666…% as shown)
    expect(progressGap(0.51, 0.74, null)).toBeNull();
  });
});

describe('targetMet — đạt when rate ≥ target', () => {
  it('counts a rate equal to the target as met, and below it as not', () => {
    expect(targetMet(0.8, 0.8)).toBe(true);
    expect(targetMet(0.79, 0.8)).toBe(false);
    // Compared as shown: 79,996% is 80,00% and met; 79,994% is 79,99% and not.
    expect(targetMet(0.79996, 0.8)).toBe(true);
    expect(targetMet(0.79994, 0.8)).toBe(false);
    expect(targetMet(null, 0.8)).toBeNull();
  });
});
