import { describe, expect, it } from 'vitest';
import { Workbook, createRuntimeSync } from '../../runtime/index';
import type { AppsScriptRuntime } from '../../runtime/index';
import { makeBuild } from './helpers';

function runtime(names: string[]): AppsScriptRuntime {
  const { buildDir } = makeBuild({ 'a.js': '' });
  const wb = Workbook.empty();
  for (const n of names) wb.addSheet(n);
  return createRuntimeSync({ buildDir, workbook: wb });
}

const ss = 'SpreadsheetApp.getActiveSpreadsheet()';

describe('sheets', () => {
  it('inserts a sheet at a 0-based index and activates it', () => {
    const rt = runtime(['Việc', 'Tiền']);
    rt.evaluate(`${ss}.insertSheet('Báo cáo', 1)`);
    expect(rt.workbook.sheetNames()).toEqual(['Việc', 'Báo cáo', 'Tiền']);
    expect(rt.evaluate(`${ss}.getActiveSheet().getName() + ':' + ${ss}.getActiveSheet().getIndex()`)).toBe('Báo cáo:2');
  });

  it('refuses a duplicate name, whatever its case, as Sheets does', () => {
    const rt = runtime(['Việc']);
    expect(() => rt.evaluate(`${ss}.insertSheet('VIỆC')`)).toThrow('A sheet with the name "VIỆC" already exists. Please enter another name.');
    rt.evaluate(`${ss}.insertSheet('Khác')`);
    expect(() => rt.evaluate(`${ss}.getSheetByName('Khác').setName('việc')`)).toThrow(/already exists/);
  });

  it('refuses a name longer than 100 characters', () => {
    const rt = runtime(['A']);
    expect(() => rt.evaluate(`${ss}.insertSheet('${'x'.repeat(101)}')`)).toThrow(/longer than 100/);
    rt.evaluate(`${ss}.insertSheet('${'x'.repeat(100)}')`);
    expect(rt.workbook.sheetNames()).toHaveLength(2);
  });

  it('deletes, renames, hides and shows sheets', () => {
    const rt = runtime(['A', 'B', 'C']);
    rt.evaluate(`${ss}.deleteSheet(${ss}.getSheetByName('B')); ${ss}.getSheetByName('C').setName('D').hideSheet()`);
    expect(rt.workbook.sheetNames()).toEqual(['A', 'D']);
    expect(rt.evaluate(`${ss}.getSheetByName('D').isSheetHidden()`)).toBe(true);
    expect(() => rt.evaluate(`${ss}.getSheetByName('A').hideSheet()`)).toThrow("You can't hide all the sheets in a document.");
  });

  it('inserts and deletes rows and columns, moving cells and merges', () => {
    const rt = runtime(['A']);
    const sheet = rt.workbook.requireSheet('A');
    rt.evaluate(`var s = ${ss}.getSheetByName('A'); s.getRange('A1:B3').setValues([[1, 2], [3, 4], [5, 6]]); s.getRange('A3:B3').merge();`);
    rt.evaluate(`${ss}.getSheetByName('A').insertRowsAfter(1, 2)`);
    expect(rt.evaluate(`${ss}.getSheetByName('A').getRange('A1:B5').getValues()`)).toEqual([[1, 2], ['', ''], ['', ''], [3, 4], [5, '']]);
    expect(sheet.merges).toEqual([{ row: 5, column: 1, numRows: 1, numColumns: 2 }]);
    expect(sheet.maxRows).toBe(1002);
    rt.evaluate(`${ss}.getSheetByName('A').deleteColumns(1, 1)`);
    expect(rt.evaluate(`${ss}.getSheetByName('A').getRange('A1:A5').getValues()`)).toEqual([[2], [''], [''], [4], ['']]);
    expect(sheet.merges).toEqual([]);
    rt.evaluate(`var s = ${ss}.getSheetByName('A'); s.insertRowsAfter(s.getMaxRows(), 5); s.insertColumnsAfter(s.getMaxColumns(), 3)`);
    expect([sheet.maxRows, sheet.maxColumns]).toEqual([1007, 28]);
  });

  it('refuses a range past the sheet\'s size until rows or columns are inserted, as Sheets does', () => {
    const rt = runtime(['A']);
    const outside = 'The coordinates of the range are outside the dimensions of the sheet.';
    expect(() => rt.evaluate(`${ss}.getSheetByName('A').getRange(1000, 1, 2, 1)`)).toThrow(outside);
    expect(() => rt.evaluate(`${ss}.getSheetByName('A').getRange('AA1')`)).toThrow(outside);
    rt.evaluate(`var s = ${ss}.getSheetByName('A'); s.insertRowsAfter(1000, 1); s.getRange(1000, 1, 2, 1).setValues([[1], [2]])`);
    expect(rt.workbook.requireSheet('A').cell(1001, 1)?.value).toBe(2);
  });

  it('freezes rows and columns', () => {
    const rt = runtime(['A']);
    rt.evaluate(`var s = ${ss}.getSheetByName('A'); s.setFrozenRows(3); s.setFrozenColumns(1)`);
    expect(rt.evaluate(`${ss}.getSheetByName('A').getFrozenRows()`)).toBe(3);
    expect(rt.workbook.requireSheet('A').frozenColumns).toBe(1);
  });

  it('records conditional format rules and charts as plain data', () => {
    const rt = runtime(['Xếp hạng']);
    rt.evaluate(`var s = ${ss}.getSheetByName('Xếp hạng');
      var rule = SpreadsheetApp.newConditionalFormatRule().whenNumberLessThan(0.8).setBackground('#fce8e6').setFontColor('#c5221f').setRanges([s.getRange('D2:D10')]).build();
      s.setConditionalFormatRules([rule]);
      s.insertChart(s.newChart().setChartType(Charts.ChartType.BAR).addRange(s.getRange('A1:B10')).setPosition(2, 6, 0, 0).setOption('title', 'Tỷ lệ').build());`);
    const sheet = rt.workbook.requireSheet('Xếp hạng');
    expect(sheet.conditionalFormats).toEqual([
      { ranges: ["'Xếp hạng'!D2:D10"], condition: { type: 'NUMBER_LESS', values: [0.8] }, format: { background: '#fce8e6', fontColor: '#c5221f' } },
    ]);
    expect(sheet.charts.map((c) => ({ ...c, id: 0 }))).toEqual([
      { id: 0, type: 'BAR', ranges: ["'Xếp hạng'!A1:B10"], position: { anchorRow: 2, anchorColumn: 6, offsetX: 0, offsetY: 0 }, options: { title: 'Tỷ lệ' } },
    ]);
    expect(rt.evaluate(`${ss}.getSheetByName('Xếp hạng').getCharts().length`)).toBe(1);
  });

  it('keeps charts and conditional formats pointing at a sheet that is renamed, as Sheets does', () => {
    const rt = runtime(['Tạm', 'Khác']);
    rt.evaluate(`var s = ${ss}.getSheetByName('Tạm'); var o = ${ss}.getSheetByName('Khác');
      s.setConditionalFormatRules([SpreadsheetApp.newConditionalFormatRule().whenNumberLessThan(0.8).setBackground('#fce8e6').setRanges([s.getRange('D2:D10')]).build()]);
      s.insertChart(s.newChart().setChartType(Charts.ChartType.BAR).addRange(s.getRange('A1:B10')).addRange(o.getRange('C1:C10')).build());
      o.insertChart(o.newChart().setChartType(Charts.ChartType.BAR).addRange(s.getRange('E1:E3')).build());
      s.setName('Báo cáo 12 tháng năm 2020');`);
    const renamed = rt.workbook.requireSheet('Báo cáo 12 tháng năm 2020');
    expect(renamed.charts[0]!.ranges).toEqual(["'Báo cáo 12 tháng năm 2020'!A1:B10", "'Khác'!C1:C10"]);
    expect(renamed.conditionalFormats[0]!.ranges).toEqual(["'Báo cáo 12 tháng năm 2020'!D2:D10"]);
    expect(rt.workbook.requireSheet('Khác').charts[0]!.ranges).toEqual(["'Báo cáo 12 tháng năm 2020'!E1:E3"]);
  });

  it('finds developer metadata by key on the spreadsheet and its sheets', () => {
    const rt = runtime(['Báo cáo', 'Việc']);
    rt.evaluate(`${ss}.getSheetByName('Báo cáo').addDeveloperMetadata('thads.report', 'v1'); ${ss}.addDeveloperMetadata('thads.config', '{}')`);
    expect(rt.evaluate(`${ss}.createDeveloperMetadataFinder().withKey('thads.report').find().map(function (m) { return m.getLocation().getSheet().getName() + '=' + m.getValue(); })`)).toEqual([
      'Báo cáo=v1',
    ]);
    expect(rt.evaluate(`${ss}.getDeveloperMetadata().map(function (m) { return m.getKey(); })`)).toEqual(['thads.config']);
    expect(rt.evaluate(`${ss}.getSheetByName('Việc').getDeveloperMetadata().length`)).toBe(0);
  });
});

