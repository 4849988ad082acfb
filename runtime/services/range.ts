/**
 * Range: a rectangle of one sheet, read and written as 2D arrays as in Apps Script. Blank cells read
 * as "", dates as Dates of the add-on's realm, display values rendered as a vi_VN spreadsheet shows.
 */
import type { Rect } from '../model/a1';
import { cellA1, intersects, rectA1 } from '../model/a1';
import type { Cell, CellStyle } from '../model/cell';
import { isBlank } from '../model/cell';
import type { SheetModel } from '../model/sheet';
import { displayValue } from '../model/display';
import { writeValue } from '../model/write';
import type { Env } from './env';
import { outValue } from './env';
import { SERVICE } from './instrument';
import type { Accepts } from './accepts';
import { sheetImpl } from './registry';

type R = GoogleAppsScript.Spreadsheet.Range;

export class RangeImpl
  implements
    Accepts<
      R,
      | 'getValues' | 'setValues' | 'getValue' | 'setValue' | 'getDisplayValues' | 'getDisplayValue'
      | 'getNumberFormats' | 'getNumberFormat' | 'setNumberFormat' | 'setNumberFormats' | 'getFormulas' | 'getFormula'
      | 'setFormula' | 'setFormulas' | 'getA1Notation' | 'getRow' | 'getColumn' | 'getNumRows' | 'getNumColumns'
      | 'getLastRow' | 'getLastColumn' | 'getSheet' | 'merge' | 'mergeAcross' | 'getMergedRanges' | 'breakApart' | 'isBlank'
      | 'setFontWeight' | 'setFontWeights' | 'setBackground' | 'setBackgrounds' | 'setFontColor' | 'setFontColors'
      | 'setHorizontalAlignment' | 'setWrap' | 'setNote' | 'getNote' | 'clear' | 'clearContent' | 'clearFormat'
      | 'offset' | 'activate' | 'getBackground' | 'getFontWeight' | 'getFontColor'
    >
{
  readonly [SERVICE] = 'Range';

  constructor(
    private readonly env: Env,
    readonly sheet: SheetModel,
    readonly rect: Rect,
  ) {}

  private cells<T>(read: (cell: Cell | undefined) => T): T[][] {
    const { row, column, numRows, numColumns } = this.rect;
    const out: T[][] = [];
    for (let r = 0; r < numRows; r++) {
      const src = this.sheet.rows[row - 1 + r];
      const line: T[] = new Array(numColumns);
      for (let c = 0; c < numColumns; c++) line[c] = read(src?.[column - 1 + c]);
      out.push(line);
    }
    return out;
  }

  private each(write: (cell: Cell, r: number, c: number) => void): this {
    const { row, column, numRows, numColumns } = this.rect;
    for (let r = 0; r < numRows; r++)
      for (let c = 0; c < numColumns; c++) write(this.sheet.ensureCell(row + r, column + c), r, c);
    return this;
  }

  /** Writes a 2D array after checking its shape with Sheets' message. */
  private eachOf<T>(values: T[][], write: (cell: Cell, v: T) => void): this {
    checkShape(values, this.rect);
    return this.each((cell, r, c) => write(cell, values[r]![c]!));
  }

  getValues(): (string | number | boolean | Date)[][] {
    return this.cells((c) => outValue(this.env, c?.value, c?.numberFormat));
  }
  getValue(): string | number | boolean | Date {
    const c = this.sheet.cell(this.rect.row, this.rect.column);
    return outValue(this.env, c?.value, c?.numberFormat);
  }
  setValues(values: unknown[][]): this {
    checkShape(values, this.rect);
    for (const row of values) for (const v of row) checkLength(v);
    return this.eachOf(values, (cell, v) => writeValue(cell, v, this.env.workbook.timeZone));
  }
  setValue(value: unknown): this {
    checkLength(value);
    return this.each((cell) => writeValue(cell, value, this.env.workbook.timeZone));
  }
  getDisplayValues(): string[][] {
    const { workbook } = this.env;
    return this.cells((c) => displayValue(c?.value, c?.numberFormat, workbook.timeZone, workbook.locale));
  }
  getDisplayValue(): string {
    return this.getDisplayValues()[0]![0]!;
  }
  getNumberFormats(): string[][] {
    return this.cells((c) => c?.numberFormat ?? 'General');
  }
  getNumberFormat(): string {
    return this.getNumberFormats()[0]![0]!;
  }
  setNumberFormat(format: string): this {
    return this.each((cell) => {
      cell.numberFormat = format;
    });
  }
  setNumberFormats(formats: string[][]): this {
    return this.eachOf(formats, (cell, f) => {
      cell.numberFormat = f;
    });
  }
  getFormulas(): string[][] {
    return this.cells((c) => c?.formula ?? '');
  }
  getFormula(): string {
    return this.sheet.cell(this.rect.row, this.rect.column)?.formula ?? '';
  }
  setFormula(formula: string): this {
    return this.each((cell) => setFormulaOf(cell, formula));
  }
  setFormulas(formulas: string[][]): this {
    return this.eachOf(formulas, (cell, f) => setFormulaOf(cell, f));
  }
  getA1Notation(): string {
    return rectA1(this.rect);
  }
  getRow(): number {
    return this.rect.row;
  }
  getColumn(): number {
    return this.rect.column;
  }
  getNumRows(): number {
    return this.rect.numRows;
  }
  getNumColumns(): number {
    return this.rect.numColumns;
  }
  getLastRow(): number {
    return this.rect.row + this.rect.numRows - 1;
  }
  getLastColumn(): number {
    return this.rect.column + this.rect.numColumns - 1;
  }
  getSheet(): object {
    return sheetImpl(this.env, this.sheet);
  }
  isBlank(): boolean {
    return this.cells((c) => isBlank(c)).every((row) => row.every(Boolean));
  }

  merge(): this {
    const overlapping = this.sheet.merges.filter((m) => intersects(m, this.rect));
    if (overlapping.some((m) => !inside(m, this.rect)))
      throw new Error('You must select all cells in a merged range to merge or unmerge them.');
    this.sheet.merges = this.sheet.merges.filter((m) => !overlapping.includes(m));
    // Sheets keeps the top-left value only.
    this.each((cell, r, c) => {
      if (r > 0 || c > 0) {
        delete cell.value;
        delete cell.formula;
      }
    });
    this.sheet.merges.push({ ...this.rect });
    return this;
  }
  /** One merged cell per row of the range, as Sheets' mergeAcross (a single-column range is left as is). */
  mergeAcross(): this {
    const { row, column, numRows, numColumns } = this.rect;
    if (numColumns < 2) return this;
    // As merge() row by row, in one pass: merging 700 rows one at a time scanned the sheet's merges (and
    // deleted two properties of every covered cell) 700 times, a noticeable part of a report's time here.
    // A merge overlapping the range must lie within one of its rows, else Sheets refuses.
    const overlapping = this.sheet.merges.filter((m) => intersects(m, this.rect));
    if (overlapping.some((m) => m.numRows !== 1 || !inside(m, this.rect)))
      throw new Error('You must select all cells in a merged range to merge or unmerge them.');
    const gone = new Set(overlapping);
    this.sheet.merges = this.sheet.merges.filter((m) => !gone.has(m));
    // Sheets keeps each row's leftmost value only.
    this.each((cell, _r, c) => {
      if (c > 0) {
        if ('value' in cell) delete cell.value;
        if ('formula' in cell) delete cell.formula;
      }
    });
    for (let r = 0; r < numRows; r++) this.sheet.merges.push({ row: row + r, column, numRows: 1, numColumns });
    return this;
  }
  getMergedRanges(): RangeImpl[] {
    return this.sheet.merges.filter((m) => intersects(m, this.rect)).map((m) => new RangeImpl(this.env, this.sheet, { ...m }));
  }
  breakApart(): this {
    const overlapping = this.sheet.merges.filter((m) => intersects(m, this.rect));
    if (overlapping.some((m) => !inside(m, this.rect)))
      throw new Error('You must select all cells in a merged range to merge or unmerge them.');
    this.sheet.merges = this.sheet.merges.filter((m) => !overlapping.includes(m));
    return this;
  }

  private styled(key: keyof CellStyle, value: unknown): this {
    return this.each((cell) => setStyle(cell, key, value));
  }
  private styledOf(key: keyof CellStyle, values: unknown[][]): this {
    return this.eachOf(values, (cell, v) => setStyle(cell, key, v));
  }
  setFontWeight(fontWeight: string | null): this {
    return this.styled('fontWeight', fontWeight);
  }
  setFontWeights(fontWeights: unknown[][]): this {
    return this.styledOf('fontWeight', fontWeights);
  }
  setBackground(color: string | null): this {
    return this.styled('background', color);
  }
  setBackgrounds(color: unknown[][]): this {
    return this.styledOf('background', color);
  }
  setFontColor(color: string | null): this {
    return this.styled('fontColor', color);
  }
  setFontColors(colors: unknown[][]): this {
    return this.styledOf('fontColor', colors);
  }
  setHorizontalAlignment(alignment: string | null): this {
    return this.styled('horizontalAlignment', alignment);
  }
  setWrap(isWrapEnabled: boolean): this {
    return this.styled('wrap', isWrapEnabled);
  }
  /** setBorder(top, left, bottom, right, vertical, horizontal[, color, style]): any true draws borders. */
  setBorder(...sides: unknown[]): this {
    const on = sides.slice(0, 6).some((s) => s === true);
    return this.styled('border', on);
  }
  setFontSize(): this {
    return this;
  }
  setVerticalAlignment(): this {
    return this;
  }
  getBackground(): string {
    return this.sheet.cell(this.rect.row, this.rect.column)?.style?.background ?? '#ffffff';
  }
  getFontWeight(): string {
    return this.sheet.cell(this.rect.row, this.rect.column)?.style?.fontWeight ?? 'normal';
  }
  getFontColor(): string {
    return this.sheet.cell(this.rect.row, this.rect.column)?.style?.fontColor ?? '#000000';
  }
  setNote(note: string | null): this {
    return this.each((cell) => {
      if (note) cell.note = note;
      else delete cell.note;
    });
  }
  getNote(): string {
    return this.sheet.cell(this.rect.row, this.rect.column)?.note ?? '';
  }

  clear(): this {
    return this.each((cell) => {
      for (const k of Object.keys(cell)) delete (cell as Record<string, unknown>)[k];
    });
  }
  clearContent(): this {
    return this.each((cell) => {
      delete cell.value;
      delete cell.formula;
      delete cell.computed;
      delete cell.spillFrom;
    });
  }
  clearFormat(): this {
    return this.each((cell) => {
      delete cell.numberFormat;
      delete cell.style;
    });
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): RangeImpl {
    const rect: Rect = {
      row: this.rect.row + rowOffset,
      column: this.rect.column + columnOffset,
      numRows: numRows ?? this.rect.numRows,
      numColumns: numColumns ?? this.rect.numColumns,
    };
    if (rect.row < 1 || rect.column < 1) throw new Error('The starting row or column of the range is out of bounds.');
    if (rect.row + rect.numRows - 1 > this.sheet.maxRows || rect.column + rect.numColumns - 1 > this.sheet.maxColumns)
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    return new RangeImpl(this.env, this.sheet, rect);
  }
  activate(): this {
    this.env.workbook.activeIndex = this.env.workbook.sheets.indexOf(this.sheet);
    this.env.activeRange = { sheet: this.sheet, rect: { ...this.rect } };
    return this;
  }
}

