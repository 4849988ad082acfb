/**
 * Shared test harness of the reliability and security tests: the BUILT add-on in the local Apps Script
 * runtime, values made in the add-on's realm, a full snapshot of a workbook (values, formulas, formats,
 * merges, names, order, marks), and a fault injector that makes one service call throw midway.
 */
import { runInContext } from 'node:vm';
import { createRuntime, Workbook, type AppsScriptRuntime } from '../../runtime/index';
import type { SheetModel } from '../../runtime/model/sheet';

export { Workbook };
export type { AppsScriptRuntime };

/** The runtime over `workbook`, running build/*.js as Apps Script would. */
export async function runtimeOver(workbook: Workbook, activeSheet?: string): Promise<AppsScriptRuntime> {
  return createRuntime(activeSheet === undefined ? { workbook } : { workbook, activeSheet });
}

/**
 * `value` rebuilt with the arrays and Dates of the add-on's vm realm, as Sheets hands values over
 * (so a test cannot pass only because a Node array or Date slipped through).
 */
export function intoRealm(runtime: AppsScriptRuntime, value: unknown): unknown {
  const make = runInContext(
    '({ array: function () { return []; }, date: function (t) { return new Date(t); } })',
    runtime.context,
  ) as { array: () => unknown[]; date: (t: number) => Date };
  const convert = (v: unknown): unknown => {
    if (Array.isArray(v)) {
      const out = make.array();
      for (let i = 0; i < v.length; i++) out.push(convert(v[i]));
      return out;
    }
    if (Object.prototype.toString.call(v) === '[object Date]') return make.date((v as Date).getTime());
    return v;
  };
  return convert(value);
}

// ---------------------------------------------------------------------------------------------
// Snapshots: everything of a sheet a user could see or lose

export interface SheetSnapshot {
  name: string;
  index: number;
  id: number;
  hidden: boolean;
  frozenRows: number;
  frozenColumns: number;
  maxRows: number;
  maxColumns: number;
  tabColor: string | null;
  merges: unknown;
  conditionalFormats: unknown;
  charts: unknown;
  developerMetadata: unknown;
  protections: unknown;
  columnWidths: unknown;
  /** "R1C1" → the cell's value, formula, number format, note and style (blank cells left out). */
  cells: Record<string, unknown>;
}

function plain(x: unknown): unknown {
  return JSON.parse(
    JSON.stringify(x, function (this: Record<string, unknown>, key, v) {
      const raw = this[key];
      if (Object.prototype.toString.call(raw) === '[object Date]') return { date: (raw as Date).getTime() };
      return v;
    }),
  );
}

export function snapshotSheet(sheet: SheetModel, index: number): SheetSnapshot {
  const cells: Record<string, unknown> = {};
  sheet.rows.forEach((row, r) => {
    row?.forEach((cell, c) => {
      if (!cell) return;
      const kept = plain(cell) as Record<string, unknown>;
      if (Object.keys(kept).length > 0) cells[`R${r + 1}C${c + 1}`] = kept;
    });
  });
  return {
    name: sheet.name,
    index,
    id: sheet.id,
    hidden: sheet.hidden,
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenColumns,
    maxRows: sheet.maxRows,
    maxColumns: sheet.maxColumns,
    tabColor: sheet.tabColor,
    merges: plain(sheet.merges),
    conditionalFormats: plain(sheet.conditionalFormats),
    charts: plain(sheet.charts),
    developerMetadata: plain(sheet.developerMetadata),
    protections: plain(sheet.protections),
    columnWidths: plain(sheet.columnWidths),
    cells,
  };
}

/** Every sheet of the workbook, by sheet id. */
export function snapshotWorkbook(workbook: Workbook): Map<number, SheetSnapshot> {
  return new Map(workbook.sheets.map((s, i) => [s.id, snapshotSheet(s, i)]));
}

/** The workbook-level state an action must not lose either: document properties aside (settings are the add-on's). */
export function snapshotDocument(workbook: Workbook): unknown {
  return { sheets: [...snapshotWorkbook(workbook).values()], metadata: plain(workbook.developerMetadata) };
}

/**
 * The user's sheets of `before` as they are now, in the same relative order, compared field by field:
 * [] when nothing of them changed. A sheet the add-on created is not compared (it is listed apart).
 */
