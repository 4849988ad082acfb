import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { Workbook, createRuntimeSync, sheetToGrid } from '../../runtime/index';
import type { AppsScriptRuntime } from '../../runtime/index';
import { makeBuild, STUBS, tempDir } from './helpers';

const ExcelJS = createRequire(import.meta.url)('exceljs') as typeof import('exceljs');

function runtime(wb: Workbook): AppsScriptRuntime {
  return createRuntimeSync({ buildDir: makeBuild({ 'stubs.js': STUBS }).buildDir, workbook: wb });
}

/** Value of one cell after recalculation. */
const at = (wb: Workbook, sheet: string, row: number, column: number) => wb.requireSheet(sheet).cell(row, column)?.value ?? '';

describe('arguments arrive with Sheets conventions', () => {
  it('a single cell as its value, a range as rows of columns with "" for blanks', () => {
    const wb = Workbook.empty();
    wb.addSheet('S', [[1, 'a'], ['', 2], ['=DESCRIBE(A1)', '=DESCRIBE(A1:B2)']]);
    runtime(wb).recalculate();
    expect(at(wb, 'S', 3, 1)).toBe('1:[1]');
    expect(at(wb, 'S', 3, 2)).toBe('1:[[[1,"a"],["",2]]]');
  });

  it('numbers, percentages, strings, booleans; trailing omitted arguments not passed', () => {
    const wb = Workbook.empty();
    wb.addSheet('S', [['=DESCRIBE(80%, "38%", TRUE, -1.5, "say ""hi""",)']]);
    runtime(wb).recalculate();
    expect(at(wb, 'S', 1, 1)).toBe('5:[0.8,"38%",true,-1.5,"say \\"hi\\""]');
  });

  it('sheet-qualified references, quoted or not', () => {
    const wb = Workbook.empty();
    wb.addSheet('Việc', [[1], [2]]);
    wb.addSheet('Tiền tệ', [[10], [20]]);
    wb.addSheet('R', [["=SUMALL(Việc!A1:A2)", "=SUMALL('Tiền tệ'!A1:A2)", "=SUMALL('Tiền tệ'!A2)"]]);
    const report = runtime(wb).recalculate();
    expect([at(wb, 'R', 1, 1), at(wb, 'R', 1, 2), at(wb, 'R', 1, 3)]).toEqual([3, 30, 20]);
    expect(report.errors).toEqual([]);
    expect(report.computed.map((c) => c.a1)).toEqual(['A1', 'B1', 'C1']);
  });

  it('array literals stack ranges: ";" below, "," beside', () => {
    const wb = Workbook.empty();
    wb.addSheet('A', [[1, 2]]);
    wb.addSheet('B', [[3, 4]]);
    wb.addSheet('R', [['=DESCRIBE({A!A1:B1;B!A1:B1})', '=DESCRIBE({1,2;3,4})', '=DESCRIBE({A!A1:B1,B!A1:B1})']]);
    runtime(wb).recalculate();
    expect(at(wb, 'R', 1, 1)).toBe('1:[[[1,2],[3,4]]]');
    expect(at(wb, 'R', 1, 2)).toBe('1:[[[1,2],[3,4]]]');
    expect(at(wb, 'R', 1, 3)).toBe('1:[[[1,2,3,4]]]');
  });

  it('reads the vi_VN style: ";" between arguments, "\\" between array columns, "," as decimal mark', () => {
    const wb = Workbook.empty();
    wb.addSheet('S', [[1, 2], ['=DESCRIBE(A1:B1; 0,5; {1\\2;3\\4})']]);
    runtime(wb).recalculate();
    expect(at(wb, 'S', 2, 1)).toBe('3:[[[1,2]],0.5,[[1,2],[3,4]]]');
  });

  it('an array literal whose rows differ in width is an error', () => {
    const wb = Workbook.empty();
    wb.addSheet('S', [['=DESCRIBE({1,2;3})']]);
    const report = runtime(wb).recalculate();
    expect(at(wb, 'S', 1, 1)).toBe('#VALUE!');
    expect(report.errors[0]?.message).toMatch(/ARRAY_LITERAL/);
  });

  it('a whole column arrives to the sheet\'s last row, blanks included, as in Sheets', () => {
    const wb = Workbook.empty();
    const s = wb.addSheet('S', [[1, '=DESCRIBE(A:A)'], [2]]);
    s.maxRows = 4;
    runtime(wb).recalculate();
    expect(at(wb, 'S', 1, 2)).toBe('1:[[[1],[2],[""],[""]]]');
  });

  it('inside a custom function the active sheet and range are the formula\'s', () => {
    const { buildDir } = makeBuild({ 'a.js': "function WHERE() { return SpreadsheetApp.getActiveSheet().getName() + '!' + SpreadsheetApp.getActiveRange().getA1Notation(); }" });
    const wb = Workbook.empty();
    wb.addSheet('Đầu');
    wb.addSheet('Sau', [['', '=WHERE()']]);
    createRuntimeSync({ buildDir, workbook: wb }).recalculate();
    expect(at(wb, 'Sau', 1, 2)).toBe('Sau!B1');
  });

  it('function names are case-insensitive, as in Sheets', () => {
    const wb = Workbook.empty();
    wb.addSheet('S', [[4, '=double(A1)']]);
    runtime(wb).recalculate();
    expect(at(wb, 'S', 1, 2)).toBe(8);
  });
});

