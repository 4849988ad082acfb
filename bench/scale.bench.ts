/**
 * Benchmark 6 (issue 6, "Scale"): the largest input a user can have, a 200,000-row case register
 * (9 columns: 1.8 million cells, close to the 2 million cells a script can be handed), through
 * the reader (the register aggregated by the custom function) and through the report action.
 * Our compute time is measured here; the Apps Script wall time is ESTIMATED against the 30-second
 * (custom function) and 6-minute (report) limits by adding what cannot be measured here:
 *   wall ≈ cells / getValues throughput + compute × V8 factor (+ service calls × call latency)
 * with the assumptions below, printed with every run. Override them with the environment
 * variables THADS_BENCH_CELLS_PER_SECOND, THADS_BENCH_V8_FACTOR, THADS_BENCH_CALL_MS.
 */
import { declaredMatching, firstDeclared } from './lib/build';
import { customFunctionHost, runtimeHost } from './lib/host';
import { measureMemory } from './lib/memory';
import { REGISTER_HEADER, makeRegister, REGISTER_OPTIONS } from './lib/register';
import type { BenchReport, BenchRow } from './lib/result';
import { timedRow, unavailable } from './lib/result';
import { reportSettings } from './lib/settings';
import { collectGarbage, measure, once, summarize } from './lib/stats';

const CASES = 200_000;
const CELLS = (CASES + 1) * REGISTER_HEADER.length;
const CUSTOM_FUNCTION_LIMIT_S = 30;
const SCRIPT_LIMIT_S = 360;

