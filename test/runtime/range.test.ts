import { describe, expect, it } from 'vitest';
import { Workbook, createRuntimeSync, sheetToGrid } from '../../runtime/index';
import type { AppsScriptRuntime } from '../../runtime/index';
import { makeBuild } from './helpers';

/** A runtime over `rows` in sheet "S", with `code` as the add-on. */
function runtime(rows: unknown[][], code = ''): AppsScriptRuntime {
  const { buildDir } = makeBuild({ 'a.js': code });
  const wb = Workbook.empty();
  wb.addSheet('S', rows);
  return createRuntimeSync({ buildDir, workbook: wb });
}

const range = (a1: string) => `SpreadsheetApp.getActiveSpreadsheet().getRange(${JSON.stringify(a1)})`;

describe('reading values', () => {
  it('reads a range as rows of columns with "" for blank cells', () => {
    const rt = runtime([['Đơn vị', '', 'Xong'], [], ['Hà Nội', 5, true]]);
    expect(rt.evaluate(`${range('S!A1:C3')}.getValues()`)).toEqual([
      ['Đơn vị', '', 'Xong'],
      ['', '', ''],
      ['Hà Nội', 5, true],
    ]);
    expect(rt.evaluate(`${range('S!B2')}.getValue()`)).toBe('');
  });

  it('reads a cell formatted as percent as its fraction', () => {
    const rt = runtime([[0.8488]]);
    rt.workbook.requireSheet('S').ensureCell(1, 1).numberFormat = '0.00%';
    expect(rt.evaluate(`${range('S!A1')}.getValue()`)).toBe(0.8488);
  });

  it('reads a number formatted as a date as the Date of that day in the spreadsheet time zone', () => {
    // 45566 is 01/10/2024 (days since 30/12/1899); midnight in Hanoi is 17:00 UTC the day before.
    const rt = runtime([[45566]]);
    rt.workbook.requireSheet('S').ensureCell(1, 1).numberFormat = 'dd/MM/yyyy';
    expect(rt.evaluate(`${range('S!A1')}.getValue().toISOString()`)).toBe('2024-09-30T17:00:00.000Z');
    expect(rt.evaluate(`${range('S!A1')}.getDisplayValue()`)).toBe('01/10/2024');
  });

  it('renders display values as a vi_VN spreadsheet shows them', () => {
    const rt = runtime([[1234, 0.8488, 1234567.891, 12.5, new Date(Date.UTC(2024, 9, 1)), 'chữ']]);
    rt.evaluate(`${range('S!A1:D1')}.setNumberFormats([['#,##0', '0.00%', '#,##0.00', 'General']])`);
    // A date written as the instant of 01/10/2024 07:00 in Hanoi shows that day.
    expect(rt.evaluate(`${range('S!A1:F1')}.getDisplayValues()`)).toEqual([['1.234', '84,88%', '1.234.567,89', '12,5', '01/10/2024', 'chữ']]);
    expect(rt.evaluate(`${range('S!A1:B1')}.getNumberFormats()`)).toEqual([['#,##0', '0.00%']]);
    // Text in the format keeps its own dots.
    rt.evaluate(`${range('S!A1')}.setNumberFormat('#,##0.0 "tr.đ"')`);
    expect(rt.evaluate(`${range('S!A1')}.getDisplayValue()`)).toBe('1.234,0 tr.đ');
  });

  it('returns the data range from A1 to the last row and column with content', () => {
    const rt = runtime([['a'], [], ['', '', 'c']]);
    expect(rt.evaluate(`SpreadsheetApp.getActiveSheet().getDataRange().getA1Notation()`)).toBe('A1:C3');
    expect(rt.evaluate(`SpreadsheetApp.getActiveSheet().getLastRow() * 10 + SpreadsheetApp.getActiveSheet().getLastColumn()`)).toBe(33);
  });
});

