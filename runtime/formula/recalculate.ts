/**
 * runtime.recalculate(): evaluates every cell whose formula is one call of a top-level function of
 * the context (our custom functions), with Sheets' argument conventions, and spills the results.
 * Formulas that read another's output are re-evaluated until nothing changes (bounded).
 */
import type { Rect } from '../model/a1';
import { cellA1, intersects, rectA1 } from '../model/a1';
import type { Value } from '../model/cell';
import { isBlank, isDate } from '../model/cell';
import type { SheetModel } from '../model/sheet';
import { toValue } from '../model/write';
import type { Env } from '../services/env';
import { parseCall } from './parse';
import type { Job } from './job';
import { bucket } from './job';
import { CellError, argValue } from './args';
import { CIRCULAR, inCycles } from './cycles';

/** Re-evaluation rounds before a still-changing formula is called circular. */
const MAX_PASSES = 20;

export interface FormulaCell {
  sheet: string;
  a1: string;
  formula: string;
}

export interface RecalcReport {
  computed: FormulaCell[];
  errors: (FormulaCell & { message: string })[];
  uncomputed: FormulaCell[];
}

/** Calls a top-level function of the context in custom-function mode. */
export type Invoke = (name: string, args: unknown[]) => unknown;

export function recalculate(env: Env, functionName: (name: string) => string | undefined, invoke: Invoke): RecalcReport {
  const report: RecalcReport = { computed: [], errors: [], uncomputed: [] };
  const jobs: Job[] = [];
  for (const sheet of env.workbook.sheets) {
    const spills = new Map<string, Rect>();
    sheet.rows.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (cell?.spillFrom) spills.set(cell.spillFrom, grow(spills.get(cell.spillFrom), r + 1, c + 1));
        if (!cell?.formula) return;
        const call = parseCall(cell.formula);
        const name = call && functionName(call.name);
        if (call && name) {
          jobs.push({ sheet, row: r + 1, column: c + 1, formula: cell.formula, name, args: call.args, refs: [], evaluatedAt: -1 });
        } else if (!cell.computed) {
          report.uncomputed.push({ sheet: sheet.name, a1: cellA1(r + 1, c + 1), formula: cell.formula });
        }
      }),
    );
    // What each formula spilled in an earlier recalculation (or before a save), so it can be cleared.
    for (const job of jobs) if (job.sheet === sheet) job.spill = spills.get(anchorKey(job));
  }
  const changes: { sheet: SheetModel; rect: Rect; at: number; by: Job }[] = [];
  let clock = 0;
  const run = (job: Job) => {
    const before = job.spill;
    const changed = evaluate(env, job, invoke);
    job.evaluatedAt = ++clock;
    if (changed) {
      const anchor = { row: job.row, column: job.column, numRows: 1, numColumns: 1 };
      for (const rect of [anchor, before, job.spill]) if (rect) changes.push({ sheet: job.sheet, rect, at: clock, by: job });
    }
  };
  jobs.forEach(run);
  // Which formulas read which rows, in buckets of rows, so a change finds its readers quickly.
  const readers = new Map<SheetModel, Map<number, Job[]>>();
  for (const j of jobs) {
    for (const ref of j.refs) {
      let bySheet = readers.get(ref.sheet);
      if (!bySheet) readers.set(ref.sheet, (bySheet = new Map()));
      for (let b = bucket(ref.rect.row); b <= bucket(ref.rect.row + ref.rect.numRows - 1); b++) {
        const list = bySheet.get(b);
        if (list) list.push(j);
        else bySheet.set(b, [j]);
      }
    }
  }
  let dirty: Job[] = [];
  let seen = 0;
  for (let pass = 1; pass <= MAX_PASSES; pass++) {
    // Changes older than the last check were seen then: whatever they touched was re-evaluated since.
    const fresh = changes.slice(seen);
    seen = changes.length;
    const found = new Set<Job>();
    for (const ch of fresh) {
      const bySheet = readers.get(ch.sheet);
      if (!bySheet) continue;
      for (let b = bucket(ch.rect.row); b <= bucket(ch.rect.row + ch.rect.numRows - 1); b++) {
        for (const j of bySheet.get(b) ?? []) {
          if (ch.at > j.evaluatedAt && ch.by !== j && j.refs.some((r) => r.sheet === ch.sheet && intersects(r.rect, ch.rect))) found.add(j);
        }
      }
    }
    dirty = jobs.filter((j) => found.has(j));
    if (dirty.length === 0) break;
    dirty.forEach(run);
  }
  for (const j of new Set([...dirty, ...inCycles(jobs)])) {
    j.error = CIRCULAR;
    clearSpill(j);
    writeAnchor(j, '#REF!');
  }
  for (const j of jobs) {
    const at: FormulaCell = { sheet: j.sheet.name, a1: cellA1(j.row, j.column), formula: j.formula };
    if (j.error !== undefined) report.errors.push({ ...at, message: j.error });
    else report.computed.push(at);
  }
  return report;
}

