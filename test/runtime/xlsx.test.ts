import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { RuntimeInputError, Workbook, createRuntimeSync, sheetToGrid } from '../../runtime/index';
import { makeBuild, tempDir } from './helpers';

const ExcelJS = createRequire(import.meta.url)('exceljs') as typeof import('exceljs');

async function roundTrip(wb: Workbook): Promise<Workbook> {
  const path = join(tempDir(), 'book.xlsx');
  await wb.toXlsx(path);
  return Workbook.fromXlsx(path);
}

describe('xlsx round trip', () => {
  it('keeps values, number formats, merges and sheet order', async () => {
    const wb = Workbook.empty();
    const s = wb.addSheet('Việc', [['Đơn vị', 'Có điều kiện', 'Xong', 'Tỷ lệ'], ['Chi cục A', 1234, 1047, 0.8484], ['Chi cục B', 500, 0, 0], [true, 'x']]);
    s.ensureCell(2, 4).numberFormat = '0.00%';
    s.ensureCell(2, 2).numberFormat = '#,##0';
    s.merges.push({ row: 5, column: 1, numRows: 1, numColumns: 3 });
    s.ensureCell(5, 1).value = 'Ghi chú gộp';
    wb.addSheet('Tiền', [[1.5]]);
    wb.addSheet('Ẩn', [['x']]).hidden = true;
    const back = await roundTrip(wb);
    expect(back.sheetNames()).toEqual(['Việc', 'Tiền', 'Ẩn']);
    expect(sheetToGrid(back, 'Việc')).toEqual([
      ['Đơn vị', 'Có điều kiện', 'Xong', 'Tỷ lệ'],
      ['Chi cục A', 1234, 1047, 0.8484],
      ['Chi cục B', 500, 0, 0],
      [true, 'x', '', ''],
      ['Ghi chú gộp', '', '', ''],
    ]);
    const v = back.requireSheet('Việc');
    expect(v.cell(2, 4)?.numberFormat).toBe('0.00%');
    expect(v.cell(2, 2)?.numberFormat).toBe('#,##0');
    expect(v.merges).toEqual([{ row: 5, column: 1, numRows: 1, numColumns: 3 }]);
    expect(back.requireSheet('Ẩn').hidden).toBe(true);
    expect(back.requireSheet('Tiền').hidden).toBe(false);
  });

  it('keeps the number format of a cell that holds no value (where a formula will spill)', async () => {
    const wb = Workbook.empty();
    const s = wb.addSheet('S', [['Tỷ lệ'], [0.8]]);
    for (let r = 2; r <= 4; r++) s.ensureCell(r, 1).numberFormat = '0.00%';
    s.ensureCell(6, 2).numberFormat = '#,##0'; // a row with no value at all
    const back = (await roundTrip(wb)).requireSheet('S');
    expect([2, 3, 4].map((r) => back.cell(r, 1)?.numberFormat)).toEqual(['0.00%', '0.00%', '0.00%']);
    expect(back.cell(3, 1)?.value).toBeUndefined();
    expect(back.cell(6, 2)?.numberFormat).toBe('#,##0');
  });

  it('keeps frozen rows and columns', async () => {
    const wb = Workbook.empty();
    const s = wb.addSheet('S', [['a']]);
    s.frozenRows = 3;
    s.frozenColumns = 1;
    const back = (await roundTrip(wb)).requireSheet('S');
    expect([back.frozenRows, back.frozenColumns]).toEqual([3, 1]);
  });

  it('keeps the active sheet, tab colours and column widths', async () => {
    const wb = Workbook.empty();
    wb.addSheet('A', [['x']]);
    const b = wb.addSheet('B', [['y']]);
    b.tabColor = '#1a73e8';
    b.columnWidths[2] = 140;
    wb.activeIndex = 1;
    const back = await roundTrip(wb);
    expect(back.activeIndex).toBe(1);
    expect(back.requireSheet('B').tabColor).toBe('#1a73e8');
    expect(back.requireSheet('B').columnWidths[2]).toBe(140);
  });

  it('keeps a date as the same day in the spreadsheet time zone', async () => {
    const wb = Workbook.empty();
    // Midnight of 01/10/2024 in Hanoi.
    wb.addSheet('S', [[new Date(Date.UTC(2024, 8, 30, 17))]]);
    const path = join(tempDir(), 'd.xlsx');
    await wb.toXlsx(path);
    const x = new ExcelJS.Workbook();
    await x.xlsx.readFile(path);
    // exceljs reads the wall clock as UTC: the file holds 01/10/2024 00:00.
    expect((x.getWorksheet('S')!.getCell('A1').value as Date).toISOString()).toBe('2024-10-01T00:00:00.000Z');
    const back = await Workbook.fromXlsx(path);
    expect((back.requireSheet('S').cell(1, 1)?.value as Date).toISOString()).toBe('2024-09-30T17:00:00.000Z');
  });

  it('keeps developer metadata and document properties, and hides the sheet that carries them', async () => {
    const { buildDir } = makeBuild({
      'a.js': `function mark() {
        var ss = SpreadsheetApp.getActiveSpreadsheet();
        ss.insertSheet('Báo cáo').addDeveloperMetadata('thads.report', 'v1');
        ss.addDeveloperMetadata('thads.workbook');
        PropertiesService.getDocumentProperties().setProperty('thads.targets', '{"rate":0.8}');
      }
      function find() {
        var found = SpreadsheetApp.getActiveSpreadsheet().createDeveloperMetadataFinder().withKey('thads.report').find();
        return [found.length, found[0].getLocation().getSheet().getName(), found[0].getValue(), PropertiesService.getDocumentProperties().getProperty('thads.targets')];
      }`,
    });
    const wb = Workbook.empty();
    wb.addSheet('Việc', [['x']]);
    createRuntimeSync({ buildDir, workbook: wb }).call('mark');
    const back = await roundTrip(wb);
    expect(back.sheetNames()).toEqual(['Việc', 'Báo cáo']);
    expect(createRuntimeSync({ buildDir, workbook: back }).call('find')).toEqual([1, 'Báo cáo', 'v1', '{"rate":0.8}']);
    expect(back.developerMetadata.map((m) => [m.key, m.value])).toEqual([['thads.workbook', null]]);
  });

  it('reads a formula of another kind as its cached value, and lists one without a cached value as uncomputed', async () => {
    const path = join(tempDir(), 'formulas.xlsx');
    const x = new ExcelJS.Workbook();
    const ws = x.addWorksheet('S');
    ws.getCell('A1').value = 2;
    ws.getCell('A2').value = 3;
    ws.getCell('B1').value = { formula: 'SUM(A1:A2)', result: 5 } as never;
    ws.getCell('B2').value = { formula: 'A1*A2' } as never;
    await x.xlsx.writeFile(path);
    const wb = await Workbook.fromXlsx(path);
    const rt = createRuntimeSync({ buildDir: makeBuild({ 'a.js': '' }).buildDir, workbook: wb });
    expect(rt.evaluate("SpreadsheetApp.getActiveSheet().getRange('B1:B2').getValues()")).toEqual([[5], ['']]);
    expect(rt.evaluate("SpreadsheetApp.getActiveSheet().getRange('B1:B2').getFormulas()")).toEqual([['=SUM(A1:A2)'], ['=A1*A2']]);
    expect(rt.recalculate()).toEqual({ computed: [], errors: [], uncomputed: [{ sheet: 'S', a1: 'B2', formula: '=A1*A2' }] });
  });
});