describe('results spill', () => {
  it('a 2D result fills rows and columns from the formula cell; the formula stays in its cell', () => {
    const wb = Workbook.empty();
    wb.addSheet('S', [['=SPILL(2,3)']]);
    runtime(wb).recalculate();
    expect(sheetToGrid(wb, 'S')).toEqual([[11, 12, 13], [21, 22, 23]]);
    expect(wb.requireSheet('S').cell(1, 1)?.formula).toBe('=SPILL(2,3)');
    expect(wb.requireSheet('S').cell(2, 2)?.formula).toBeUndefined();
  });

  it('a spill over a non-empty cell is #REF! and overwrites nothing', () => {
    const wb = Workbook.empty();
    wb.addSheet('S', [['=SPILL(2,2)'], ['', 'giữ']]);
    const report = runtime(wb).recalculate();
    expect(sheetToGrid(wb, 'S')).toEqual([['#REF!', ''], ['', 'giữ']]);
    expect(report.errors).toEqual([
      { sheet: 'S', a1: 'A1', formula: '=SPILL(2,2)', message: 'Array result was not expanded because it would overwrite data in B2.' },
    ]);
  });

  it('a smaller result on recalculation clears what it spilled before', () => {
    const wb = Workbook.empty();
    wb.addSheet('S', [['=SPILL(3,1)']]);
    const rt = runtime(wb);
    rt.recalculate();
    rt.evaluate("SpreadsheetApp.getActiveSheet().getRange('A1').setFormula('=SPILL(1,2)')");
    rt.recalculate();
    expect(sheetToGrid(wb, 'S')).toEqual([[11, 12]]);
  });

  it('a recalculated workbook saved and reloaded recalculates without #REF!', async () => {
    const wb = Workbook.empty();
    wb.addSheet('S', [['=SPILL(2,2)']]);
    runtime(wb).recalculate();
    const path = join(tempDir(), 'spill.xlsx');
    await wb.toXlsx(path);
    // In the file: the formula with its cached result in the anchor, plain values around it.
    const x = new ExcelJS.Workbook();
    await x.xlsx.readFile(path);
    const ws = x.getWorksheet('S')!;
    expect(ws.getCell('A1').value).toEqual({ formula: 'SPILL(2,2)', result: 11 });
    expect([ws.getCell('B1').value, ws.getCell('A2').value, ws.getCell('B2').value]).toEqual([12, 21, 22]);
    const back = await Workbook.fromXlsx(path);
    expect(sheetToGrid(back, 'S')).toEqual([[11, 12], [21, 22]]);
    const report = runtime(back).recalculate();
    expect(report.errors).toEqual([]);
    expect(sheetToGrid(back, 'S')).toEqual([[11, 12], [21, 22]]);
  });
});

describe('errors and order', () => {
  it('a thrown error shows #ERROR! and its message is reported', () => {
    const wb = Workbook.empty();
    wb.addSheet('S', [['=FAIL()']]);
    const report = runtime(wb).recalculate();
    expect(at(wb, 'S', 1, 1)).toBe('#ERROR!');
    expect(report.errors).toEqual([{ sheet: 'S', a1: 'A1', formula: '=FAIL()', message: 'Không tính được: dòng 3, cột 2 của vùng chứa "abc"' }]);
  });

  it('a call over the time limit (30 s in Sheets) shows #ERROR!', () => {
    const { buildDir } = makeBuild({ 'a.js': 'function SLOW() { var end = Date.now() + 30; while (Date.now() < end) {} return 1; }' });
    const wb = Workbook.empty();
    wb.addSheet('S', [['=SLOW()']]);
    const report = createRuntimeSync({ buildDir, workbook: wb, customFunctionTimeLimitMs: 5 }).recalculate();
    expect(at(wb, 'S', 1, 1)).toBe('#ERROR!');
    expect(report.errors[0]?.message).toBe('Exceeded maximum execution time');
  });

  it('a custom function may not write to the spreadsheet', () => {
    const wb = Workbook.empty();
    wb.addSheet('S', [['=WRITE()']]);
    const report = runtime(wb).recalculate();
    expect(at(wb, 'S', 1, 1)).toBe('#ERROR!');
    expect(report.errors[0]?.message).toBe('You do not have permission to call setValue');
    expect(wb.requireSheet('S').cell(1, 26)).toBeUndefined();
  });

  it('a formula reading another formula\'s output is computed after it', () => {
    const wb = Workbook.empty();
    // A1 sums the spill of A2 (evaluated later in sheet order), C1 doubles A1.
    wb.addSheet('S', [['=SUMALL(A2:B3)', '', '=DOUBLE(A1)'], ['=SPILL(2,2)']]);
    const report = runtime(wb).recalculate();
    expect(at(wb, 'S', 1, 1)).toBe(11 + 12 + 21 + 22);
    expect(at(wb, 'S', 1, 3)).toBe(2 * 66);
    expect(report.errors).toEqual([]);
  });

  it('a formula reading its own output, directly or through another, is a circular dependency', () => {
    const wb = Workbook.empty();
    wb.addSheet('S', [['=SUMALL(A1:A3)', '=DOUBLE(C1)', '=DOUBLE(B1)', '=DOUBLE(5)']]);
    const report = runtime(wb).recalculate();
    expect(report.errors.map((e) => e.a1)).toEqual(['A1', 'B1', 'C1']);
    expect(report.errors[0]?.message).toMatch(/^Circular dependency detected/);
    expect([at(wb, 'S', 1, 1), at(wb, 'S', 1, 2), at(wb, 'S', 1, 3), at(wb, 'S', 1, 4)]).toEqual(['#REF!', '#REF!', '#REF!', 10]);
  });

  it('a formula that is not one call of our functions is left alone', () => {
    const wb = Workbook.empty();
    wb.addSheet('S', [[1, '=DOUBLE(A1)+1', '=SUM(A1)']]);
    const report = runtime(wb).recalculate();
    expect(report.computed).toEqual([]);
    expect(report.uncomputed.map((c) => c.a1)).toEqual(['B1', 'C1']);
  });
});
