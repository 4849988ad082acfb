import { describe, expect, it } from 'vitest';
import { guessPeriod } from '../../src/server/rpc/guessPeriod';
import { readSource } from '../../src/server/report/sourceGrid';
import { freeName } from '../../src/server/report/writeReport';
import { MemoryPort } from './memoryPort';

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

  it('reads "12 tháng 2024" without "năm", as a case register’s title always did (one reading: periodFromTitle)', () => {
    expect(guessPeriod(['SỔ THỤ LÝ 12 tháng 2024'], 'Sheet1')).toMatchObject({ year: 2024, month: 12, source: 'title' });
  });

  it('guesses nothing from a bare year or a month over 12', () => {
    expect(guessPeriod(['Năm 2020'], '15 tháng năm 2020')).toBeNull();
  });
});

describe('the source read from an A1 range (parser: test/core/a1/parseA1Range.test.ts)', () => {
  const port = () =>
    new MemoryPort([{ name: 'Thống kê', values: [['a', 'b', 'c'], ['d', 'e', 'f'], ['g', 'h', 'i']] }, { name: 'Khác', values: [['x']] }]);

  it('cuts the grid to the range and counts rows from its first', () => {
    const s = readSource(port(), 'Thống kê', 'B2:C3');
    expect(s.grid).toEqual([['e', 'f'], ['h', 'i']]);
    expect(s.rowOffset).toBe(2);
  });

  it('accepts a range naming the chosen sheet, as Sheets copies it (case ignored)', () => {
    expect(readSource(port(), 'Thống kê', "'Thống kê'!B2:C3").grid).toEqual([['e', 'f'], ['h', 'i']]);
    expect(readSource(port(), 'Thống kê', 'THỐNG KÊ!A1:A1').grid).toEqual([['a']]);
  });

  it('refuses a range naming another sheet, saying which', () => {
    expect(() => readSource(port(), 'Thống kê', 'Khác!A1:A1')).toThrow(/thuộc trang “Khác”, không phải trang đã chọn “Thống kê”/);
  });

  it('refuses text that is not a range, showing the accepted forms', () => {
    expect(() => readSource(port(), 'Thống kê', 'B3')).toThrow(/Vùng “B3” không hợp lệ: hãy ghi theo dạng A5:P40/);
  });
});

describe('a free sheet name', () => {
  it('compares names ignoring case, as Sheets does', () => {
    expect(freeName('Chỉ tiêu', new Set(['CHỈ TIÊU']))).toBe('Chỉ tiêu (2)');
    expect(freeName('Chỉ tiêu', new Set(['Chỉ tiêu', 'Chỉ tiêu (2)']))).toBe('Chỉ tiêu (3)');
  });
});
