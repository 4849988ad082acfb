import { describe, expect, it } from 'vitest';
import { periodRange } from '../../../src/core/period/periodRange';

describe('periodRange — a cumulative period from 01/10', () => {
  it('gives the first and last day of the period', () => {
    expect(periodRange({ year: 2019, month: 6 })).toEqual({ from: [2018, 10, 1], to: [2019, 3, 31] });
    expect(periodRange({ year: 2020, month: 1 })).toEqual({ from: [2019, 10, 1], to: [2019, 10, 31] });
    expect(periodRange({ year: 2020, month: 12 })).toEqual({ from: [2019, 10, 1], to: [2020, 9, 30] });
  });

  it('ends a February report on the 29th in a leap year', () => {
    expect(periodRange({ year: 2020, month: 5 })).toEqual({ from: [2019, 10, 1], to: [2020, 2, 29] });
    expect(periodRange({ year: 2019, month: 5 }).to).toEqual([2019, 2, 28]);
  });
});
