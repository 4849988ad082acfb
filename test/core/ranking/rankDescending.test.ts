import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankDescending } from '../../../src/core/ranking/rankDescending';

describe('rankDescending: competition ranks over a typed column, NaN = not ranked', () => {
  it('ranks 1, 2, 2, 4, best first, and leaves NaN rows out of the count', () => {
    expect([...rankDescending(Float64Array.of(0.9, 0.8, 0.9, NaN, 0.7))]).toEqual([1, 3, 1, NaN, 4]);
    expect([...rankDescending(Float64Array.of(-1, 0, -0, 1e300, -1e300))]).toEqual([4, 2, 2, 1, 5]);
    expect([...rankDescending(new Float64Array(0))]).toEqual([]);
  });

  it('property: rank = 1 + how many ranked values are strictly above', () => {
    const value = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(NaN), fc.integer({ min: -3, max: 3 }));
    fc.assert(
      fc.property(fc.array(value, { maxLength: 80 }), (values) => {
        const ranks = rankDescending(Float64Array.from(values));
        values.forEach((v, i) => {
          if (Number.isNaN(v)) expect(ranks[i]).toBeNaN();
          else expect(ranks[i]).toBe(1 + values.filter((w) => !Number.isNaN(w) && w > v).length);
        });
      }),
    );
  });
});
