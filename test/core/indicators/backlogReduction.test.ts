import { describe, expect, it } from 'vitest';
import { backlogReduction } from '../../../src/core/indicators/backlogReduction';

describe('backlogReduction — giảm án tồn = (S_prev − S) / S_prev', () => {
  it('is positive when the backlog shrank and negative when it grew', () => {
    expect(backlogReduction(1000, 850)).toBeCloseTo(0.15, 12);
    expect(backlogReduction(1000, 1100)).toBeCloseTo(-0.1, 12);
  });

  it('has nothing to say without last year\'s backlog, or when it was 0', () => {
    expect(backlogReduction(null, 10)).toBeNull();
    expect(backlogReduction(0, 10)).toBeNull();
  });
});
