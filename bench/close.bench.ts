/**
 * Benchmark (issue 14): closing and comparing a 200,000-case register through the built add-on in the
 * local runtime. A close re-reads the register, keeps its units, officers and every case (packed, see
 * src/core/close/packCases.ts) in the hidden snapshot sheet; a later report of the period compares with it.
 * Measured: the close's compute time and service calls, the packed size (characters, cells, cells a year
 * of monthly closes would take against Sheets' 10 million), and the report of the closed period after 100
 * cases moved between officers beside the same report with no close to compare. Times include the local
 * runtime reading the register from its in-memory sheet; Apps Script's transfer is not estimated here
 * (see scale.bench.ts for that estimate).
 */
import { runInContext } from 'node:vm';
import { firstDeclared } from './lib/build';
import { runtimeHost } from './lib/host';
import { makeRegister } from './lib/register';
import type { BenchReport, BenchRow } from './lib/result';
import { timedRow, unavailable } from './lib/result';
import { reportSettings } from './lib/settings';
import { collectGarbage, once, summarize } from './lib/stats';

const CASES = 200_000;
const SHEET = 'Sổ thụ lý';
const SNAPSHOT = 'THADS Chốt số liệu';
const MOVED = 100;
const RUNS = 3;

export async function run(): Promise<BenchReport> {
  const rows: BenchRow[] = [];
  const notes: string[] = [];
  const title = `Close and compare a ${CASES.toLocaleString('en')}-case register (chốt số liệu)`;
  if (!firstDeclared(['sidebarClosePeriod'])) {
    rows.push(unavailable('close', 'build declares no sidebarClosePeriod'));
    return { name: 'close', title, rows, notes };
  }
  const register = makeRegister({ cases: CASES, units: 30, officersPerUnit: 10 });
  // The synthetic register draws decision numbers at random (they repeat within a unit and day, which a
  // close refuses): here they are numbered within each unit, as an office numbers its decisions.
  const seq = new Map<unknown, number>();
  for (const r of register.slice(1)) {
    const n = (seq.get(r[2]) ?? 0) + 1;
    seq.set(r[2], n);
    r[1] = `${n}/QĐ-CCTHADS`;
  }
  const rt = await runtimeHost({ [SHEET]: { rows: register } });
  if (typeof rt === 'string') {
    rows.push(unavailable('close', rt));
    return { name: 'close', title, rows, notes };
  }
  const runtime = rt.runtime!;
  const arg = (v: unknown) => (runInContext('JSON.parse', runtime.context) as (s: string) => unknown)(JSON.stringify(v));
  const settings = reportSettings(SHEET);

  // The report with no close to compare (a second one: it also reads back the first one's sheet).
  const report = () => rt.call('sidebarMakeReport', arg(settings)) as { ok: boolean; message?: string };
  report();
  const plain: number[] = [];
  const plainCpu: number[] = [];
  let plainCalls = 0;
  for (let i = 0; i < RUNS; i++) {
    collectGarbage();
    runtime.calls.reset();
    const t = once(report);
    plainCalls = runtime.calls.total;
    plain.push(t.wall);
    plainCpu.push(t.cpu);
  }

  // Closes: the first creates the sheet, the next ones append (one write, one property write).
  const closes: number[] = [];
  const closesCpu: number[] = [];
  let closeCalls = 0;
  let failure: string | undefined;
  for (let i = 0; i <= RUNS && !failure; i++) {
    collectGarbage();
    runtime.calls.reset();
    let answer: { ok: boolean; message?: string } | undefined;
    const t = once(() => {
      answer = rt.call('sidebarClosePeriod', arg({ settings, closedBy: null })) as typeof answer;
    });
    if (!answer?.ok) failure = String(answer?.message ?? 'no answer').slice(0, 300);
    if (i >= 1) {
      closes.push(t.wall);
      closesCpu.push(t.cpu);
      closeCalls = runtime.calls.total;
    }
  }
  if (failure) {
    rows.push(unavailable('close', `the close answered: ${failure}`));
    return { name: 'close', title, rows, notes };
  }
  rows.push(timedRow(`re-close of the ${CASES.toLocaleString('en')}-case register, compute`, summarize(closes, closesCpu), undefined, { note: `${closeCalls} service calls (1 setValues, 1 setProperty)` }));

  const snapshot = runtime.workbook.sheet(SNAPSHOT)!;
  const values = snapshot.rows.map((r) => (r ?? []).map((c) => c?.value));
  const header = values[0] as string[];
  const kind = header.indexOf('Loại dòng');
  const data = header.indexOf('Dữ liệu');
  const ofClose = values.filter((r) => r[0] === RUNS + 1);
  const chunks = ofClose.filter((r) => r[kind] === 'cases').map((r) => String(r[data]));
  const chars = chunks.reduce((n, c) => n + c.length, 0);
  const cells = ofClose.length * header.length;
  rows.push({ label: 'packed cases of one close', value: `${(chars / 1e6).toFixed(2)} M characters, ${(chars / CASES).toFixed(1)} a case`, raw: chars, note: `${chunks.length} cells of ≤ ${Math.max(...chunks.map((c) => c.length)).toLocaleString('en')} characters (limit 50,000)` });
  rows.push({ label: 'cells of one close (rows × columns of the snapshot sheet)', value: cells.toLocaleString('en'), raw: cells, note: `${ofClose.length} rows: units, totals, officers, mapping, packed cases` });
  rows.push({ label: 'cells of a year of monthly closes (12)', value: (12 * cells).toLocaleString('en'), raw: 12 * cells, budget: '10,000,000', pass: 12 * cells <= 10_000_000, note: `${((12 * cells) / 1e5).toFixed(2)}% of the spreadsheet's limit` });

  // Compare: 100 cases moved to another officer of their unit, then the report of the closed period.
  const sheet = runtime.workbook.sheet(SHEET)!;
  for (let k = 0; k < MOVED; k++) sheet.ensureCell(2 + k * 1000, 4).value = `${String(register[1 + k * 1000]![3])} (chuyển)`;
  const compare: number[] = [];
  const compareCpu: number[] = [];
  let compareCalls = 0;
  let listed = 0;
  for (let i = 0; i < RUNS; i++) {
    collectGarbage();
    runtime.calls.reset();
    let answer: { ok: boolean; sheetName?: string; message?: string } | undefined;
    const t = once(() => {
      answer = report() as typeof answer;
    });
    if (!answer?.ok) {
      rows.push(unavailable('compare', String(answer?.message).slice(0, 300)));
      return { name: 'close', title, rows, notes };
    }
    compareCalls = runtime.calls.total;
    compare.push(t.wall);
    compareCpu.push(t.cpu);
    const text = runtime.workbook.sheet(answer.sheetName!)!.rows.map((r) => String(r?.[0]?.value ?? '')).join('\n');
    listed = (text.match(/\(chuyển\)\./g) ?? []).length;
  }
  const p = summarize(plain, plainCpu);
  const c = summarize(compare, compareCpu);
  rows.push(timedRow('report of the period, not closed, compute', p, undefined, { note: `${plainCalls} service calls` }));
  rows.push(
    timedRow(`report of the closed period with ${MOVED} cases moved, compute`, c, undefined, {
      note: `${compareCalls} service calls; +${(c.median - p.median).toFixed(0)} ms for the compare (read, unpack, re-cut, officers' pass); ${listed}/${MOVED} moved cases listed`,
    }),
  );
  notes.push('The register is bench/lib/register.ts with decision numbers renumbered within each unit (its random numbers repeat, which a close refuses).');
  notes.push('A close keeps every case whole (no deltas): each close is read and checked on its own.');
  return { name: 'close', title, rows, notes };
}
