/**
 * Reads a fixture workbook the way the add-on sees a sheet: getValues() of the used range from A1
 * (blank cells "", merged cells' text in their top-left cell only) and getMergedRanges() (0-based).
 */
import ExcelJS from 'exceljs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MergeRange } from '../../../src/core/table/types';
import type { CellValue, Grid } from '../../../src/core/types';

export const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures');

export interface FixtureSheet {
  grid: Grid;
  merges: MergeRange[];
}

const cache = new Map<string, Promise<Map<string, FixtureSheet>>>();

/** Each workbook is read once per test file (the register has 20.000 rows); callers must not mutate the grids. */
export function readFixture(file: string): Promise<Map<string, FixtureSheet>> {
  let read = cache.get(file);
  if (!read) {
    read = load(file);
    cache.set(file, read);
  }
  return read;
}

async function load(file: string): Promise<Map<string, FixtureSheet>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(resolve(FIXTURES, file));
  const out = new Map<string, FixtureSheet>();
  wb.eachSheet((ws) => {
    const merges: MergeRange[] = [];
    const model = ws.model as unknown as { merges?: string[] };
    for (const ref of model.merges ?? []) {
      const [a, b] = ref.split(':') as [string, string];
      const p = address(a);
      const q = address(b ?? a);
      merges.push({ row: p.row, column: p.column, rows: q.row - p.row + 1, columns: q.column - p.column + 1 });
    }
    const rows = ws.rowCount;
    const cols = ws.columnCount;
    const grid: Grid = [];
    for (let r = 1; r <= rows; r++) {
      const line: CellValue[] = [];
      for (let c = 1; c <= cols; c++) {
        const cell = ws.getCell(r, c);
        line.push(cell.isMerged && cell.master.address !== cell.address ? '' : plain(cell.value));
      }
      grid.push(line);
    }
    out.set(ws.name, { grid, merges });
  });
  return out;
}

function plain(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v;
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('result' in v) return plain(v.result as ExcelJS.CellValue);
    if ('text' in v) return String(v.text);
    if ('error' in v) return String(v.error);
  }
  return '';
}

function address(a1: string): { row: number; column: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(a1.replace(/\$/g, ''));
  if (!m) throw new Error(`bad address ${a1}`);
  let column = 0;
  for (const ch of m[1] as string) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, column: column - 1 };
}
