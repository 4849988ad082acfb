import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankDescending } from '../../../src/core/ranking/rankDescending';
import { shownRate } from '../../../src/core/indicators/shownRate';

describe('rankDescending: competition ranks over a typed column, NaN = not ranked', () => {
  it('ranks 1, 2, 2, 4, best first, and leaves NaN rows out of the count', () => {
    expect([...rankDescending(Float64Array.of(0.9, 0.8, 0.9, NaN, 0.7))]).toEqual([1, 3, 1, NaN, 4]);
    expect([...rankDescending(Float64Array.of(-1, 0, -0, 1e300, -1e300))]).toEqual([4, 2, 2, 1, 5]);
    expect([...rankDescending(new Float64Array(0))]).toEqual([]);
  });

  it('ranks values as shown: 84,8812% and 84,8791% both show 84,88% and tie; 84,885% shows 84,89%', () => {
    expect([...rankDescending(Float64Array.of(0.848812, 0.848791, 0.84885, 0.8487))]).toEqual([2, 2, 1, 4]);
    // Points, counts and amounts with at most four decimals rank as given, however large.
    expect([...rankDescending(Float64Array.of(185.25, 185.2501, 1e300, 1.5e300))]).toEqual([4, 3, 2, 1]);
  });

  it('property: rank = 1 + how many ranked values are strictly above, as shown', () => {
    const value = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(NaN), fc.integer({ min: -3, max: 3 }));
    fc.assert(
      fc.property(fc.array(value, { maxLength: 80 }), (values) => {
        const ranks = rankDescending(Float64Array.from(values));
        values.forEach((v, i) => {
          if (Number.isNaN(v)) expect(ranks[i]).toBeNaN();
          else expect(ranks[i]).toBe(1 + values.filter((w) => !Number.isNaN(w) && shownRate(w) > shownRate(v)).length);
        });
      }),
    );
  });
});
