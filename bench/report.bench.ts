/**
 * Benchmark 5, first half (issue 5): the report the sidebar's "Tạo báo cáo" makes
 * (sidebarMakeReport), in the local runtime over an aggregated table of 10 and of 700 units
 * (about the number of district-level units before 2025, the largest table a user has).
 * - Service calls for 10 and for 700 units: budget equal (the count must not grow with units).
 * - Time for 700 units: budget 200 ms. Measured in a fresh runtime each run (a new vm context,
 *   as every Apps Script execution starts cold), and warm (a re-run in the same context).
 *   The figure includes the local runtime's in-memory service work; it excludes what Sheets'
 *   servers take to answer the service calls, which cannot be measured here.
 */
import { makeAggregatedTable } from './lib/aggregated';
import { firstDeclared } from './lib/build';
import type { AddonHost } from './lib/host';
import { runtimeHost } from './lib/host';
import { measureMemory } from './lib/memory';
import type { BenchReport, BenchRow } from './lib/result';
import { timedRow, unavailable } from './lib/result';
import { reportSettings } from './lib/settings';
import { collectGarbage, measure, once, summarize } from './lib/stats';

const SHEET = 'Báo cáo 12 tháng';
const BUDGET_MS = 200;
const ACTION = 'sidebarMakeReport';

async function hostFor(units: number): Promise<AddonHost | string> {
  const table = makeAggregatedTable(units);
  return runtimeHost({ [SHEET]: { rows: table.rows, merges: table.merges } });
}

type Outcome = { ok: true; sheetName: string; units: number } | { ok: false; message: string };

function makeReport(host: AddonHost): Outcome {
  try {
    const r = host.call(ACTION, reportSettings(SHEET)) as { ok: boolean; message?: string; sheetName?: string; summary?: { units?: number } };
    if (r && r.ok) return { ok: true, sheetName: String(r.sheetName), units: Number(r.summary?.units) };
    return { ok: false, message: String(r?.message ?? JSON.stringify(r)).slice(0, 300) };
  } catch (e) {
    return { ok: false, message: (e instanceof Error ? e.message : String(e)).slice(0, 300) };
  }
}

/** Service calls of one report on a fresh workbook: total and by method. */
async function countCalls(units: number): Promise<{ total: number; byMethod: Record<string, number>; outcome: Outcome } | string> {
  const host = await hostFor(units);
  if (typeof host === 'string') return host;
  const calls = host.runtime!.calls;
  calls.reset();
  const outcome = makeReport(host);
  return { total: calls.total, byMethod: calls.byMethod(), outcome };
}

function diff(a: Record<string, number>, b: Record<string, number>): string {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return keys
    .filter((k) => (a[k] ?? 0) !== (b[k] ?? 0))
    .map((k) => `${k} ${a[k] ?? 0} → ${b[k] ?? 0}`)
    .join(', ');
}

export async function run(): Promise<BenchReport> {
  const rows: BenchRow[] = [];
  const notes: string[] = [];
  const title = 'The report for 700 units (sidebarMakeReport)';
  if (!firstDeclared([ACTION])) {
    rows.push(unavailable('report, service calls 10 vs 700 units', `build declares no ${ACTION}`, 'equal'));
    rows.push(unavailable('report, 700 units', `build declares no ${ACTION}`, `${BUDGET_MS} ms`));
    return { name: 'report', title, rows, notes };
  }

  const small = await countCalls(10);
  const large = await countCalls(700);
  if (typeof small === 'string' || typeof large === 'string') {
    const why = typeof small === 'string' ? small : (large as string);
    rows.push(unavailable('report, service calls 10 vs 700 units', why, 'equal'));
    rows.push(unavailable('report, 700 units', why, `${BUDGET_MS} ms`));
    return { name: 'report', title, rows, notes };
  }
  for (const [n, c] of [[10, small], [700, large]] as const) {
    if (!c.outcome.ok) {
      rows.push(unavailable(`report, ${n} units`, `the report action answered: ${c.outcome.message}`));
    }
  }
  if (!small.outcome.ok || !large.outcome.ok) {
    rows.push(unavailable('report, service calls 10 vs 700 units', 'the report action did not succeed', 'equal'));
    return { name: 'report', title, rows, notes };
  }
  rows.push({
    label: 'service calls, report of 10 units → 700 units',
    value: `${small.total} → ${large.total}`,
    raw: large.total - small.total,
    budget: 'equal',
    pass: small.total === large.total,
    note: small.total === large.total ? `reported units: ${small.outcome.units} and ${large.outcome.units}` : `grows: ${diff(small.byMethod, large.byMethod)}`,
  });
  notes.push(`Service calls for 700 units by method: ${Object.entries(large.byMethod).map(([k, v]) => `${k} ${v}`).join(', ')}.`);

  // Fresh execution each run: a new runtime (vm context + workbook) made outside the timed region.
  const fresh: number[] = [];
  const freshCpu: number[] = [];
  for (let i = 0; i < 12; i++) {
    const host = await hostFor(700);
    if (typeof host === 'string') break;
    collectGarbage();
    const t = once(() => makeReport(host));
    if (i >= 2) {
      fresh.push(t.wall);
      freshCpu.push(t.cpu);
    }
  }
  rows.push(timedRow('report of 700 units, fresh execution (new context each run)', summarize(fresh, freshCpu), BUDGET_MS));

  const host = await hostFor(700);
  if (typeof host !== 'string') {
    const warm = measure(() => makeReport(host), { warmup: 3, runs: 15, gcBetween: true });
    const { memory } = measureMemory(() => makeReport(host));
    rows.push(timedRow('report of 700 units, warm (re-run in the same context, replacing its report)', warm, BUDGET_MS, { memory }));
  }
  const host10 = await hostFor(10);
  if (typeof host10 !== 'string') {
    const warm = measure(() => makeReport(host10), { warmup: 3, runs: 15, gcBetween: true });
    rows.push(timedRow('report of 10 units, warm', warm));
  }
  notes.push(
    'Settings as the sidebar sends them: year 2024, 12 months, regime B, uniform targets 83,25% / 46,45% (national 2024, domain §6), ranked by the việc rate (bench/lib/settings.ts).',
    'Times include the local runtime\'s in-memory service work (writing cells, formats, the chart record); Sheets\' own server time per service call is not in them (see the scale benchmark for an estimate).',
  );
  return { name: 'report', title, rows, notes };
}