describe('protection (Sheet.protect)', () => {
  it('records a warning-only protection with its description, lists it, counts the calls and removes it', () => {
    const rt = runtime(['Báo cáo', 'Số liệu']);
    const start = rt.calls.snapshot();
    rt.evaluate(`${ss}.getSheetByName('Báo cáo').protect().setDescription('Trang của tiện ích').setWarningOnly(true)`);
    expect(rt.workbook.sheet('Báo cáo')!.protections).toEqual([{ warningOnly: true, description: 'Trang của tiện ích' }]);
    expect(rt.workbook.sheet('Số liệu')!.protections).toEqual([]);
    expect(rt.calls.since(start).byMethod).toMatchObject({ 'Sheet.protect': 1, 'Protection.setDescription': 1, 'Protection.setWarningOnly': 1 });
    // One protection per sheet, as in Sheets: protect() again returns the same one.
    expect(rt.evaluate(`${ss}.getSheetByName('Báo cáo').protect().isWarningOnly()`)).toBe(true);
    expect(rt.evaluate(`${ss}.getSheetByName('Báo cáo').getProtections(SpreadsheetApp.ProtectionType.SHEET).length`)).toBe(1);
    expect(rt.evaluate(`${ss}.getSheetByName('Báo cáo').getProtections(SpreadsheetApp.ProtectionType.RANGE).length`)).toBe(0);
    rt.evaluate(`${ss}.getSheetByName('Báo cáo').getProtections(SpreadsheetApp.ProtectionType.SHEET)[0].remove()`);
    expect(rt.workbook.sheet('Báo cáo')!.protections).toEqual([]);
  });
});

