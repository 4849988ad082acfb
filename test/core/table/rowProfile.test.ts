import { describe, expect, it } from 'vitest';
import { rowProfile } from '../../../src/core/table/rowProfile';

describe('rowProfile', () => {
  it('a column-number row may mix numbers and formula hints', () => {
    for (const row of [
      ['A', 1, '2 = 3 + 4', 3, 4],
      ['A', 'B', '(1)', '(2)=(3)+(4)', '(3)', '(4)'],
      ['A', '1', '2=3+4', '3', '4'],
      ['A', 'B', '(1=2+3)', 2, 3],
    ]) expect(rowProfile(row).numberRow, row.join(' | ')).toBe(true);
  });
  it('a unit row is never one, whatever its figures', () => {
    expect(rowProfile(['Chi cục A', 1, 2, 3]).numberRow).toBe(false);
    expect(rowProfile(['A', 1, 5, 3, 4]).numberRow).toBe(false);
  });
});