/** Evaluates one formula; true when what it shows changed. */
function evaluate(env: Env, job: Job, invoke: Invoke): boolean {
  const before = snapshot(job);
  job.refs = [];
  delete job.error;
  let result: Value[][];
  const selection = env.activeRange;
  try {
    const args = job.args.map((a) => argValue(env, job, a));
    env.activeRange = { sheet: job.sheet, rect: { row: job.row, column: job.column, numRows: 1, numColumns: 1 } };
    result = toMatrix(invoke(job.name, args));
  } catch (e) {
    const code = e instanceof CellError ? e.code : '#ERROR!';
    job.error = errorMessage(e);
    clearSpill(job);
    writeAnchor(job, code);
    return snapshot(job) !== before;
  } finally {
    // The user's selection comes back once the formula is done.
    if (selection) env.activeRange = selection;
    else delete env.activeRange;
  }
  const rect: Rect = { row: job.row, column: job.column, numRows: result.length, numColumns: result[0]?.length ?? 1 };
  const key = anchorKey(job);
  const blocker = findBlocker(job.sheet, rect, key);
  if (blocker) {
    clearSpill(job);
    job.error = `Array result was not expanded because it would overwrite data in ${blocker}.`;
    writeAnchor(job, '#REF!');
    return snapshot(job) !== before;
  }
  clearSpill(job, rect);
  result.forEach((line, r) =>
    line.forEach((v, c) => {
      if (r === 0 && c === 0) return;
      const cell = job.sheet.ensureCell(job.row + r, job.column + c);
      if (v === undefined) delete cell.value;
      else cell.value = v;
      cell.spillFrom = key;
    }),
  );
  writeAnchor(job, result[0]?.[0]);
  job.spill = rect.numRows > 1 || rect.numColumns > 1 ? rect : undefined;
  return snapshot(job) !== before;
}

function grow(rect: Rect | undefined, row: number, column: number): Rect {
  if (!rect) return { row, column, numRows: 1, numColumns: 1 };
  const r1 = Math.min(rect.row, row);
  const c1 = Math.min(rect.column, column);
  const r2 = Math.max(rect.row + rect.numRows - 1, row);
  const c2 = Math.max(rect.column + rect.numColumns - 1, column);
  return { row: r1, column: c1, numRows: r2 - r1 + 1, numColumns: c2 - c1 + 1 };
}

function anchorKey(job: Job): string {
  return cellA1(job.row, job.column);
}

function writeAnchor(job: Job, v: Value | undefined): void {
  const cell = job.sheet.ensureCell(job.row, job.column);
  if (v === undefined) delete cell.value;
  else cell.value = v;
  cell.computed = true;
}

/** The first non-empty cell (not ours) the spill would cover, in A1; undefined when it fits. */
function findBlocker(sheet: SheetModel, rect: Rect, key: string): string | undefined {
  for (let r = rect.row; r < rect.row + rect.numRows; r++) {
    for (let c = rect.column; c < rect.column + rect.numColumns; c++) {
      if (r === rect.row && c === rect.column) continue;
      const cell = sheet.cell(r, c);
      if (cell && !isBlank(cell) && cell.spillFrom !== key) return cellA1(r, c);
      if (cell?.formula) return cellA1(r, c);
    }
  }
  return undefined;
}

/** Removes what this formula spilled before, except cells inside `keep`. */
function clearSpill(job: Job, keep?: Rect): void {
  const old = job.spill;
  job.spill = undefined;
  if (!old) return;
  const key = anchorKey(job);
  for (let r = old.row; r < old.row + old.numRows; r++) {
    for (let c = old.column; c < old.column + old.numColumns; c++) {
      if (r === job.row && c === job.column) continue;
      if (keep && intersects(keep, { row: r, column: c, numRows: 1, numColumns: 1 })) continue;
      const cell = job.sheet.cell(r, c);
      if (cell?.spillFrom === key) {
        delete cell.value;
        delete cell.spillFrom;
      }
    }
  }
}

/** What the formula shows, to tell whether a re-evaluation changed anything. */
function snapshot(job: Job): string {
  const cells: unknown[] = [job.sheet.cell(job.row, job.column)?.value, job.error];
  const s = job.spill;
  if (s) {
    cells.push(rectA1(s));
    for (let r = s.row; r < s.row + s.numRows; r++)
      for (let c = s.column; c < s.column + s.numColumns; c++) cells.push(job.sheet.cell(r, c)?.value);
  }
  return JSON.stringify(cells);
}

/** A custom function's return value as rows of cell values; a 1D array fills a column. */
function toMatrix(result: unknown): Value[][] {
  if (!Array.isArray(result)) return [[cellValue(result)]];
  if (result.length === 0) return [[undefined as unknown as Value]];
  const rows = result.map((row) => (Array.isArray(row) ? row.map(cellValue) : [cellValue(row)]));
  const width = Math.max(...rows.map((r) => r.length));
  // Sheets pads short rows with blanks.
  return rows.map((r) => (r.length < width ? [...r, ...new Array<Value>(width - r.length)] : r));
}

function cellValue(v: unknown): Value {
  if (isDate(v)) return new Date((v as Date).getTime());
  return toValue(v) as Value;
}

function errorMessage(e: unknown): string {
  if (typeof e === 'object' && e !== null && 'message' in e) return String((e as { message: unknown }).message);
  return String(e);
}
