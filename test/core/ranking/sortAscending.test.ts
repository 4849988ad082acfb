import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sortOrder } from '../../../src/core/ranking/sortAscending';

const sortedBy = (xs: number[], order: Uint32Array) => Array.from(order, (i) => xs[i]!);

describe('sortOrder (radix sort of numbers, returning the permutation)', () => {
  it('orders negatives, zeros, equal values and tiny differences like a comparison sort', () => {
    const values = [0.5, -1, 0, -0.25, 1e-300, -1e300, 0.1 + 0.2, 0.3, 5, 5, 123456789.5];
    const many = Array.from({ length: 500 }, (_, i) => values[i % values.length]! * (1 + (i % 7)));
    expect(sortedBy(many, sortOrder(Float64Array.from(many)))).toEqual([...many].sort((a, b) => a - b));
  });

  it('is stable: equal values keep their order', () => {
    expect(Array.from(sortOrder(Float64Array.of(2, 1, 2, 1)))).toEqual([1, 3, 0, 2]);
  });

  it('property: same order as a comparison sort', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { maxLength: 300 }), (xs) => {
        const expected = [...xs].sort((a, b) => a - b);
        return sortedBy(xs, sortOrder(Float64Array.from(xs))).every((v, i) => v === expected[i]);
      }),
    );
  });
});