function envNumber(name: string, fallback: number): number {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

/**
 * Assumed: Sheets hands a script 100,000 cells a second through getValues() (or as a custom
 * function's range argument). A conservative figure chosen for the estimate, not a measurement:
 * it cannot be measured without Google's servers.
 */
const CELLS_PER_SECOND = envNumber('THADS_BENCH_CELLS_PER_SECOND', 100_000);
/** Assumed: Apps Script's V8 runs our code 3× slower than Node on this machine (shared servers). */
const V8_FACTOR = envNumber('THADS_BENCH_V8_FACTOR', 3);
/** Assumed: each Spreadsheet service call costs 50 ms of server round trip. */
const CALL_MS = envNumber('THADS_BENCH_CALL_MS', 50);

function estimateRow(label: string, parts: { transferS: number; computeMs: number; calls?: number }, limitS: number): BenchRow {
  const compute = (parts.computeMs * V8_FACTOR) / 1000;
  const calls = ((parts.calls ?? 0) * CALL_MS) / 1000;
  const total = parts.transferS + compute + calls;
  return {
    label,
    value: `≈ ${total.toFixed(1)} s`,
    raw: total,
    budget: `${limitS} s`,
    pass: total <= limitS,
    note: `margin ${(limitS / total).toFixed(1)}× — getValues ${parts.transferS.toFixed(1)} s + compute ${compute.toFixed(1)} s${parts.calls !== undefined ? ` + ${parts.calls} service calls ${calls.toFixed(1)} s` : ''}`,
  };
}

export async function run(): Promise<BenchReport> {
  const rows: BenchRow[] = [];
  const notes: string[] = [];
  const title = 'Scale: a 200,000-row case register against Apps Script\'s limits';
  const transferS = CELLS / CELLS_PER_SECOND;
  notes.push(
    `ASSUMPTION (not measurable here): Sheets hands a script ${CELLS_PER_SECOND.toLocaleString('en')} cells/s via getValues() or a custom function's range argument, so the register's ${CELLS.toLocaleString('en')} cells cost ${transferS.toFixed(1)} s before our code runs. A conservative figure; set THADS_BENCH_CELLS_PER_SECOND to change it.`,
    `ASSUMPTION: Apps Script's V8 runs our code ${V8_FACTOR}× slower than Node on this machine (THADS_BENCH_V8_FACTOR).`,
    `ASSUMPTION: each Spreadsheet service call of the report costs ${CALL_MS} ms of round trip (THADS_BENCH_CALL_MS); builder calls (conditional formats, chart) are counted as calls too, which overstates.`,
  );
  const register = makeRegister({ cases: CASES, units: 30, officersPerUnit: 10 });

  // --- the reader: the register through the custom function --------------------------------------
  const fn = firstDeclared(['THADS_REGISTER', 'THADS_AGGREGATE', 'THADS_SUMMARY']);
  const { host, note } = await customFunctionHost();
  notes.push(note);
  let readerOk = false;
  if (!fn) {
    rows.push(unavailable(`reader: ${CASES.toLocaleString('en')}-case register`, `no register function declared (declared: ${declaredMatching(/^THADS_/).join(', ') || 'none'})`));
  } else {
    const input = host.toRealm(register);
    const options = host.toRealm(REGISTER_OPTIONS);
    let error: string | undefined;
    try {
      host.call(fn, input, undefined, undefined, options);
    } catch (e) {
      error = (e instanceof Error ? e.message : String(e)).slice(0, 300);
    }
    if (error) {
      rows.push(unavailable(`reader: ${fn}(register of ${CASES.toLocaleString('en')} cases)`, `the call failed: ${error}`));
    } else {
      readerOk = true;
      const t = measure(() => host.call(fn, input, undefined, undefined, options), { warmup: 1, runs: 7, gcBetween: true });
      const { memory } = measureMemory(() => host.call(fn, input, undefined, undefined, options));
      rows.push(timedRow(`reader: ${fn}(register of ${CASES.toLocaleString('en')} cases × ${REGISTER_HEADER.length} columns), compute`, t, undefined, { memory }));
      rows.push(estimateRow('reader as a custom function in Apps Script, estimated wall time', { transferS, computeMs: t.median }, CUSTOM_FUNCTION_LIMIT_S));
    }
  }

  // --- the report on the register -----------------------------------------------------------------
  const sheet = 'Sổ thụ lý';
  if (!firstDeclared(['sidebarMakeReport'])) {
    rows.push(unavailable('report on the register', 'build declares no sidebarMakeReport'));
  } else {
    const times: number[] = [];
    const cpu: number[] = [];
    let calls = 0;
    let failure: string | undefined;
    for (let i = 0; i < 4 && !failure; i++) {
      const rt = await runtimeHost({ [sheet]: { rows: register } });
      if (typeof rt === 'string') {
        failure = rt;
        break;
      }
      collectGarbage();
      rt.runtime!.calls.reset();
      let answer: { ok?: boolean; message?: string } | undefined;
      const t = once(() => {
        try {
          answer = rt.call('sidebarMakeReport', reportSettings(sheet)) as typeof answer;
        } catch (e) {
          answer = { ok: false, message: e instanceof Error ? e.message : String(e) };
        }
      });
      if (!answer?.ok) failure = `the report action answered: ${String(answer?.message ?? JSON.stringify(answer)).slice(0, 300)}`;
      calls = rt.runtime!.calls.total;
      if (i >= 1) {
        times.push(t.wall);
        cpu.push(t.cpu);
      }
    }
    if (failure) {
      rows.push(unavailable(`report on the ${CASES.toLocaleString('en')}-case register`, failure));
    } else {
      const t = summarize(times, cpu);
      rows.push(timedRow(`report on the ${CASES.toLocaleString('en')}-case register (fresh runtime each run), compute`, t, undefined, { note: `${calls} service calls; includes the local runtime reading ${CELLS.toLocaleString('en')} cells from its in-memory sheet` }));
      rows.push(estimateRow('report in Apps Script, estimated wall time', { transferS, computeMs: t.median, calls }, SCRIPT_LIMIT_S));
    }
  }
  if (!readerOk) notes.push('Without a measured compute time no wall time is estimated: an estimate needs the measurement.');
  notes.push(`Estimate = cells / throughput + measured compute median × V8 factor (+ service calls × latency for the report).`);
  return { name: 'scale', title, rows, notes };
}
