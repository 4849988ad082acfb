/**
 * Saves the in-memory Workbook as .xlsx: values, formulas with their cached results, number
 * formats, basic formatting, merges, sheet order, frozen panes, hidden sheets, and a veryHidden
 * metadata sheet. Charts and conditional format rules stay in the in-memory record only: exceljs
 * cannot write them the way Sheets stores them (see runtime/README.md).
 */
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Worksheet } from 'exceljs';
import { ExcelJS } from './excel';
import type { Workbook } from '../model/workbook';
import type { SheetModel } from '../model/sheet';
import type { Cell } from '../model/cell';
import { isDate } from '../model/cell';
import { toWallClock } from '../model/time';
import { rectA1 } from '../model/a1';
import { METADATA_SHEET, chunks } from './metadata';
import type { SavedMetadata } from './metadata';

export async function writeXlsx(wb: Workbook, path: string): Promise<void> {
  const x = new ExcelJS.Workbook();
  for (const sheet of wb.sheets) writeSheet(x.addWorksheet(sheet.name), sheet, wb.timeZone);
  const meta: SavedMetadata = {
    version: 1,
    id: wb.id,
    timeZone: wb.timeZone,
    locale: wb.locale,
    developerMetadata: wb.developerMetadata,
    documentProperties: wb.documentProperties,
    sheets: wb.sheets.map((s) => ({
      name: s.name,
      id: s.id,
      developerMetadata: s.developerMetadata,
      maxRows: s.maxRows,
      maxColumns: s.maxColumns,
      spills: spills(s),
    })),
  };
  const ms = x.addWorksheet(METADATA_SHEET, { state: 'veryHidden' });
  chunks(JSON.stringify(meta)).forEach((text, i) => {
    ms.getCell(i + 1, 1).value = text;
  });
  x.views = [{ activeTab: firstVisible(wb), x: 0, y: 0, width: 20000, height: 12000, visibility: 'visible' } as never];
  // Written beside the target then renamed, so a failure never leaves half a workbook behind.
  await mkdir(dirname(path), { recursive: true });
  const partial = `${path}.${process.pid}.partial`;
  try {
    await x.xlsx.writeFile(partial);
    await rename(partial, path);
  } finally {
    await rm(partial, { force: true });
  }
}

/** The bounding A1 range of each formula's spilled cells. */
function spills(sheet: SheetModel): Record<string, string> {
  const box = new Map<string, { r1: number; c1: number; r2: number; c2: number }>();
  sheet.rows.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (!cell?.spillFrom) return;
      const b = box.get(cell.spillFrom);
      if (!b) box.set(cell.spillFrom, { r1: r + 1, c1: c + 1, r2: r + 1, c2: c + 1 });
      else {
        b.r1 = Math.min(b.r1, r + 1);
        b.c1 = Math.min(b.c1, c + 1);
        b.r2 = Math.max(b.r2, r + 1);
        b.c2 = Math.max(b.c2, c + 1);
      }
    }),
  );
  const out: Record<string, string> = {};
  for (const [anchor, b] of box) out[anchor] = rectA1({ row: b.r1, column: b.c1, numRows: b.r2 - b.r1 + 1, numColumns: b.c2 - b.c1 + 1 });
  return out;
}

/** Excel refuses an active tab that is hidden. */
function firstVisible(wb: Workbook): number {
  const active = wb.sheets[wb.activeIndex];
  if (active && !active.hidden) return wb.activeIndex;
  return Math.max(0, wb.sheets.findIndex((s) => !s.hidden));
}

function writeSheet(ws: Worksheet, sheet: SheetModel, tz: string): void {
  if (sheet.hidden) ws.state = 'hidden';
  if (sheet.frozenRows || sheet.frozenColumns) {
    ws.views = [{ state: 'frozen', xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows }];
  }
  if (sheet.tabColor) ws.properties.tabColor = { argb: argb(sheet.tabColor) };
  sheet.rows.forEach((row, r) => {
    row?.forEach((cell, c) => {
      if (cell) writeCell(ws, r + 1, c + 1, cell, tz);
    });
  });
  for (const [col, px] of Object.entries(sheet.columnWidths)) ws.getColumn(Number(col)).width = px / 7;
  // Points in the file, pixels in Sheets (96 dpi): 21 px is Excel's 15.75 pt.
  for (const [row, px] of Object.entries(sheet.rowHeights)) ws.getRow(Number(row)).height = px * 0.75;
  for (const m of sheet.merges) ws.mergeCells(m.row, m.column, m.row + m.numRows - 1, m.column + m.numColumns - 1);
}

function writeCell(ws: Worksheet, r: number, c: number, cell: Cell, tz: string): void {
  const xc = ws.getCell(r, c);
  const value = isDate(cell.value) ? new Date(toWallClock(cell.value.getTime(), tz)) : cell.value;
  if (cell.formula) {
    const formula = cell.formula.slice(1);
    xc.value = (value === undefined ? { formula } : { formula, result: value }) as never;
  } else if (value !== undefined) {
    xc.value = value;
  }
  if (cell.numberFormat) xc.numFmt = cell.numberFormat;
  else if (isDate(cell.value)) xc.numFmt = 'dd/mm/yyyy';
  const st = cell.style;
  if (st) {
    if (st.fontWeight === 'bold' || st.fontColor) {
      xc.font = { ...(st.fontWeight === 'bold' ? { bold: true } : {}), ...(st.fontColor ? { color: { argb: argb(st.fontColor) } } : {}) };
    }
    if (st.background) xc.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(st.background) } };
    if (st.horizontalAlignment || st.wrap) {
      xc.alignment = {
        ...(st.horizontalAlignment ? { horizontal: st.horizontalAlignment as 'left' } : {}),
        ...(st.wrap ? { wrapText: true } : {}),
      };
    }
    if (st.border) {
      const thin = { style: 'thin' as const };
      xc.border = { top: thin, left: thin, bottom: thin, right: thin };
    }
  }
  if (cell.note) xc.note = cell.note;
}

/** "#1a73e8" or "red" → exceljs ARGB. Named colors other than a few fall back to black. */
function argb(color: string): string {
  const named: Record<string, string> = { red: 'ff0000', green: '008000', blue: '0000ff', white: 'ffffff', black: '000000', yellow: 'ffff00' };
  const hex = color.startsWith('#') ? color.slice(1) : (named[color.toLowerCase()] ?? '000000');
  const six = hex.length === 3 ? hex.split('').map((h) => h + h).join('') : hex;
  return ('FF' + six).toUpperCase();
}
