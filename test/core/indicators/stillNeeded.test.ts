import { describe, expect, it } from 'vitest';
import { stillNeeded } from '../../../src/core/indicators/stillNeeded';
import { shownRate } from '../../../src/core/indicators/shownRate';
import { targetMet } from '../../../src/core/indicators/targetGap';

/** True when N is the smallest multiple of step that meets the target as shown (the definition). */
function isSmallest(x: number, d: number, target: number, n: number, step: number): boolean {
  return targetMet((x + n) / d, target) === true && (n < step || !targetMet((x + n - step) / d, target));
}

describe('stillNeeded — còn phải giải quyết thêm để đạt chỉ tiêu cả năm', () => {
  it('counts the cases for which the rate shown reaches the target: 79,995% shows 80,00%', () => {
    expect(stillNeeded(3000, 4029, 0.8)).toBe(223);
    expect(shownRate(3223 / 4029)).toBe(0.8);
    expect(shownRate(3222 / 4029)).toBe(0.7997);
  });

  it('is null when the target is met (as shown), or without a target or a positive Đ', () => {
    expect(stillNeeded(3420, 4029, 0.8)).toBeNull();
    expect(stillNeeded(19999, 25000, 0.8)).toBeNull(); // 79,996% shows 80,00%
    expect(stillNeeded(10, 100, null)).toBeNull();
    expect(stillNeeded(0, 0, 0.8)).toBeNull();
    expect(stillNeeded(null, 100, 0.8)).toBeNull();
  });

  it('is the smallest such whole number for every X of a small Đ and several targets', () => {
    for (const d of [1, 7, 13, 4029]) {
      for (const target of [0.5, 0.74, 0.8, 0.839, 0.9999, 1]) {
        for (let x = 0; x <= d; x += Math.max(1, Math.floor(d / 50))) {
          const n = stillNeeded(x, d, target);
          if (n === null) {
            expect(targetMet(x / d, target)).toBe(true);
            continue;
          }
          expect(typeof n).toBe('number');
          expect(isSmallest(x, d, target, n as number, 1)).toBe(true);
          expect(n as number).toBeLessThanOrEqual(d - x);
        }
      }
    }
  });

  it('rounds an amount up to the shown precision, so the amount written is enough', () => {
    const n = stillNeeded(180.7e9, 310.1e9, 0.6, 1e7) as number;
    expect(n).toBe(5.35e9); // 5,35 tỷ đồng
    expect(isSmallest(180.7e9, 310.1e9, 0.6, n, 1e7)).toBe(true);
    expect(stillNeeded(180.7, 310.1, 0.6, 0.01)).toBe(5.35); // the same in tỷ, no float noise
  });

  it('never asks for more than Đ − X: a last step beyond it gives Đ − X', () => {
    // 100% of 1.005 tỷ from 1 tỷ: the 0,01 tỷ step would pass Đ; what is left is 0,005 tỷ.
    expect(stillNeeded(1e9, 1.005e9, 1, 1e7)).toBe(5e6);
  });

  it('ends, with an amount that is enough, for figures beyond 2^53 where a step no longer changes a number', () => {
    const n = stillNeeded(1e17, 1e18, 0.8) as number;
    expect(targetMet((1e17 + n) / 1e18, 0.8)).toBe(true);
    expect(n).toBeLessThanOrEqual(1e18 - 1e17);
  });

  it('says when the target cannot be reached with today’s Đ', () => {
    expect(stillNeeded(90, 100, 1.2)).toEqual({ kind: 'outOfReach', remaining: 10 });
    expect(stillNeeded(100, 100, 1.2)).toEqual({ kind: 'outOfReach', remaining: 0 });
  });
});