describe('a user’s Duplicate (test helper)', () => {
  it('copies cells, metadata and protection under a new sheet id, right after the original', () => {
    const rt = runtime(['Báo cáo', 'Số liệu']);
    rt.evaluate(`var s = ${ss}.getSheetByName('Báo cáo'); s.getRange('A1').setValue('Tỷ lệ'); s.addDeveloperMetadata('thads.owner', 'report:2020-12'); s.protect().setWarningOnly(true)`);
    const original = rt.workbook.sheet('Báo cáo')!;
    const copy = rt.workbook.duplicateSheet('Báo cáo');
    expect(rt.workbook.sheetNames()).toEqual(['Báo cáo', 'Bản sao của Báo cáo', 'Số liệu']);
    expect(copy.id).not.toBe(original.id);
    expect(copy.cell(1, 1)?.value).toBe('Tỷ lệ');
    expect(copy.developerMetadata.map((m) => [m.key, m.value])).toEqual([['thads.owner', 'report:2020-12']]);
    expect(copy.protections).toEqual(original.protections);
    copy.ensureCell(1, 1).value = 'khác';
    expect(original.cell(1, 1)?.value).toBe('Tỷ lệ');
  });
});

describe('row heights', () => {
  it('records setRowHeight(s), reads 21 px for a row left alone, and refuses rows past the sheet', () => {
    const rt = runtime(['S']);
    const sheet = `${ss}.getSheetByName('S')`;
    rt.evaluate(`${sheet}.setRowHeights(3, 2, 55)`);
    rt.evaluate(`${sheet}.setRowHeight(7, 40)`);
    expect(rt.evaluate(`[2, 3, 4, 5, 7].map(function (r) { return ${sheet}.getRowHeight(r); })`)).toEqual([21, 55, 55, 21, 40]);
    expect(() => rt.evaluate(`${sheet}.setRowHeights(1000, 2, 30)`)).toThrow('Those rows are out of bounds.');
  });

  it('moves the heights with their rows when rows are inserted above', () => {
    const rt = runtime(['S']);
    const sheet = `${ss}.getSheetByName('S')`;
    rt.evaluate(`${sheet}.setRowHeight(5, 60)`);
    rt.evaluate(`${sheet}.insertRowsBefore(2, 3)`);
    expect(rt.evaluate(`${sheet}.getRowHeight(8) + ',' + ${sheet}.getRowHeight(5)`)).toBe('60,21');
  });
});
