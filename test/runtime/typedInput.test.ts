/**
 * setValue/setValues read strings as Sheets reads typed input in a vi_VN spreadsheet (runtime/README.md
 * lists each rule): "," decimal mark, "." thousands, dates day first, percentages, TRUE/FALSE.
 */
import { describe, expect, it } from 'vitest';
import { Workbook, createRuntimeSync } from '../../runtime/index';
import { parseVietnameseNumber, typedInput } from '../../runtime/model/typed-input';
import { makeBuild } from './helpers';

const TZ = 'Asia/Ho_Chi_Minh';
// 15/06/2025 10:00 in Hanoi: a date typed without a year is of 2025.
const NOW = Date.UTC(2025, 5, 15, 3);
/** The date serial Sheets stores for a day (days since 30/12/1899). */
const serial = (y: number, m: number, d: number) => (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;

describe('typedInput — what Sheets (vi_VN) makes of a typed string', () => {
  it.each([
    ['1,5', 1.5],
    ['1.234', 1234],
    ['1.234.567,89', 1234567.89],
    [',5', 0.5],
    ['0123', 123],
    ['-2,5', -2.5],
    ['+7', 7],
    ['(1.000)', -1000],
    ['1e5', 100000],
    ['1,5E3', 1500],
    [' 42 ', 42],
  ])('%s → the number %s', (text, value) => {
    expect(typedInput(text, TZ, NOW)).toEqual({ value });
  });

  it('percentages become fractions with a percent format', () => {
    expect(typedInput('80%', TZ, NOW)).toEqual({ value: 0.8, numberFormat: '0%' });
    expect(typedInput('84,88 %', TZ, NOW)).toEqual({ value: 0.8488, numberFormat: '0.00%' });
  });

  it('currency amounts become numbers with a đồng format', () => {
    expect(typedInput('1.000 ₫', TZ, NOW)?.value).toBe(1000);
    expect(typedInput('$5', TZ, NOW)?.value).toBe(5);
  });

  it('TRUE and FALSE in any case become booleans', () => {
    expect(typedInput('TRUE', TZ, NOW)).toEqual({ value: true });
    expect(typedInput('false', TZ, NOW)).toEqual({ value: false });
  });

  it('dates are read day first; without a year, of the current year; month/year is the 1st', () => {
    const date = (text: string) => typedInput(text, TZ, NOW);
    expect(date('12/5/2024')).toEqual({ value: serial(2024, 5, 12), numberFormat: 'dd/MM/yyyy' });
    expect(date('12-5-2024')?.value).toBe(serial(2024, 5, 12));
    expect(date('12.5.2024')?.value).toBe(serial(2024, 5, 12));
    expect(date('2024-05-12')?.value).toBe(serial(2024, 5, 12));
    expect(date('12/5/24')?.value).toBe(serial(2024, 5, 12));
    expect(date('12-5')?.value).toBe(serial(2025, 5, 12));
    expect(date('1.5')?.value).toBe(serial(2025, 5, 1)); // an en-US decimal is a day.month here
    expect(date('5/15')).toBeUndefined(); // no 15th month: the rank "5/15" stays text in vi_VN
    expect(date('15/5')?.value).toBe(serial(2025, 5, 15));
    expect(date('5/2024')?.value).toBe(serial(2024, 5, 1));
    expect(date('31/2/2024')).toBeUndefined();
    expect(date('1/10/2024 8:30')).toEqual({ value: serial(2024, 10, 1) + 8.5 / 24, numberFormat: 'dd/MM/yyyy HH:mm:ss' });
    expect(date('8:30')).toEqual({ value: 8.5 / 24, numberFormat: 'HH:mm:ss' });
  });

  it.each(['Chi cục A', '1.5.3', '1,234,567', '4.5 tỷ', 'Sai', 'ĐÚNG', '12/5/2024 chiều', 'x1', '', '   '])('%j stays text', (text) => {
    expect(typedInput(text, TZ, NOW)).toBeUndefined();
  });

  it('parseVietnameseNumber refuses en-US decimals', () => {
    expect(parseVietnameseNumber('1.5')).toBeUndefined();
    expect(parseVietnameseNumber('12.345,6')).toBe(12345.6);
  });
});

describe('setValues through the runtime', () => {
  const rt = () => {
    const wb = Workbook.empty();
    wb.addSheet('S');
    return createRuntimeSync({ buildDir: makeBuild({ 'a.js': '' }).buildDir, workbook: wb });
  };
  const range = (a1: string) => `SpreadsheetApp.getActive().getRange('S!${a1}')`;

  it('stores numbers, percentages, dates and booleans, and shows them as a vi_VN sheet does', () => {
    const r = rt();
    r.evaluate(`${range('A1:F1')}.setValues([['1,5', '80%', '12/5/2024', 'TRUE', '1e5', "'1,5"]])`);
    expect(r.evaluate(`${range('A1:F1')}.getValues().map(function (row) { return row.map(function (v) { return v instanceof Date ? 'Date ' + v.getDate() + '/' + (v.getMonth() + 1) + '/' + v.getFullYear() : v; }); })`)).toEqual([
      [1.5, 0.8, 'Date 12/5/2024', true, 100000, '1,5'],
    ]);
    expect(r.evaluate(`${range('A1:F1')}.getDisplayValues()`)).toEqual([['1,5', '80%', '12/05/2024', 'TRUE', '100000', '1,5']]);
  });

  it('a cell formatted as plain text (@) keeps the string', () => {
    const r = rt();
    r.evaluate(`${range('A1')}.setNumberFormat('@').setValue('80%')`);
    expect(r.evaluate(`${range('A1')}.getValue()`)).toBe('80%');
  });

  it('a negative number is a number, an expression after + or - is a formula', () => {
    const r = rt();
    r.evaluate(`${range('A1:C1')}.setValues([['-2,5', '+1+1', '-A1']])`);
    expect(r.evaluate(`${range('A1:C1')}.getFormulas()`)).toEqual([['', '=+1+1', '=-A1']]);
    expect(r.evaluate(`${range('A1')}.getValue()`)).toBe(-2.5);
  });
});
