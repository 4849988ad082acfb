import { describe, expect, it } from 'vitest';
import { progressGap, progressTarget, targetGap, targetMet } from '../../../src/core/indicators/targetGap';

describe('targetGap — vượt / thiếu chỉ tiêu in points', () => {
  it('is rate − target', () => {
    expect(targetGap(0.8488, 0.8)).toBeCloseTo(0.0488, 10);
    expect(targetGap(0.51, 0.74)).toBeCloseTo(-0.23, 10); // "thiếu 23%" against the full-year target
  });

  it('is null without a rate or a target', () => {
    expect(targetGap(null, 0.8)).toBeNull();
    expect(targetGap(0.8, null)).toBeNull();
  });
});

describe('progressTarget and progressGap — the pro-rata reading (tiến độ)', () => {
  it('prorates the annual target by cumulative months', () => {
    expect(progressTarget(0.74, 6)).toBeCloseTo(0.37, 12);
    expect(progressGap(0.51, 0.74, 4)).toBeCloseTo(0.51 - 0.74 / 3, 12);
    expect(progressGap(0.51, 0.74, null)).toBeNull();
  });
});

describe('targetMet — đạt when rate ≥ target', () => {
  it('counts a rate equal to the target as met, and below it as not', () => {
    expect(targetMet(0.8, 0.8)).toBe(true);
    expect(targetMet(0.79, 0.8)).toBe(false);
    expect(targetMet(null, 0.8)).toBeNull();
  });
});
