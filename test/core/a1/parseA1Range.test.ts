import { describe, expect, it } from 'vitest';
import { parseA1Range } from '../../../src/core/a1/parseA1Range';

describe('parseA1Range: the one A1 parser (server and sidebar)', () => {
  it('reads two corners 0-based, with or without $', () => {
    expect(parseA1Range('A5:P40')).toEqual({ sheet: null, row: 4, column: 0, rows: 36, columns: 16 });
    expect(parseA1Range('$A$5:$P$40')).toEqual({ sheet: null, row: 4, column: 0, rows: 36, columns: 16 });
    expect(parseA1Range('B3:D10')).toEqual({ sheet: null, row: 2, column: 1, rows: 8, columns: 3 });
    expect(parseA1Range('$AA$1:$AB$2')).toEqual({ sheet: null, row: 0, column: 26, rows: 2, columns: 2 });
  });

  it('takes corners in any order, lower-case letters and spaces around', () => {
    expect(parseA1Range(' d10 : b3 ')).toEqual({ sheet: null, row: 2, column: 1, rows: 8, columns: 3 });
  });

  it('reads a quoted sheet name as Sheets writes it, a doubled quote standing for one', () => {
    expect(parseA1Range("'Thống kê'!C5:P30")).toEqual({ sheet: 'Thống kê', row: 4, column: 2, rows: 26, columns: 14 });
    expect(parseA1Range("'Đội ''A'''!A1:B2")).toMatchObject({ sheet: "Đội 'A'", row: 0, column: 0 });
    expect(parseA1Range("'Số liệu!2020'!A1:B2")).toMatchObject({ sheet: 'Số liệu!2020' });
  });

  it('reads a bare sheet name', () => {
    expect(parseA1Range('Sheet1!A1:B2')).toEqual({ sheet: 'Sheet1', row: 0, column: 0, rows: 2, columns: 2 });
    expect(parseA1Range('Thống kê!$C$5:$P$30')).toMatchObject({ sheet: 'Thống kê', column: 2 });
  });

  it('refuses a single cell, whole columns or rows, row 0 and malformed sheet names', () => {
    for (const text of ['B3', 'A:C', '5:40', 'A0:B2', '', 'A1:B2:C3', "!A1:B2", "'Sheet1!A1:B2", "''!A1:B2", "'S'A1:B2", "a'b!A1:B2", 'AAAA1:B2']) {
      expect(parseA1Range(text), text).toBeNull();
    }
  });
});
