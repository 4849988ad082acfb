import { describe, expect, it } from 'vitest';
import { periodRange } from '../../../src/core/period/periodRange';
import { regimeForYear } from '../../../src/core/period/regimeForYear';
import { isPeriod } from '../../../src/core/period/isPeriod';

describe('statistical periods: year N = 01/10/N-1 … 30/09/N', () => {
  it('gives the range of a cumulative period', () => {
    expect(periodRange({ year: 2019, month: 6 })).toEqual({ from: [2018, 10, 1], to: [2019, 3, 31] });
    expect(periodRange({ year: 2020, month: 5 })).toEqual({ from: [2019, 10, 1], to: [2020, 2, 29] });
    expect(periodRange({ year: 2020, month: 12 })).toEqual({ from: [2019, 10, 1], to: [2020, 9, 30] });
    expect(periodRange({ year: 2020, month: 1 })).toEqual({ from: [2019, 10, 1], to: [2019, 10, 31] });
  });

  it('regime A up to 2019, B from 2020 (2020 is a documented guess)', () => {
    expect(regimeForYear(2019)).toBe('A');
    expect(regimeForYear(2020)).toBe('B');
    expect(regimeForYear(2024)).toBe('B');
  });

  it('validates periods', () => {
    expect(isPeriod({ year: 2020, month: 6 })).toBe(true);
    expect(isPeriod({ year: 2020, month: 0 })).toBe(false);
    expect(isPeriod({ year: 2020, month: 13 })).toBe(false);
  });
});
