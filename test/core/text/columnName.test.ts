import { describe, expect, it } from 'vitest';
import { capitalized, cellName, columnName, columnNames } from '../../../src/core/text/columnName';

describe('columnName — a column as the message’s reader can find it', () => {
  it('is the sheet’s letter where the sheet is known, shifted by where the range starts', () => {
    expect(columnName(4, {})).toBe('cột E');
    expect(columnName(0, { columnOffset: 2 })).toBe('cột C');
    expect(columnName(7, { columnOffset: 2 })).toBe('cột J');
    expect(columnName(24, { columnOffset: 3 })).toBe('cột AB');
  });

  it('is a position in the range for a custom function, which cannot see addresses', () => {
    expect(columnName(4, { inRange: true })).toBe('cột 5 của vùng');
    // The offset means nothing to a function's range: it is ignored.
    expect(columnName(4, { inRange: true, columnOffset: 2 })).toBe('cột 5 của vùng');
  });
});

describe('columnNames — several columns in one phrase', () => {
  it('lists letters in the sheet and positions in a range', () => {
    expect(columnNames([9, 10], {})).toBe('cột J, K');
    expect(columnNames([7, 8], { columnOffset: 2 })).toBe('cột J, K');
    expect(columnNames([9, 10], { inRange: true })).toBe('cột 10, 11 của vùng');
  });
});

describe('cellName — a cell by its row and column', () => {
  it('uses the sheet’s row number and letter, or positions in the range', () => {
    expect(cellName(6, 4, {})).toBe('dòng 7, cột E');
    expect(cellName(2, 7, { rowOffset: 5, columnOffset: 2 })).toBe('dòng 7, cột J');
    expect(cellName(2, 4, { inRange: true })).toBe('dòng 3, cột 5 của vùng');
  });
});

describe('capitalized — a name opening a sentence', () => {
  it('capitalises the first letter only', () => {
    expect(capitalized('cột J')).toBe('Cột J');
    expect(capitalized('dòng 3, cột 5 của vùng')).toBe('Dòng 3, cột 5 của vùng');
  });
});
