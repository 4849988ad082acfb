import { describe, expect, it } from 'vitest';
import { guessPeriod } from '../../src/server/rpc/guessPeriod';
import { parseA1Range } from '../../src/server/report/sourceGrid';
import { freeName } from '../../src/server/report/writeReport';

describe('the period read from titles or the sheet name', () => {
  it('reads "12 THÁNG NĂM 2020" from a title row', () => {
    expect(guessPeriod(['CỤC THADS TỈNH X', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 12 THÁNG NĂM 2020'], 'Sheet1')).toMatchObject({
      year: 2020,
      month: 12,
      source: 'title',
    });
  });

  it('reads "6T/2019" from the sheet name when the titles say nothing', () => {
    expect(guessPeriod(['Đơn vị tính: 1.000 đồng'], 'Số liệu 6T/2019')).toMatchObject({ year: 2019, month: 6, source: 'sheetName' });
  });

  it('guesses nothing from a bare year or a month over 12', () => {
    expect(guessPeriod(['Năm 2020'], '15 tháng năm 2020')).toBeNull();
  });
});

describe('an A1 range of the source sheet', () => {
  it('is read 0-based', () => {
    expect(parseA1Range('B3:D10')).toEqual({ row: 2, column: 1, rows: 8, columns: 3 });
    expect(parseA1Range('$AA$1:$AB$2')).toEqual({ row: 0, column: 26, rows: 2, columns: 2 });
  });
  it('is refused when it is not a range', () => {
    expect(parseA1Range('B3')).toBeNull();
    expect(parseA1Range('Sheet1!A1:B2')).toBeNull();
  });
});

describe('a free sheet name', () => {
  it('compares names ignoring case, as Sheets does', () => {
    expect(freeName('Chỉ tiêu', new Set(['CHỈ TIÊU']))).toBe('Chỉ tiêu (2)');
    expect(freeName('Chỉ tiêu', new Set(['Chỉ tiêu', 'Chỉ tiêu (2)']))).toBe('Chỉ tiêu (3)');
  });
});
