/**
 * Issue 13's cost: the report over a whole workbook, through the BUILT add-on in the local runtime.
 * - Consolidation ("Tổng hợp nhiều trang", settings.consolidate): 30 unit tabs × 30 officers, each a
 *   Chi cục's own table (its name in the title, officer rows, a "Tổng cộng" row), one report row per tab.
 * - Month series ("Diễn biến", settings.series): 12 month tabs (cumulative months 1–12 of 2024) ×
 *   700 units, the report for month 12 with the trend section (the smaller size: months 7–12).
 * For each: the service calls of one report (the runtime counts them) at two sizes (10 vs 30 tabs,
 * 6 vs 12 months), which must differ by at most one read per extra tab (a read: the calls of
 * SheetsPort.readSheet — getSheetByName, getDataRange, getValues, getMergedRanges, getNumberFormats,
 * and four getters per merged range of the tab); and the wall time of the larger, budget 1 s.
 * The same property, counts only, is held by test/reliability/workbookCalls.test.ts.
 */
import { makeAggregatedTable } from './lib/aggregated';
import { firstDeclared } from './lib/build';
import type { AddonHost, SheetSpec } from './lib/host';
import { runtimeHost } from './lib/host';
import { officerName } from './lib/register';
import type { BenchReport, BenchRow } from './lib/result';
import { timedRow, unavailable } from './lib/result';
import { reportSettings } from './lib/settings';
import { collectGarbage, once, summarize } from './lib/stats';
import type { ReportSettings } from '../src/shared/rpc';

const BUDGET_MS = 1000;
const ACTION = 'sidebarMakeReport';

/** Calls one readSheet makes for a tab with `merges` merged ranges (src/server/gas/sheetsPort.ts). */
export function readCalls(merges: number): number {
  // getActiveSpreadsheet, getSheetByName, getDataRange, getValues, getMergedRanges, getNumberFormats.
  return 6 + 4 * merges;
}

export interface WorkbookCase {
  sheets: Record<string, SheetSpec>;
  settings: ReportSettings;
  /** The tabs the report reads. */
  tabs: number;
  /** Merged ranges of one tab (every tab has the same). */
  mergesPerTab: number;
}

/** `tabs` unit tabs of `officers` officers each, consolidated; money in nghìn đồng. */
export function consolidationCase(tabs: number, officers: number): WorkbookCase {
  const sheets: Record<string, SheetSpec> = {};
  const names: string[] = [];
  let merges = 0;
  for (let t = 0; t < tabs; t++) {
    const name = `Đơn vị ${String(t + 1).padStart(2, '0')}`;
    const table = makeAggregatedTable(officers, 1000 + t, false, {
      agency: `CHI CỤC THI HÀNH ÁN DÂN SỰ HUYỆN ${String(t + 1).padStart(2, '0')}`,
      label: (k) => officerName(t, k),
    });
    sheets[name] = { rows: table.rows, merges: table.merges };
    merges = table.merges.length;
    names.push(name);
  }
  const settings: ReportSettings = { ...reportSettings(names[0]!), consolidate: { sheets: names } };
  return { sheets, settings, tabs, mergesPerTab: merges };
}

/** Tab names of the cumulative months, as agencies keep them: T10 (month 1) … T9 (month 12). */
export function monthTabName(month: number): string {
  return `T${((month + 8) % 12) + 1}`;
}

/**
 * The last `months` month tabs of 2024 (cumulative months 13 − months … 12) over the same `units` units;
 * the report is for month 12 whatever the number of tabs, so two sizes differ only by the tabs read.
 */
export function seriesCase(months: number, units: number): WorkbookCase {
  const sheets: Record<string, SheetSpec> = {};
  let merges = 0;
  const list: { month: number; sheet: string }[] = [];
  for (let m = 13 - months; m <= 12; m++) {
    const table = makeAggregatedTable(units, 2024, false, { month: m });
    sheets[monthTabName(m)] = { rows: table.rows, merges: table.merges };
    merges = table.merges.length;
    list.push({ month: m, sheet: monthTabName(m) });
  }
  const settings: ReportSettings = { ...reportSettings(monthTabName(12)), series: { months: list, lastYear: [], missing: [] } };
  return { sheets, settings, tabs: months, mergesPerTab: merges };
}

type Outcome = { ok: true; units: number; findings: number } | { ok: false; message: string };

function makeReport(host: AddonHost, settings: ReportSettings): Outcome {
  try {
    const r = host.call(ACTION, settings) as { ok: boolean; message?: string; summary?: { units?: number }; findings?: unknown[] };
    if (r && r.ok) return { ok: true, units: Number(r.summary?.units), findings: r.findings?.length ?? 0 };
    return { ok: false, message: String(r?.message ?? JSON.stringify(r)).slice(0, 300) };
  } catch (e) {
    return { ok: false, message: (e instanceof Error ? e.message : String(e)).slice(0, 300) };
  }
}

interface Counted {
  total: number;
  byMethod: Record<string, number>;
  outcome: Outcome;
}

