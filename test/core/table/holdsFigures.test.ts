import { describe, expect, it } from 'vitest';
import { holdsFigures } from '../../../src/core/table/holdsFigures';

describe('holdsFigures', () => {
  it('is true when a cell of the column between the rows reads as a number', () => {
    const g = [['Ghi chú', 'X'], ['đủ', '1.234'], ['', 5]];
    expect(holdsFigures(g, 0, 1, 2)).toBe(false);
    expect(holdsFigures(g, 1, 1, 1)).toBe(true);
    expect(holdsFigures(g, 1, 2, 2)).toBe(true);
    expect(holdsFigures([['a'], [NaN]], 0, 1, 1)).toBe(false);
  });
});