/** Sheets' message when a 2D array does not fit the range. */
export function checkShape(values: unknown, rect: Rect): void {
  if (!Array.isArray(values)) throw new Error('The parameters (String) don\'t match the method signature for SpreadsheetApp.Range.setValues.');
  if (values.length !== rect.numRows)
    throw new Error(`The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${rect.numRows}.`);
  for (const row of values) {
    if (!Array.isArray(row)) throw new Error("The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.setValues.");
    const n = row.length;
    if (n !== rect.numColumns)
      throw new Error(`The number of columns in the data does not match the number of columns in the range. The data has ${n} but the range has ${rect.numColumns}.`);
  }
}

/** Sheets' limit on the text of one cell, checked before anything is written. */
export const MAX_CELL_CHARS = 50000;

function checkLength(v: unknown): void {
  if (typeof v === 'string' && v.length > MAX_CELL_CHARS)
    throw new Error(`Your input contains more than the maximum ${MAX_CELL_CHARS} characters in a single cell.`);
}

function setFormulaOf(cell: Cell, formula: string): void {
  if (!formula) {
    delete cell.formula;
    delete cell.value;
    return;
  }
  cell.formula = formula.startsWith('=') ? formula : '=' + formula;
  delete cell.value;
  delete cell.computed;
  delete cell.spillFrom;
}

function setStyle(cell: Cell, key: keyof CellStyle, value: unknown): void {
  const style: Record<string, unknown> = { ...(cell.style ?? {}) };
  if (value === null || value === undefined || value === false) delete style[key];
  else style[key] = value;
  if (Object.keys(style).length) cell.style = style as CellStyle;
  else delete cell.style;
}

function inside(inner: Rect, outer: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.numRows <= outer.row + outer.numRows &&
    inner.column + inner.numColumns <= outer.column + outer.numColumns
  );
}

export { cellA1 };