async function countCalls(c: WorkbookCase): Promise<Counted | string> {
  const host = await runtimeHost(c.sheets);
  if (typeof host === 'string') return host;
  const calls = host.runtime!.calls;
  calls.reset();
  const outcome = makeReport(host, c.settings);
  return { total: calls.total, byMethod: calls.byMethod(), outcome };
}

function diff(a: Record<string, number>, b: Record<string, number>): string {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return keys
    .filter((k) => (a[k] ?? 0) !== (b[k] ?? 0))
    .map((k) => `${k} +${(b[k] ?? 0) - (a[k] ?? 0)}`)
    .join(', ');
}

async function one(
  what: string,
  small: WorkbookCase,
  large: WorkbookCase,
  sizes: string,
  rows: BenchRow[],
  notes: string[],
): Promise<void> {
  const a = await countCalls(small);
  const b = await countCalls(large);
  if (typeof a === 'string' || typeof b === 'string') {
    rows.push(unavailable(`${what}: service calls`, typeof a === 'string' ? a : (b as string)));
    return;
  }
  for (const [c, k] of [[a, small], [b, large]] as const) {
    if (!c.outcome.ok) {
      rows.push(unavailable(`${what}, ${k.tabs} tabs`, `the report action answered: ${c.outcome.message}`));
      return;
    }
  }
  const extraTabs = large.tabs - small.tabs;
  const perTab = (b.total - a.total) / extraTabs;
  const oneRead = readCalls(large.mergesPerTab);
  // Each listing of the sheets (SheetsPort.listSheets) asks every sheet its name, whether hidden and its
  // metadata: a tab more in the workbook costs 3 calls in each listing, read or not.
  const listings = b.byMethod['Spreadsheet.getSheets'] ?? 0;
  const listed = 3 * listings;
  rows.push({
    label: `${what}: service calls, ${sizes}`,
    value: `${a.total} → ${b.total} (+${b.total - a.total} for ${extraTabs} tabs: ${perTab.toFixed(1)} a tab = read ${oneRead} + listed ${perTab - oneRead})`,
    raw: perTab,
    budget: `one read a tab (${oneRead} calls) + 3 in each of the ${listings} listings (${listed})`,
    pass: perTab <= oneRead + listed && (a.byMethod['Range.getValues'] ?? 0) + extraTabs === b.byMethod['Range.getValues'],
    note: `strictly one read a tab: ${perTab <= oneRead ? 'met' : `missed by the listings' ${perTab - oneRead} calls`}; grows: ${diff(a.byMethod, b.byMethod)}`,
  });
  const outcome = b.outcome as Extract<Outcome, { ok: true }>;
  notes.push(`${what}, ${large.tabs} tabs: ${outcome.units} report rows, ${outcome.findings} findings; calls by method: ${Object.entries(b.byMethod).map(([k, v]) => `${k} ${v}`).join(', ')}.`);

  // Fresh execution each run: a new runtime (vm context + workbook) made outside the timed region.
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < 10; i++) {
    const host = await runtimeHost(large.sheets);
    if (typeof host === 'string') break;
    collectGarbage();
    let result: Outcome | undefined;
    const t = once(() => (result = makeReport(host, large.settings)));
    if (!result?.ok) {
      rows.push(unavailable(`${what}, ${large.tabs} tabs`, `the report action answered: ${result && !result.ok ? result.message : '?'}`));
      return;
    }
    if (i >= 2) {
      wall.push(t.wall);
      cpu.push(t.cpu);
    }
  }
  rows.push(timedRow(`${what}: report of ${large.tabs} tabs, fresh execution`, summarize(wall, cpu), BUDGET_MS));
}

export async function run(): Promise<BenchReport> {
  const rows: BenchRow[] = [];
  const notes: string[] = [];
  const title = 'The report over a whole workbook: unit tabs consolidated, a month series (sidebarMakeReport)';
  if (!firstDeclared([ACTION])) {
    rows.push(unavailable('workbook reports', `build declares no ${ACTION}`, `${BUDGET_MS} ms`));
    return { name: 'workbook', title, rows, notes };
  }
  await one('30 unit tabs × 30 officers, consolidated', consolidationCase(10, 30), consolidationCase(30, 30), '10 → 30 tabs', rows, notes);
  await one('12 month tabs × 700 units, "Diễn biến"', seriesCase(6, 700), seriesCase(12, 700), '6 → 12 months', rows, notes);
  notes.push(
    'A read of a tab (SheetsPort.readSheet in src/server/gas/sheetsPort.ts): getActiveSpreadsheet, getSheetByName, getDataRange, getValues, getMergedRanges, getNumberFormats, and getRow/getColumn/getNumRows/getNumColumns per merged range (5 per tab here: 26 calls).',
    'Settings as the sidebar sends them (bench/lib/settings.ts) plus consolidate (every unit tab) or series (every month tab, no last-year tabs); each run in a fresh runtime (a new vm context: every Apps Script execution starts cold). Times include the runtime\'s in-memory service work, not Sheets\' server time per call.',
  );
  return { name: 'workbook', title, rows, notes };
}
