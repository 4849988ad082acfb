/**
 * Benchmark 4 (issue 4): reading the sheets agencies keep, through the built files.
 * - Detection + THADS_SUMMARY on a 1,000-unit aggregated table (title rows, a two-row header with
 *   "Về việc" / "Về tiền" merged over their blocks, a row of column numbers, a "Tổng cộng" row):
 *   budget 300 ms.
 * - Detection alone on the same sheet through the sidebar's detect action (with merged ranges,
 *   as the sidebar reads them), when the runtime and that action exist: budget 300 ms.
 * - Aggregation of a 200,000-case register into per-unit figures: budget 300 ms.
 * - THADS_SUMMARY over a 50,000-row × 32-column aggregated table (issue 10): budget 500 ms and
 *   60 MB of heap growth over the call (what our code allocates beyond the input array).
 * Peak memory (heap and RSS growth over one call, after a forced GC) is reported for each.
 */
import { makeAggregatedTable } from './lib/aggregated';
import { declaredMatching, firstDeclared } from './lib/build';
import { byLabel, describeTable } from './lib/grid';
import { customFunctionHost, runtimeHost } from './lib/host';
import { measureMemory } from './lib/memory';
import { expectedRate, makeRegister, unitName, REGISTER_OPTIONS } from './lib/register';
import type { BenchReport, BenchRow } from './lib/result';
import { timedRow, unavailable } from './lib/result';
import { measure } from './lib/stats';

const UNITS = 1_000;
const CASES = 200_000;
const BUDGET_MS = 300;
const LARGE_UNITS = 50_000;
const LARGE_BUDGET_MS = 500;
const LARGE_BUDGET_MB = 60;

/** Calls `fn` once to check it works; returns the result or the error message. */
function tryCall(call: () => unknown): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: call() };
  } catch (e) {
    return { ok: false, message: (e instanceof Error ? e.message : String(e)).slice(0, 300) };
  }
}

/** Summary rows for units: result rows minus the header, for the sanity check. */
function unitRows(result: unknown): number {
  return Array.isArray(result) ? result.length - 1 : 0;
}

