import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pow10, roundHalfUp, scaledHalfUp } from '../../../src/core/numbers/roundHalfUp';

describe('roundHalfUp — as Sheets\' ROUND and the reports round', () => {
  it('rounds halves away from zero', () => {
    expect(roundHalfUp(84.885, 2)).toBe(84.89);
    expect(roundHalfUp(-2.5, 0)).toBe(-3);
    expect(roundHalfUp(-0.5, 0)).toBe(-1);
  });

  it('rounds the digits the user sees, not their binary approximation (1,005 → 1,01)', () => {
    expect(roundHalfUp(1.005, 2)).toBe(1.01);
  });

  it('leaves a value with no digit left to round as it is, never Infinity', () => {
    expect(roundHalfUp(1e300, 4)).toBe(1e300);
    expect(roundHalfUp(-Number.MAX_VALUE, 4)).toBe(-Number.MAX_VALUE);
    expect(roundHalfUp(NaN, 2)).toBeNaN();
  });

  it('property: the fast path rounds as the digits cleaned to 15 significant ones do', () => {
    const byDefinition = (v: number, d: number) => {
      if (Math.abs(v) * 10 ** d >= 2 ** 53) return v;
      const r = Math.round(Number((Math.abs(v) * 10 ** d).toPrecision(15)));
      return r === 0 ? 0 : (v < 0 ? -r : r) / 10 ** d;
    };
    // Halves written with few digits (1,005; 0,84885) are the values near the fast path's edge.
    const half = fc.tuple(fc.integer({ min: -1e7, max: 1e7 }), fc.integer({ min: 1, max: 6 })).map(([k, e]) => (k + 0.5) / 10 ** e);
    const value = fc.oneof(fc.double({ min: -1e12, max: 1e12, noNaN: true }), half);
    fc.assert(
      fc.property(value, fc.integer({ min: 0, max: 6 }), (v, d) => {
        expect(roundHalfUp(v, d)).toBe(byDefinition(v, d));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('scaledHalfUp — the shown digits as a whole number', () => {
  it('scales then rounds, with no negative zero', () => {
    expect(scaledHalfUp(0.848846, 4)).toBe(8488);
    expect(scaledHalfUp(0.071250, 4)).toBe(713);
    expect(Object.is(scaledHalfUp(-0.00001, 2), 0)).toBe(true);
  });
});

describe('pow10', () => {
  it('is exact for display precisions and falls back beyond them', () => {
    expect(pow10(0)).toBe(1);
    expect(pow10(4)).toBe(10000);
    expect(pow10(20)).toBe(1e20);
  });
});
