import { describe, expect, it } from 'vitest';
import { a1, columnLetters } from '../../../src/core/report/a1';

describe('columnLetters', () => {
  it('counts A–Z, then AA, AZ, BA … as Sheets does', () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});

describe('a1', () => {
  it('writes a 0-based cell in A1 notation, the column fixed when asked', () => {
    expect(a1(4, 2)).toBe('C5');
    expect(a1(0, 27, { absoluteColumn: true })).toBe('$AB1');
  });
});
