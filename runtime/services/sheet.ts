/** Sheet: one tab of the spreadsheet, over a SheetModel. */
import { parseA1, quoteSheetName, type Rect } from '../model/a1';
import type { SheetModel } from '../model/sheet';
import type { Env } from './env';
import { SERVICE } from './instrument';
import type { Accepts } from './accepts';
import { RangeImpl } from './range';
import { ConditionalFormatRuleImpl } from './conditional-format';
import { EmbeddedChartBuilderImpl, EmbeddedChartImpl } from './chart';
import { DeveloperMetadataFinderImpl, addMetadata, listMetadata } from './metadata';
import type { DeveloperMetadataImpl } from './metadata';
import { spreadsheetImpl } from './spreadsheet';
import { protectSheet, sheetProtections, type ProtectionImpl } from './protection';

type S = GoogleAppsScript.Spreadsheet.Sheet;

export class SheetImpl
  implements
    Accepts<
      S,
      | 'getName' | 'setName' | 'getIndex' | 'getSheetId' | 'getDataRange' | 'getLastRow' | 'getLastColumn'
      | 'getMaxRows' | 'getMaxColumns' | 'clear' | 'clearContents' | 'clearFormats' | 'setFrozenRows' | 'getFrozenRows'
      | 'setFrozenColumns' | 'getFrozenColumns' | 'hideSheet' | 'showSheet' | 'isSheetHidden' | 'activate'
      | 'getCharts' | 'setColumnWidth' | 'setColumnWidths' | 'getColumnWidth' | 'autoResizeColumns' | 'autoResizeColumn'
      | 'setTabColor' | 'getTabColor' | 'getDeveloperMetadata' | 'addDeveloperMetadata' | 'getRange'
      | 'protect' | 'getProtections' | 'setRowHeight' | 'setRowHeights' | 'setRowHeightsForced' | 'getRowHeight'
    >
{
  readonly [SERVICE] = 'Sheet';
  private charts: EmbeddedChartImpl[] = [];
  private rules: ConditionalFormatRuleImpl[] = [];

  constructor(
    private readonly env: Env,
    readonly model: SheetModel,
  ) {}

  getName(): string {
    return this.model.name;
  }
  setName(name: string): this {
    if (name === this.model.name) return this;
    this.env.workbook.checkSheetName(name, this.model);
    // Sheets' charts and conditional formats point at the sheet, not at its name: what the runtime
    // recorded as A1 text follows the rename, in every sheet that refers to this one.
    const before = `${quoteSheetName(this.model.name)}!`;
    const after = `${quoteSheetName(name)}!`;
    const follow = (ranges: string[]) => ranges.map((r) => (r.startsWith(before) ? after + r.slice(before.length) : r));
    for (const sheet of this.env.workbook.sheets) {
      for (const chart of sheet.charts) chart.ranges = follow(chart.ranges);
      for (const rule of sheet.conditionalFormats) rule.ranges = follow(rule.ranges);
    }
    this.model.name = name;
    return this;
  }
  getIndex(): number {
    return this.env.workbook.sheets.indexOf(this.model) + 1;
  }
  getSheetId(): number {
    return this.model.id;
  }
  getParent(): object {
    return spreadsheetImpl(this.env);
  }

  /** getRange(a1) or getRange(row, column, numRows?, numColumns?), checked as Sheets checks them. */
  getRange(a: string | number, column?: number, numRows?: number, numColumns?: number): RangeImpl {
    if (typeof a === 'string') return new RangeImpl(this.env, this.model, this.inBounds(this.resolveA1(a)));
    const rect: Rect = { row: a, column: column ?? NaN, numRows: numRows ?? 1, numColumns: numColumns ?? 1 };
    if (!Number.isInteger(rect.row) || !Number.isInteger(rect.column) || rect.row < 1 || rect.column < 1)
      throw new Error('The starting row or column of the range is out of bounds.'.replace('out of bounds', `${rect.row}, ${rect.column} is out of bounds`));
    if (!Number.isInteger(rect.numRows) || rect.numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (!Number.isInteger(rect.numColumns) || rect.numColumns < 1) throw new Error('The number of columns in the range must be at least 1.');
    return new RangeImpl(this.env, this.model, this.inBounds(rect));
  }

  /** Sheets refuses a range past the sheet's size: the add-on must insert rows or columns first. */
  inBounds(rect: Rect): Rect {
    if (rect.row + rect.numRows - 1 > this.model.maxRows || rect.column + rect.numColumns - 1 > this.model.maxColumns)
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    return rect;
  }

  /** An A1 address of this sheet; open ranges (A:A, 1:3) run to the sheet's size, as in Sheets. */
  resolveA1(a1: string): Rect {
    const ref = parseA1(a1);
    if (!ref || (ref.sheet !== undefined && ref.sheet !== this.model.name)) throw new Error(`Range not found`);
    const rect = { ...ref.rect };
    if (ref.openRows) rect.numRows = Math.max(this.model.maxRows - rect.row + 1, 1);
    if (ref.openColumns) {
      rect.column = 1;
      rect.numColumns = this.model.maxColumns;
    }
    return rect;
  }

  getDataRange(): RangeImpl {
    return new RangeImpl(this.env, this.model, {
      row: 1,
      column: 1,
      numRows: Math.max(1, this.model.lastRow()),
      numColumns: Math.max(1, this.model.lastColumn()),
    });
  }
  getLastRow(): number {
    return this.model.lastRow();
  }
  getLastColumn(): number {
    return this.model.lastColumn();
  }
  getMaxRows(): number {
    return this.model.maxRows;
  }
  getMaxColumns(): number {
    return this.model.maxColumns;
  }
  clear(): this {
    this.model.rows = [];
    this.model.merges = [];
    return this;
  }
  clearContents(): this {
    for (const row of this.model.rows) {
      for (const cell of row ?? []) {
        if (!cell) continue;
        delete cell.value;
        delete cell.formula;
        delete cell.computed;
        delete cell.spillFrom;
      }
    }
    return this;
  }
  clearFormats(): this {
    for (const row of this.model.rows) {
      for (const cell of row ?? []) {
        if (!cell) continue;
        delete cell.numberFormat;
        delete cell.style;
      }
    }
    return this;
  }
  setFrozenRows(rows: number): void {
    this.model.frozenRows = rows;
  }
  getFrozenRows(): number {
    return this.model.frozenRows;
  }
  setFrozenColumns(columns: number): void {
    this.model.frozenColumns = columns;
  }
  getFrozenColumns(): number {
    return this.model.frozenColumns;
  }
  hideSheet(): this {
    const visible = this.env.workbook.sheets.filter((s) => !s.hidden);
    if (visible.length === 1 && visible[0] === this.model) throw new Error("You can't hide all the sheets in a document.");
    this.model.hidden = true;
    return this;
  }
  showSheet(): this {
    this.model.hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this.model.hidden;
  }
  activate(): this {
    this.env.workbook.activeIndex = this.env.workbook.sheets.indexOf(this.model);
    this.model.hidden = false;
    delete this.env.activeRange;
    return this;
  }

  newChart(): EmbeddedChartBuilderImpl {
    return new EmbeddedChartBuilderImpl(this.env, this.model);
  }
  insertChart(chart: EmbeddedChartImpl): void {
    this.charts.push(chart);
    this.model.charts.push(chart.record);
  }
  updateChart(chart: EmbeddedChartImpl): void {
    const i = this.model.charts.findIndex((c) => c.id === chart.record.id);
    if (i < 0) throw new Error('The chart is not on this sheet.');
    this.model.charts[i] = chart.record;
    this.charts[this.charts.findIndex((c) => c.record.id === chart.record.id)] = chart;
  }
  getCharts(): EmbeddedChartImpl[] {
    return [...this.charts];
  }
  removeChart(chart: EmbeddedChartImpl): void {
    this.charts = this.charts.filter((c) => c.record.id !== chart.record.id);
    this.model.charts = this.model.charts.filter((c) => c.id !== chart.record.id);
  }

  setConditionalFormatRules(rules: ConditionalFormatRuleImpl[]): void {
    this.rules = [...rules];
    this.model.conditionalFormats = rules.map((r) => r.record);
  }
  getConditionalFormatRules(): ConditionalFormatRuleImpl[] {
    return [...this.rules];
  }
  clearConditionalFormatRules(): void {
    this.setConditionalFormatRules([]);
  }

  addDeveloperMetadata(key: string, value?: unknown, visibility?: unknown): this {
    // addDeveloperMetadata(key, visibility) is an overload: a visibility enum in the value slot.
    if (value === 'DOCUMENT' || value === 'PROJECT') addMetadata(this.env, this.owner(), key, null, value);
    else addMetadata(this.env, this.owner(), key, value as string | undefined, visibility);
    return this;
  }
  getDeveloperMetadata(): DeveloperMetadataImpl[] {
    return listMetadata(this.env, this.owner());
  }
  createDeveloperMetadataFinder(): DeveloperMetadataFinderImpl {
    return new DeveloperMetadataFinderImpl(this.env, [this.owner()]);
  }
  private owner() {
    return { list: this.model.developerMetadata, sheet: this.model };
  }

  /** The sheet's protection, made when it has none (Sheets: one per sheet). */
  protect(): ProtectionImpl {
    return protectSheet(this.env, this.model);
  }
  getProtections(type: unknown): ProtectionImpl[] {
    return sheetProtections(this.env, this.model, type);
  }

  setColumnWidth(columnPosition: number, width: number): this {
    this.model.columnWidths[columnPosition] = width;
    return this;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    for (let c = startColumn; c < startColumn + numColumns; c++) this.model.columnWidths[c] = width;
    return this;
  }
  getColumnWidth(columnPosition: number): number {
    return this.model.columnWidths[columnPosition] ?? 100;
  }
  autoResizeColumns(startColumn: number, numColumns: number): this {
    for (let c = startColumn; c < startColumn + numColumns; c++) this.autoResizeColumn(c);
    return this;
  }
  /** Width from the longest display text: about 7 px a character, as Sheets' default font. */
  autoResizeColumn(columnPosition: number): this {
    let longest = 0;
    for (const row of this.model.rows) {
      const v = row?.[columnPosition - 1]?.value;
      if (v !== undefined) longest = Math.max(longest, String(v).length);
    }
    this.model.columnWidths[columnPosition] = Math.max(30, Math.min(1000, longest * 7 + 10));
    return this;
  }
  insertRowsAfter(afterPosition: number, howMany: number): this {
    return this.shiftRows(afterPosition, howMany);
  }
  insertRowsBefore(beforePosition: number, howMany: number): this {
    return this.shiftRows(beforePosition - 1, howMany);
  }
  insertRowAfter(afterPosition: number): this {
    return this.shiftRows(afterPosition, 1);
  }
  insertRowBefore(beforePosition: number): this {
    return this.shiftRows(beforePosition - 1, 1);
  }
  deleteRows(rowPosition: number, howMany: number): void {
    this.shiftRows(rowPosition - 1, -howMany);
  }
  deleteRow(rowPosition: number): this {
    return this.shiftRows(rowPosition - 1, -1);
  }
  insertColumnsAfter(afterPosition: number, howMany: number): this {
    return this.shiftColumns(afterPosition, howMany);
  }
  insertColumnsBefore(beforePosition: number, howMany: number): this {
    return this.shiftColumns(beforePosition - 1, howMany);
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    this.shiftColumns(columnPosition - 1, -howMany);
  }

  /** Inserts (n > 0) or deletes (n < 0) rows after row `at`; merges move with their cells. Formulas are not rewritten. */
  private shiftRows(at: number, n: number): this {
    const m = this.model;
    if (!Number.isInteger(at) || !Number.isInteger(n) || at < 0 || n === 0 || at > m.maxRows)
      throw new Error('Those rows are out of bounds.');
    if (n > 0) {
      if (m.rows.length > at) m.rows.splice(at, 0, ...Array.from({ length: n }, () => []));
    } else {
      if (at - n > m.maxRows) throw new Error('Those rows are out of bounds.');
      if (m.maxRows + n < 1) throw new Error('Sorry, it is not possible to delete all non-frozen rows.');
      m.rows.splice(at, -n);
    }
    m.maxRows += n;
    const heights: Record<number, number> = {};
    for (const [r, h] of Object.entries(m.rowHeights)) {
      const row = Number(r);
      if (row <= at) heights[row] = h;
      else if (n > 0) heights[row + n] = h;
      else if (row > at - n) heights[row + n] = h;
    }
    m.rowHeights = heights;
    m.merges = m.merges.flatMap((r) => {
      if (r.row + r.numRows - 1 <= at) return [r];
      if (n > 0) return [{ ...r, row: r.row > at ? r.row + n : r.row, numRows: r.row > at ? r.numRows : r.numRows + n }];
      const deleted = { first: at + 1, last: at - n };
      if (r.row > deleted.last) return [{ ...r, row: r.row + n }];
      return [];
    });
    return this;
  }

  private shiftColumns(at: number, n: number): this {
    const m = this.model;
    if (!Number.isInteger(at) || !Number.isInteger(n) || at < 0 || n === 0 || at > m.maxColumns)
      throw new Error('Those columns are out of bounds.');
    if (n < 0 && at - n > m.maxColumns) throw new Error('Those columns are out of bounds.');
    for (const row of m.rows) {
      if (!row || row.length <= at) continue;
      if (n > 0) row.splice(at, 0, ...new Array<undefined>(n));
      else row.splice(at, -n);
    }
    m.maxColumns += n;
    m.merges = m.merges.flatMap((r) => {
      if (r.column + r.numColumns - 1 <= at) return [r];
      if (n > 0) return [{ ...r, column: r.column > at ? r.column + n : r.column, numColumns: r.column > at ? r.numColumns : r.numColumns + n }];
      if (r.column > at - n) return [{ ...r, column: r.column + n }];
      return [];
    });
    const widths: Record<number, number> = {};
    for (const [c, w] of Object.entries(m.columnWidths)) {
      const col = Number(c);
      if (col <= at) widths[col] = w;
      else if (n > 0) widths[col + n] = w;
      else if (col > at - n) widths[col + n] = w;
    }
    m.columnWidths = widths;
    return this;
  }

  /** Sheets' default row height (Arial 10), kept unless a height is set. */
  static readonly DEFAULT_ROW_HEIGHT = 21;

  setRowHeight(rowPosition: number, height: number): this {
    return this.setRowHeights(rowPosition, 1, height);
  }
  /**
   * Sets the rows' height. In Sheets a row still grows to fit unmerged wrapped text; merged cells do not
   * make it grow, which is why the add-on sets the heights of its merged text rows itself.
   */
  setRowHeights(startRow: number, numRows: number, height: number): this {
    this.checkRows(startRow, numRows, height);
    for (let r = startRow; r < startRow + numRows; r++) this.model.rowHeights[r] = height;
    return this;
  }
  /** As setRowHeights, but the rows keep the height whatever their content (recorded the same here). */
  setRowHeightsForced(startRow: number, numRows: number, height: number): this {
    return this.setRowHeights(startRow, numRows, height);
  }
  getRowHeight(rowPosition: number): number {
    return this.model.rowHeights[rowPosition] ?? SheetImpl.DEFAULT_ROW_HEIGHT;
  }
  private checkRows(startRow: number, numRows: number, height: number): void {
    if (!Number.isInteger(startRow) || !Number.isInteger(numRows) || startRow < 1 || numRows < 1 || startRow + numRows - 1 > this.model.maxRows)
      throw new Error('Those rows are out of bounds.');
    if (!Number.isInteger(height) || height < 0) throw new Error(`Invalid argument: height`);
  }
  setTabColor(color: string | null): this {
    this.model.tabColor = color;
    return this;
  }
  getTabColor(): string | null {
    return this.model.tabColor;
  }
}