describe('writing values', () => {
  it('refuses data whose shape does not match the range, with the Sheets message', () => {
    const rt = runtime([]);
    expect(() => rt.evaluate(`${range('S!A1:B3')}.setValues([[1, 2], [3, 4]])`)).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.',
    );
    expect(() => rt.evaluate(`${range('S!A1:B2')}.setValues([[1, 2], [3]])`)).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
    expect(sheetToGrid(rt.workbook, 'S')).toEqual([['']]);
  });

  it('turns a string starting with "=" into a formula, and keeps text after an apostrophe', () => {
    const rt = runtime([]);
    rt.evaluate(`${range('S!A1:C1')}.setValues([['=SUM(B2:B3)', "'=IMPORTXML(\\"x\\")", '0123']])`);
    expect(rt.evaluate(`${range('S!A1:C1')}.getFormulas()`)).toEqual([['=SUM(B2:B3)', '', '']]);
    // The formula is not ours and was never computed: it reads "".
    expect(rt.evaluate(`${range('S!A1:C1')}.getValues()`)).toEqual([['', '=IMPORTXML("x")', 123]]);
  });

  it('takes "+", "-" and "@" before a non-number as a formula too, as typed input in Sheets', () => {
    const rt = runtime([]);
    rt.evaluate(`${range('S!A1:E1')}.setValues([['+1+1', '-A1', '@SUM(A1)', '-2', "'+1+1"]])`);
    expect(rt.evaluate(`${range('S!A1:E1')}.getFormulas()`)).toEqual([['=+1+1', '=-A1', '=@SUM(A1)', '', '']]);
    expect(rt.evaluate(`${range('S!D1:E1')}.getValues()`)).toEqual([[-2, '+1+1']]);
  });

  it('refuses a text over 50 000 characters and writes nothing', () => {
    const rt = runtime([]);
    expect(() => rt.evaluate(`${range('S!A1:B1')}.setValues([['ngắn', new Array(50002).join('x')]])`)).toThrow(
      'Your input contains more than the maximum 50000 characters in a single cell.',
    );
    expect(sheetToGrid(rt.workbook, 'S')).toEqual([['']]);
  });

  it('writes one value into every cell of a range with setValue', () => {
    const rt = runtime([]);
    rt.evaluate(`${range('S!A1:B2')}.setValue('x')`);
    expect(sheetToGrid(rt.workbook, 'S')).toEqual([['x', 'x'], ['x', 'x']]);
  });

  it('stores Dates of the add-on realm as dates', () => {
    const rt = runtime([]);
    rt.evaluate(`${range('S!A1')}.setValue(new Date(Date.UTC(2025, 2, 31)))`);
    const v = rt.workbook.requireSheet('S').cell(1, 1)?.value;
    expect(v instanceof Date && v.toISOString()).toBe('2025-03-31T00:00:00.000Z');
  });
});

describe('merges, offsets and formatting', () => {
  it('merges keep the top-left value and are listed by getMergedRanges', () => {
    const rt = runtime([['a', 'b'], ['c', 'd']]);
    rt.evaluate(`${range('S!A1:B1')}.merge()`);
    expect(rt.evaluate(`${range('S!A1:B2')}.getMergedRanges().map(function (r) { return r.getA1Notation(); })`)).toEqual(['A1:B1']);
    expect(sheetToGrid(rt.workbook, 'S')).toEqual([['a', ''], ['c', 'd']]);
    rt.evaluate(`${range('S!A1:B1')}.breakApart()`);
    expect(rt.workbook.requireSheet('S').merges).toEqual([]);
  });

  it('mergeAcross merges each row of the range on its own, keeping each row’s first value', () => {
    const rt = runtime([['a', 'b', 'c'], ['d', 'e', 'f']]);
    rt.evaluate(`${range('S!A1:C2')}.mergeAcross()`);
    expect(rt.workbook.requireSheet('S').merges).toEqual([
      { row: 1, column: 1, numRows: 1, numColumns: 3 },
      { row: 2, column: 1, numRows: 1, numColumns: 3 },
    ]);
    expect(sheetToGrid(rt.workbook, 'S')).toEqual([['a'], ['d']]);
  });

  it('mergeAcross replaces a merge inside one of its rows, and refuses one spanning two rows or reaching outside', () => {
    const rt = runtime([['a', 'b', 'c'], ['d', 'e', 'f']]);
    rt.evaluate(`${range('S!B1:C1')}.merge()`);
    rt.evaluate(`${range('S!A1:C2')}.mergeAcross()`);
    expect(rt.workbook.requireSheet('S').merges).toEqual([
      { row: 1, column: 1, numRows: 1, numColumns: 3 },
      { row: 2, column: 1, numRows: 1, numColumns: 3 },
    ]);
    const tall = runtime([['a', 'b'], ['c', 'd']]);
    tall.evaluate(`${range('S!A1:A2')}.merge()`);
    expect(() => tall.evaluate(`${range('S!A1:B2')}.mergeAcross()`)).toThrow('You must select all cells in a merged range to merge or unmerge them.');
    const wide = runtime([['a', 'b', 'c']]);
    wide.evaluate(`${range('S!B1:C1')}.merge()`);
    expect(() => wide.evaluate(`${range('S!A1:B1')}.mergeAcross()`)).toThrow('You must select all cells in a merged range to merge or unmerge them.');
  });

  it('refuses to merge over part of a merged range', () => {
    const rt = runtime([]);
    rt.evaluate(`${range('S!A1:B1')}.merge()`);
    expect(() => rt.evaluate(`${range('S!B1:C1')}.merge()`)).toThrow('You must select all cells in a merged range to merge or unmerge them.');
  });

  it('offsets a range and reports its position', () => {
    const rt = runtime([]);
    expect(rt.evaluate(`var r = ${range('S!B2:C3')}.offset(1, 2, 3, 1); [r.getA1Notation(), r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns()]`)).toEqual([
      'D3:D5', 3, 4, 3, 1,
    ]);
  });

  it('records formatting as plain data', () => {
    const rt = runtime([['x']]);
    rt.evaluate(`${range('S!A1')}.setFontWeight('bold').setBackground('#fce8e6').setHorizontalAlignment('center').setWrap(true).setNote('ghi chú')`);
    const cell = rt.workbook.requireSheet('S').cell(1, 1);
    expect(cell?.style).toEqual({ fontWeight: 'bold', background: '#fce8e6', horizontalAlignment: 'center', wrap: true });
    expect(cell?.note).toBe('ghi chú');
  });
});
