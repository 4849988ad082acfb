/**
 * The in-memory workbook the runtime's SpreadsheetApp works on. It loads from and saves to real
 * .xlsx files (runtime/xlsx); charts and conditional formats live only in this record.
 */
import { SheetModel } from './sheet';
import type { MetadataRecord } from './sheet';
import { writeValue } from './write';
import { RuntimeInputError } from '../errors';

/** Sheets limits a sheet name to 100 characters. */
export const MAX_SHEET_NAME = 100;

export class Workbook {
  id = 'local-' + Math.random().toString(36).slice(2, 12);
  name = 'Bảng tính';
  timeZone = 'Asia/Ho_Chi_Minh';
  locale = 'vi_VN';
  sheets: SheetModel[] = [];
  /** Spreadsheet-level developer metadata. */
  developerMetadata: MetadataRecord[] = [];
  /** PropertiesService.getDocumentProperties() store; saved with the workbook. */
  documentProperties: Record<string, string> = {};
  /** Index into `sheets` of the active sheet. */
  activeIndex = 0;
  private nextSheetId = 0;
  private nextMetadataId = 1;

  static empty(): Workbook {
    return new Workbook();
  }

  static async fromXlsx(path: string): Promise<Workbook> {
    const { readXlsx } = await import('../xlsx/read');
    return readXlsx(path);
  }

  async toXlsx(path: string): Promise<void> {
    const { writeXlsx } = await import('../xlsx/write');
    await writeXlsx(this, path);
  }

  /** Every sheet's name, hidden sheets included, in tab order. */
  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  sheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** Like `sheet`, but throws a RuntimeInputError naming the missing sheet. */
  requireSheet(name: string): SheetModel {
    const s = this.sheet(name);
    if (!s) throw new RuntimeInputError(`No sheet named "${name}" (sheets: ${this.sheetNames().join(', ')})`);
    return s;
  }

  /**
   * Test helper: adds a sheet and writes `rows` from A1 as setValues would ("=" → formula).
   * @example Workbook.empty().addSheet('Việc', [['Đơn vị', 'Xong'], ['A', 5]])
   */
  addSheet(name: string, rows: unknown[][] = [], index?: number): SheetModel {
    const sheet = this.insertSheet(name, index);
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== undefined && v !== null && v !== '') writeValue(sheet.ensureCell(r + 1, c + 1), v, this.timeZone);
      }),
    );
    return sheet;
  }

  /**
   * Test helper: what a user's "Duplicate" (Nhân bản) of a sheet makes — a copy right after it, named
   * "Bản sao của …", with a new sheet id and everything else copied: cells, merges, formats, charts,
   * protection and developer metadata (Sheets copies a sheet's metadata with it).
   * @example workbook.duplicateSheet('Báo cáo 12 tháng năm 2020').name // "Bản sao của Báo cáo 12 tháng năm 2020"
   */
  duplicateSheet(name: string): SheetModel {
    const original = this.requireSheet(name);
    let copyName = `Bản sao của ${name}`;
    for (let i = 2; this.sheets.some((s) => s.name.toLowerCase() === copyName.toLowerCase()); i++) copyName = `Bản sao của ${name} ${i}`;
    const copy = this.insertSheet(copyName, this.sheets.indexOf(original) + 1);
    const clone = <T>(x: T): T => structuredClone(x);
    copy.rows = clone(original.rows);
    copy.merges = clone(original.merges);
    copy.conditionalFormats = clone(original.conditionalFormats);
    copy.charts = clone(original.charts);
    copy.protections = clone(original.protections);
    copy.columnWidths = clone(original.columnWidths);
    copy.rowHeights = clone(original.rowHeights);
    copy.developerMetadata = original.developerMetadata.map((m) => ({ ...m, id: this.newMetadataId() }));
    copy.frozenRows = original.frozenRows;
    copy.frozenColumns = original.frozenColumns;
    copy.maxRows = original.maxRows;
    copy.maxColumns = original.maxColumns;
    copy.tabColor = original.tabColor;
    return copy;
  }

  /** Inserts an empty sheet, checking the name as Sheets does. */
  insertSheet(name: string, index?: number, id?: number): SheetModel {
    this.checkSheetName(name);
    const sheet = new SheetModel(name, id ?? this.newSheetId());
    if (id !== undefined && id >= this.nextSheetId) this.nextSheetId = id + 1;
    const at = index === undefined ? this.sheets.length : Math.max(0, Math.min(index, this.sheets.length));
    this.sheets.splice(at, 0, sheet);
    return sheet;
  }

  /** Throws Sheets' messages for a name too long, empty, or already used (case-insensitive). */
  checkSheetName(name: string, except?: SheetModel): void {
    if (name.trim() === '') throw new Error('Sheet name must not be empty.');
    if (name.length > MAX_SHEET_NAME)
      throw new Error(`The sheet name "${name}" is longer than ${MAX_SHEET_NAME} characters.`);
    const lower = name.toLowerCase();
    if (this.sheets.some((s) => s !== except && s.name.toLowerCase() === lower))
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
  }

  newSheetId(): number {
    // Sheets gives the first sheet id 0 and later ones large numbers; any unique number will do.
    return this.nextSheetId++;
  }

  newMetadataId(): number {
    return this.nextMetadataId++;
  }

  /** Keeps the id counter ahead of ids read from a file. */
  noteMetadataId(id: number): void {
    if (id >= this.nextMetadataId) this.nextMetadataId = id + 1;
  }
}