export function userSheetChanges(before: Map<number, SheetSnapshot>, workbook: Workbook): string[] {
  const after = snapshotWorkbook(workbook);
  const problems: string[] = [];
  const orderBefore = [...before.values()].sort((a, b) => a.index - b.index).map((s) => s.id).filter((id) => after.has(id));
  const orderAfter = [...after.values()].sort((a, b) => a.index - b.index).map((s) => s.id).filter((id) => before.has(id));
  if (orderAfter.join() !== orderBefore.join()) problems.push(`sheet order ${orderBefore} became ${orderAfter}`);
  for (const [id, old] of before) {
    const now = after.get(id);
    if (!now) {
      problems.push(`sheet "${old.name}" was deleted`);
      continue;
    }
    for (const key of Object.keys(old) as (keyof SheetSnapshot)[]) {
      if (key === 'index') continue; // relative order is checked above; new sheets may be inserted
      if (key === 'cells') {
        const all = new Set([...Object.keys(old.cells), ...Object.keys(now.cells)]);
        for (const a1 of all) {
          const x = JSON.stringify(old.cells[a1] ?? null);
          const y = JSON.stringify(now.cells[a1] ?? null);
          if (x !== y) problems.push(`sheet "${old.name}" ${a1}: ${x} became ${y}`);
        }
      } else if (JSON.stringify(old[key]) !== JSON.stringify(now[key])) {
        problems.push(`sheet "${old.name}" ${key}: ${JSON.stringify(old[key])} became ${JSON.stringify(now[key])}`);
      }
    }
  }
  return problems.slice(0, 20);
}

/** The add-on's mark of a sheet (developer metadata "thads.owner"), or null for a user's sheet. */
export function ownerOf(sheet: SheetModel): string | null {
  const m = sheet.developerMetadata.find((d) => d.key === 'thads.owner');
  return m ? m.value : null;
}

/** Sheets present now that were not in `before`, with their mark and visibility. */
export function newSheets(before: Map<number, SheetSnapshot>, workbook: Workbook): { name: string; owner: string | null; hidden: boolean }[] {
  return workbook.sheets.filter((s) => !before.has(s.id)).map((s) => ({ name: s.name, owner: ownerOf(s), hidden: s.hidden }));
}

/** Values of a sheet as the add-on would read them (blank = ""), rows trimmed to the used range. */
export function valuesOf(sheet: SheetModel): unknown[][] {
  const rows = sheet.lastRow();
  const cols = sheet.lastColumn();
  const out: unknown[][] = [];
  for (let r = 1; r <= rows; r++) {
    const row: unknown[] = [];
    for (let c = 1; c <= cols; c++) {
      const cell = sheet.cell(r, c);
      row.push(cell?.formula ? { formula: cell.formula } : (cell?.value ?? ''));
    }
    out.push(row);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Fault injection: one service call throws, as a quota error or a time-out would

export interface Fault {
  /** How many times the fault fired (1 when the call was reached, 0 when the run never made it). */
  fired: number;
  /** Removes the fault. */
  remove(): void;
}

/**
 * Makes the `nth` call (1-based) of the service method `key` ("Range.setValues", "Spreadsheet.insertSheet")
 * throw an error of the add-on's realm before the method runs, the way a failing service call does.
 * With `cutOff`, every later service call throws too: the run was killed there (time limit) and no
 * clean-up of the add-on can reach the spreadsheet.
 */
export function failNthCall(runtime: AppsScriptRuntime, key: string, nth: number, options: { cutOff?: boolean } = {}): Fault {
  const counter = runtime.calls as unknown as { count(key: string): void };
  const original = counter.count;
  const RealmError = runInContext('Error', runtime.context) as ErrorConstructor;
  let seen = 0;
  const fault: Fault = {
    fired: 0,
    remove() {
      counter.count = original;
    },
  };
  let dead = false;
  counter.count = function (this: unknown, k: string) {
    original.call(this, k);
    if (dead) throw new RealmError('Exceeded maximum execution time');
    if (k === key && ++seen === nth) {
      fault.fired++;
      // Cut off (the 6-minute limit): nothing after this point runs, not even the add-on's clean-up.
      if (options.cutOff) dead = true;
      throw new RealmError(options.cutOff ? 'Exceeded maximum execution time' : 'Service Spreadsheets failed while accessing document with id local.');
    }
  };
  return fault;
}
