import { describe, expect, it } from 'vitest';
import { isPeriod } from '../../../src/core/period/isPeriod';

describe('isPeriod', () => {
  it('accepts a year with a cumulative month from 1 to 12', () => {
    expect(isPeriod({ year: 2020, month: 6 })).toBe(true);
    expect(isPeriod({ year: 2020, month: 1 })).toBe(true);
    expect(isPeriod({ year: 2020, month: 12 })).toBe(true);
  });

  it('refuses month 0 and month 13', () => {
    expect(isPeriod({ year: 2020, month: 0 })).toBe(false);
    expect(isPeriod({ year: 2020, month: 13 })).toBe(false);
  });
});

describe('isPeriod — years', () => {
  it('refuses a fractional or out-of-range year', () => {
    expect(isPeriod({ year: 2020.5, month: 6 })).toBe(false);
    expect(isPeriod({ year: 1999, month: 6 })).toBe(false);
    expect(isPeriod({ year: 2101, month: 6 })).toBe(false);
  });
});