export async function run(): Promise<BenchReport> {
  const rows: BenchRow[] = [];
  const notes: string[] = [];
  const { host, note } = await customFunctionHost();
  notes.push(note);
  const summary = firstDeclared(['THADS_SUMMARY']);
  const declared = declaredMatching(/^THADS_/).join(', ') || 'none';

  // --- 1,000-unit aggregated table --------------------------------------------------------------
  const table = makeAggregatedTable(UNITS);
  if (!summary) {
    rows.push(unavailable(`detection + THADS_SUMMARY, ${UNITS} units`, `build/stubs.js declares no THADS_SUMMARY (declared: ${declared})`, `${BUDGET_MS} ms`));
  } else {
    const input = host.toRealm(table.rows);
    const first = tryCall(() => host.call(summary, input));
    if (!first.ok) {
      rows.push(unavailable(`detection + THADS_SUMMARY, ${UNITS} units`, `the call failed: ${first.message}`, `${BUDGET_MS} ms`));
    } else {
      // Sanity: one row per unit plus the totals row; rate of unit 1 = X / Đ of its việc block.
      const rates = byLabel(first.value, 'Tỷ lệ việc');
      const u = table.rows[table.firstUnitRow]!;
      const expected = ((u[10] as number) + (u[11] as number)) / (u[9] as number);
      const got = rates?.get(unitName(0));
      const check = typeof got === 'number' && Math.abs(got - expected) < 1e-9 ? 'unit 1 rate checked' : `UNEXPECTED RESULT: unit 1 rate ${String(got)} vs ${expected} (${describeTable(first.value)})`;
      const t = measure(() => host.call(summary, input), { warmup: 3, runs: 20 });
      const { memory } = measureMemory(() => host.call(summary, input));
      rows.push(
        timedRow(`detection + THADS_SUMMARY, ${UNITS} units × ${table.rows[0]!.length} columns`, t, BUDGET_MS, {
          memory,
          note: `${unitRows(first.value)} result rows; ${check}`,
          ...(check.startsWith('UNEXPECTED') ? { pass: false } : {}),
        }),
      );
    }
  }

  // --- 50,000 rows × 32 columns (issue 10) ------------------------------------------------------------
  if (summary) {
    const large = makeAggregatedTable(LARGE_UNITS, 2024, true);
    const label = `THADS_SUMMARY, ${LARGE_UNITS.toLocaleString('en')} rows × ${large.rows[0]!.length} columns`;
    const input = host.toRealm(large.rows);
    const first = tryCall(() => host.call(summary, input));
    if (!first.ok) {
      rows.push(unavailable(label, `the call failed: ${first.message}`, `${LARGE_BUDGET_MS} ms`));
    } else {
      const u = large.rows[large.firstUnitRow]!;
      const expected = ((u[10] as number) + (u[11] as number)) / (u[9] as number);
      const got = byLabel(first.value, 'Tỷ lệ việc')?.get(unitName(0));
      const check = typeof got === 'number' && Math.abs(got - expected) < 1e-9 && unitRows(first.value) === LARGE_UNITS + 1 ? 'unit 1 rate checked' : `UNEXPECTED RESULT: ${unitRows(first.value)} rows, unit 1 rate ${String(got)} vs ${expected}`;
      const t = measure(() => host.call(summary, input), { warmup: 2, runs: 9, gcBetween: true });
      const { memory } = measureMemory(() => host.call(summary, input));
      rows.push(timedRow(label, t, LARGE_BUDGET_MS, { memory, note: check, ...(check.startsWith('UNEXPECTED') ? { pass: false } : {}) }));
      rows.push({
        label: `${label}: heap growth over one call (after a forced GC; the input array excluded)`,
        value: `${memory.heapDeltaMB.toFixed(1)} MB`,
        raw: memory.heapDeltaMB,
        budget: `${LARGE_BUDGET_MB} MB`,
        pass: memory.heapDeltaMB <= LARGE_BUDGET_MB,
      });
    }
  }

  // Detection alone, as the sidebar does it (with merged ranges), needs the runtime and the action.
  const rt = await runtimeHost({ 'Báo cáo 12 tháng': { rows: table.rows, merges: table.merges } });
  if (typeof rt === 'string') {
    rows.push(unavailable(`detection via sidebarDetect, ${UNITS} units`, rt, `${BUDGET_MS} ms`));
  } else if (!firstDeclared(['sidebarDetect'])) {
    rows.push(unavailable(`detection via sidebarDetect, ${UNITS} units`, 'build declares no sidebarDetect', `${BUDGET_MS} ms`));
  } else {
    const request = { source: { sheet: 'Báo cáo 12 tháng', range: null, mapping: null }, moneyUnit: null, notRanked: [] };
    const first = tryCall(() => rt.call('sidebarDetect', request));
    const ok = first.ok && typeof first.value === 'object' && first.value !== null && (first.value as { ok?: unknown }).ok === true;
    if (!ok) {
      rows.push(unavailable(`detection via sidebarDetect, ${UNITS} units`, `the action did not detect the table: ${first.ok ? JSON.stringify(first.value).slice(0, 300) : first.message}`, `${BUDGET_MS} ms`));
    } else {
      const t = measure(() => rt.call('sidebarDetect', request), { warmup: 3, runs: 20 });
      const { memory } = measureMemory(() => rt.call('sidebarDetect', request));
      rows.push(timedRow(`detection via sidebarDetect (runtime, sheet read included), ${UNITS} units`, t, BUDGET_MS, { memory }));
    }
  }

  // --- 200,000-case register ----------------------------------------------------------------------
  const registerFn = firstDeclared(['THADS_REGISTER', 'THADS_AGGREGATE', 'THADS_SUMMARY']);
  const register = makeRegister({ cases: CASES, units: 30, officersPerUnit: 10 });
  if (!registerFn) {
    rows.push(unavailable(`register aggregation, ${CASES.toLocaleString('en')} cases`, `no register aggregation declared (declared: ${declared})`, `${BUDGET_MS} ms`));
  } else {
    const input = host.toRealm(register);
    const options = host.toRealm(REGISTER_OPTIONS);
    const first = tryCall(() => host.call(registerFn, input, undefined, undefined, options));
    if (!first.ok) {
      rows.push(unavailable(`register aggregation via ${registerFn}, ${CASES.toLocaleString('en')} cases`, `the call failed: ${first.message}`, `${BUDGET_MS} ms`));
    } else {
      const expected = expectedRate(register, 2, 5, unitName(0));
      const got = byLabel(first.value, 'Tỷ lệ việc')?.get(unitName(0));
      const check = typeof got === 'number' && Math.abs(got - expected) < 1e-9 ? 'unit 1 rate checked against the domain formula' : `UNEXPECTED RESULT: unit 1 rate ${String(got)} vs ${expected}`;
      const t = measure(() => host.call(registerFn, input, undefined, undefined, options), { warmup: 2, runs: 10 });
      const { memory } = measureMemory(() => host.call(registerFn, input, undefined, undefined, options));
      rows.push(
        timedRow(`register aggregation via ${registerFn}, ${CASES.toLocaleString('en')} cases × ${register[0]!.length} columns`, t, BUDGET_MS, {
          memory,
          note: `${unitRows(first.value)} result rows (30 units + totals expected); ${check}`,
          ...(check.startsWith('UNEXPECTED') ? { pass: false } : {}),
        }),
      );
    }
  }
  notes.push(
    'Memory: heap growth over one call after a forced GC (a lower bound of its peak: garbage made and dropped inside the call is not seen) and the process\'s peak RSS so far (an upper bound: it includes the test data and earlier benchmarks).',
    `Register: ${CASES.toLocaleString('en')} synthetic cases in 30 units (bench/lib/register.ts), 9 columns including dates and amounts, header row first.`,
  );
  return { name: 'table', title: 'Table detection, THADS_SUMMARY and register aggregation', rows, notes };
}