describe('bad input files', () => {
  it('a missing file', async () => {
    const path = join(tempDir(), 'nope.xlsx');
    await expect(Workbook.fromXlsx(path)).rejects.toThrow(RuntimeInputError);
    await expect(Workbook.fromXlsx(path)).rejects.toThrow(/not found/);
  });

  it('a file that is not .xlsx', async () => {
    const path = join(tempDir(), 'data.csv');
    writeFileSync(path, 'a,b\n1,2\n');
    await expect(Workbook.fromXlsx(path)).rejects.toThrow(RuntimeInputError);
    await expect(Workbook.fromXlsx(path)).rejects.toThrow(/not an \.xlsx file/);
  });

  it('an .xlsx that is not a zip archive', async () => {
    const path = join(tempDir(), 'corrupt.xlsx');
    writeFileSync(path, 'this is not a workbook');
    await expect(Workbook.fromXlsx(path)).rejects.toThrow(RuntimeInputError);
    await expect(Workbook.fromXlsx(path)).rejects.toThrow(/not a valid \.xlsx/);
  });

  it('a zip archive that is not a workbook', async () => {
    const path = join(tempDir(), 'truncated.xlsx');
    // A zip's local-file header, then garbage: exceljs cannot read it.
    writeFileSync(path, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 7)]));
    await expect(Workbook.fromXlsx(path)).rejects.toThrow(RuntimeInputError);
  });
});
