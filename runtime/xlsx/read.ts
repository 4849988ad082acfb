/**
 * Loads an .xlsx into the in-memory Workbook: values, formulas with their cached results, number
 * formats, merges, sheet order, frozen panes, hidden sheets, and the metadata sheet (see metadata.ts).
 */
import { open, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Cell as XCell, Worksheet } from 'exceljs';
import { ExcelJS } from './excel';
import { Workbook } from '../model/workbook';
import type { SheetModel } from '../model/sheet';
import type { Cell, Value } from '../model/cell';
import { isDate } from '../model/cell';
import { fromWallClock } from '../model/time';
import { parseA1 } from '../model/a1';
import { RuntimeInputError } from '../errors';
import { METADATA_SHEET } from './metadata';
import type { SavedMetadata } from './metadata';

export async function readXlsx(path: string): Promise<Workbook> {
  await checkInputFile(path);
  const x = new ExcelJS.Workbook();
  try {
    await x.xlsx.readFile(path);
  } catch (e) {
    throw new RuntimeInputError(`Cannot read "${path}" as an .xlsx workbook: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  const wb = Workbook.empty();
  wb.name = basename(path, extname(path));
  const meta = readMetadata(x.getWorksheet(METADATA_SHEET));
  if (meta) {
    wb.id = meta.id;
    wb.timeZone = meta.timeZone;
    wb.locale = meta.locale;
    wb.developerMetadata = meta.developerMetadata;
    wb.documentProperties = meta.documentProperties;
  }
  const saved = new Map((meta?.sheets ?? []).map((s) => [s.name, s]));
  for (const ws of x.worksheets) {
    if (ws.name === METADATA_SHEET) continue;
    const info = saved.get(ws.name);
    const sheet = wb.insertSheet(ws.name, undefined, info?.id);
    if (info) {
      sheet.developerMetadata = info.developerMetadata;
      sheet.maxRows = info.maxRows;
      sheet.maxColumns = info.maxColumns;
    }
    readSheet(ws, sheet, wb.timeZone);
    markSpills(sheet, info?.spills ?? {});
  }
  for (const m of [...wb.developerMetadata, ...wb.sheets.flatMap((s) => s.developerMetadata)]) wb.noteMetadataId(m.id);
  if (wb.sheets.length === 0) throw new RuntimeInputError(`"${path}" holds no sheet.`);
  const active = x.views?.[0]?.activeTab ?? 0;
  wb.activeIndex = Math.min(Math.max(0, active), wb.sheets.length - 1);
  return wb;
}

/** A clear message before exceljs sees a file that is missing, a directory, or not a zip. */
async function checkInputFile(path: string): Promise<void> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new RuntimeInputError(`Input file not found: "${path}".`);
  }
  if (!info.isFile()) throw new RuntimeInputError(`"${path}" is not a file.`);
  if (extname(path).toLowerCase() !== '.xlsx')
    throw new RuntimeInputError(`"${path}" is not an .xlsx file (only Excel 2007+ workbooks, .xlsx, can be loaded).`);
  const fh = await open(path, 'r');
  try {
    const head = Buffer.alloc(4);
    const { bytesRead } = await fh.read(head, 0, 4, 0);
    if (bytesRead < 4 || head.readUInt32LE(0) !== 0x04034b50)
      throw new RuntimeInputError(`"${path}" is not a valid .xlsx workbook (the file is not a zip archive; is it corrupt or another format renamed?).`);
  } finally {
    await fh.close();
  }
}

/** Marks the cells a formula spilled into, so recalculate() may overwrite them again. */
function markSpills(sheet: SheetModel, spills: Record<string, string>): void {
  for (const [anchor, range] of Object.entries(spills)) {
    const ref = parseA1(range);
    if (!ref) continue;
    const { row, column, numRows, numColumns } = ref.rect;
    for (let r = row; r < row + numRows; r++)
      for (let c = column; c < column + numColumns; c++) {
        const cell = sheet.cell(r, c);
        if (cell && !cell.formula) cell.spillFrom = anchor;
      }
  }
}

function readMetadata(ws: Worksheet | undefined): SavedMetadata | undefined {
  if (!ws) return undefined;
  let json = '';
  for (let r = 1; r <= ws.rowCount; r++) {
    const v = ws.getCell(r, 1).value;
    if (typeof v !== 'string') break;
    json += v;
  }
  try {
    const parsed = JSON.parse(json) as SavedMetadata;
    return parsed.version === 1 ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function readSheet(ws: Worksheet, sheet: SheetModel, tz: string): void {
  sheet.hidden = ws.state === 'hidden' || ws.state === 'veryHidden';
  const view = ws.views?.[0];
  if (view && view.state === 'frozen') {
    sheet.frozenRows = view.ySplit ?? 0;
    sheet.frozenColumns = view.xSplit ?? 0;
  }
  const tab = ws.properties?.tabColor as { argb?: string } | undefined;
  if (tab?.argb) sheet.tabColor = '#' + tab.argb.slice(-6).toLowerCase();
  // Empty cells too: a cell with only a number format (the column a formula spills into, a
  // template's blank rows) keeps it, as Sheets does; cells with nothing at all are skipped below.
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    row.eachCell({ includeEmpty: true }, (xc, c) => {
      if (xc.type === ExcelJS.ValueType.Merge) return;
      const cell: Cell = {};
      readCell(xc, cell, tz);
      if (cell.value === undefined && cell.formula === undefined && cell.numberFormat === undefined && !cell.style) return;
      Object.assign(sheet.ensureCell(r, c), cell);
    });
  });
  const merges = (ws as unknown as { _merges: Record<string, { top: number; left: number; bottom: number; right: number }> })._merges;
  for (const m of Object.values(merges)) {
    sheet.merges.push({ row: m.top, column: m.left, numRows: m.bottom - m.top + 1, numColumns: m.right - m.left + 1 });
  }
  // ws.columns lists every column with a definition (a width), not only those holding values.
  (ws.columns ?? []).forEach((col, i) => {
    if (col?.width) sheet.columnWidths[i + 1] = Math.round(col.width * 7);
  });
}

function readCell(xc: XCell, cell: Cell, tz: string): void {
  const fmt = xc.numFmt;
  if (fmt && fmt !== 'General') cell.numberFormat = fmt;
  if (xc.font?.bold) cell.style = { fontWeight: 'bold' };
  const v = xc.value as unknown;
  if (v && typeof v === 'object' && !isDate(v)) {
    const o = v as Record<string, unknown>;
    if ('formula' in o || 'sharedFormula' in o) {
      cell.formula = '=' + xc.formula;
      const result = o.result;
      const value = plainValue(result, tz);
      if (value !== undefined) {
        cell.value = value;
        cell.computed = true;
      }
      return;
    }
  }
  const value = plainValue(v, tz);
  if (value !== undefined) cell.value = value;
}

/** exceljs value (number, string, Date in UTC wall clock, rich text, hyperlink, error) to a cell value. */
function plainValue(v: unknown, tz: string): Value | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (isDate(v)) return new Date(fromWallClock(v.getTime(), tz));
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((t) => t.text).join('');
    if (typeof o.text === 'string') return o.text;
    if (typeof o.error === 'string') return o.error;
  }
  return String(v);
}
