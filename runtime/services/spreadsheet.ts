/** SpreadsheetApp and the one Spreadsheet it opens: the in-memory Workbook. */
import { parseA1 } from '../model/a1';
import type { Env } from './env';
import { SERVICE } from './instrument';
import type { Accepts } from './accepts';
import { RangeImpl } from './range';
import { sheetImpl } from './registry';
import type { SheetImpl } from './sheet';
import { ConditionalFormatRuleBuilderImpl } from './conditional-format';
import { DeveloperMetadataFinderImpl, addMetadata, listMetadata } from './metadata';
import type { DeveloperMetadataImpl, Owner } from './metadata';
import { UiImpl } from './ui';

type SS = GoogleAppsScript.Spreadsheet.Spreadsheet;

const spreadsheets = new WeakMap<Env, SpreadsheetImpl>();

export function spreadsheetImpl(env: Env): SpreadsheetImpl {
  let s = spreadsheets.get(env);
  if (!s) {
    s = new SpreadsheetImpl(env);
    spreadsheets.set(env, s);
  }
  return s;
}

export class SpreadsheetImpl
  implements
    Accepts<
      SS,
      | 'getId' | 'getName' | 'getSheets' | 'getSheetByName' | 'insertSheet' | 'deleteSheet' | 'setActiveSheet'
      | 'getActiveSheet' | 'getSpreadsheetTimeZone' | 'getSpreadsheetLocale' | 'getRange' | 'moveActiveSheet'
      | 'addDeveloperMetadata' | 'getDeveloperMetadata' | 'createDeveloperMetadataFinder' | 'toast' | 'getNumSheets'
    >
{
  readonly [SERVICE] = 'Spreadsheet';
  constructor(private readonly env: Env) {}

  private get wb() {
    return this.env.workbook;
  }
  getId(): string {
    return this.wb.id;
  }
  getName(): string {
    return this.wb.name;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.wb.id}/edit`;
  }
  getSheets(): SheetImpl[] {
    return this.wb.sheets.map((s) => sheetImpl(this.env, s));
  }
  getNumSheets(): number {
    return this.wb.sheets.length;
  }
  getSheetByName(name: string): SheetImpl | null {
    const s = this.wb.sheet(name);
    return s ? sheetImpl(this.env, s) : null;
  }
  getSheetById(id: number): SheetImpl | null {
    const s = this.wb.sheets.find((x) => x.id === id);
    return s ? sheetImpl(this.env, s) : null;
  }
  /** insertSheet(), insertSheet(name), insertSheet(index), insertSheet(name, index); index 0-based, as in Apps Script. */
  insertSheet(a?: unknown, b?: unknown): SheetImpl {
    let name: string | undefined;
    let index: number | undefined;
    if (typeof a === 'string') name = a;
    else if (typeof a === 'number') index = a;
    if (typeof b === 'number') index = b;
    if (name === undefined) {
      let n = this.wb.sheets.length + 1;
      while (this.wb.sheets.some((s) => s.name.toLowerCase() === `sheet${n}`)) n++;
      name = `Sheet${n}`;
    }
    const at = index ?? this.wb.activeIndex + 1;
    const model = this.wb.insertSheet(name, at);
    // Sheets activates the new sheet.
    this.wb.activeIndex = this.wb.sheets.indexOf(model);
    delete this.env.activeRange;
    return sheetImpl(this.env, model);
  }
  deleteSheet(sheetArg: unknown): void {
    const sheet = sheetArg as SheetImpl;
    const i = this.wb.sheets.indexOf(sheet.model);
    if (i < 0) throw new Error('Sheet not found.');
    if (this.wb.sheets.length === 1)
      throw new Error("You can't remove all the sheets in a document.");
    if (this.wb.sheets.filter((s) => !s.hidden && s !== sheet.model).length === 0)
      throw new Error("You can't hide all the sheets in a document.");
    const active = this.wb.sheets[this.wb.activeIndex];
    this.wb.sheets.splice(i, 1);
    const stillActive = active ? this.wb.sheets.indexOf(active) : -1;
    this.wb.activeIndex = stillActive >= 0 ? stillActive : Math.max(0, Math.min(i, this.wb.sheets.length - 1));
  }
  setActiveSheet(sheet: unknown): SheetImpl {
    (sheet as SheetImpl).activate();
    return sheet as SheetImpl;
  }
  /** While a custom function runs, the sheet of its formula (as in Sheets). */
  getActiveSheet(): SheetImpl {
    if (this.env.mode === 'customFunction' && this.env.activeRange) return sheetImpl(this.env, this.env.activeRange.sheet);
    const s = this.wb.sheets[this.wb.activeIndex] ?? this.wb.sheets[0];
    if (!s) throw new Error('The spreadsheet has no sheet.');
    return sheetImpl(this.env, s);
  }
  getActiveRange(): RangeImpl | null {
    const a = this.env.activeRange;
    if (a) return new RangeImpl(this.env, a.sheet, { ...a.rect });
    const s = this.wb.sheets[this.wb.activeIndex];
    return s ? new RangeImpl(this.env, s, { row: 1, column: 1, numRows: 1, numColumns: 1 }) : null;
  }
  /** Moves the active sheet to a 1-based position. */
  moveActiveSheet(pos: number): void {
    const s = this.wb.sheets[this.wb.activeIndex];
    if (!s) return;
    this.wb.sheets.splice(this.wb.activeIndex, 1);
    const at = Math.max(0, Math.min(pos - 1, this.wb.sheets.length));
    this.wb.sheets.splice(at, 0, s);
    this.wb.activeIndex = at;
  }
  getSpreadsheetTimeZone(): string {
    return this.wb.timeZone;
  }
  setSpreadsheetTimeZone(timezone: string): void {
    this.wb.timeZone = timezone;
  }
  getSpreadsheetLocale(): string {
    return this.wb.locale;
  }
  /** "Sheet!A1:B2", or an address of the active sheet. */
  getRange(a1Notation: string): RangeImpl {
    const ref = parseA1(a1Notation);
    if (!ref) throw new Error('Range not found');
    const model = ref.sheet !== undefined ? this.wb.sheet(ref.sheet) : this.wb.sheets[this.wb.activeIndex];
    if (!model) throw new Error('Range not found');
    const sheet = sheetImpl(this.env, model);
    const address = a1Notation.slice(a1Notation.lastIndexOf('!') + 1);
    return new RangeImpl(this.env, model, sheet.inBounds(sheet.resolveA1(address)));
  }
  addDeveloperMetadata(key: string, value?: unknown, visibility?: unknown): this {
    if (value === 'DOCUMENT' || value === 'PROJECT') addMetadata(this.env, this.owner(), key, null, value);
    else addMetadata(this.env, this.owner(), key, value as string | undefined, visibility);
    return this;
  }
  getDeveloperMetadata(): DeveloperMetadataImpl[] {
    return listMetadata(this.env, this.owner());
  }
  /** Finds metadata anywhere in the spreadsheet: on it and on every sheet. */
  createDeveloperMetadataFinder(): DeveloperMetadataFinderImpl {
    const owners: Owner[] = [this.owner(), ...this.wb.sheets.map((s) => ({ list: s.developerMetadata, sheet: s }))];
    return new DeveloperMetadataFinderImpl(this.env, owners);
  }
  private owner(): Owner {
    return { list: this.wb.developerMetadata };
  }
  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    const t: { message: string; title?: string; timeoutSeconds?: number } = { message: String(msg) };
    if (title !== undefined) t.title = String(title);
    if (typeof timeoutSeconds === "number") t.timeoutSeconds = timeoutSeconds;
    this.env.ui.toasts.push(t);
  }
}

export class SpreadsheetAppImpl {
  readonly [SERVICE] = 'SpreadsheetApp';
  readonly BorderStyle = { DOTTED: 'DOTTED', DASHED: 'DASHED', SOLID: 'SOLID', SOLID_MEDIUM: 'SOLID_MEDIUM', SOLID_THICK: 'SOLID_THICK', DOUBLE: 'DOUBLE' };
  readonly DeveloperMetadataVisibility = { DOCUMENT: 'DOCUMENT', PROJECT: 'PROJECT' };
  readonly DeveloperMetadataLocationType = { SPREADSHEET: 'SPREADSHEET', SHEET: 'SHEET', ROW: 'ROW', COLUMN: 'COLUMN' };
  readonly WrapStrategy = { WRAP: 'WRAP', OVERFLOW: 'OVERFLOW', CLIP: 'CLIP' };
  readonly ProtectionType = { RANGE: 'RANGE', SHEET: 'SHEET' };
  constructor(private readonly env: Env) {}
  getActiveSpreadsheet(): SpreadsheetImpl {
    return spreadsheetImpl(this.env);
  }
  getActive(): SpreadsheetImpl {
    return spreadsheetImpl(this.env);
  }
  getActiveSheet(): SheetImpl {
    return spreadsheetImpl(this.env).getActiveSheet();
  }
  getActiveRange(): RangeImpl | null {
    return spreadsheetImpl(this.env).getActiveRange();
  }
  setActiveSheet(sheet: unknown): SheetImpl {
    return spreadsheetImpl(this.env).setActiveSheet(sheet);
  }
  getUi(): UiImpl {
    return new UiImpl(this.env);
  }
  /** Only the one spreadsheet exists here; any other id is not found (needs the spreadsheets scope). */
  openById(id: string): SpreadsheetImpl {
    if (String(id) !== this.env.workbook.id) throw new Error('Unexpected error while getting the method or property openById on object SpreadsheetApp.');
    return spreadsheetImpl(this.env);
  }
  openByUrl(url: string): SpreadsheetImpl {
    const id = /\/d\/([^/]+)/.exec(String(url))?.[1];
    if (id !== this.env.workbook.id) throw new Error('Unexpected error while getting the method or property openByUrl on object SpreadsheetApp.');
    return spreadsheetImpl(this.env);
  }
  newConditionalFormatRule(): ConditionalFormatRuleBuilderImpl {
    return new ConditionalFormatRuleBuilderImpl(this.env);
  }
  flush(): void {}
}
