/**
 * Benchmark 1 (issue 3): THADS_RATE and THADS_RANK over 100,000 rows through the built stubs,
 * as Sheets calls them: each argument a 100,000 × 1 range (a 2D array) made inside the script's
 * realm. Budget: 50 ms a call. Each result is checked against the domain formula on sample rows,
 * so a fast wrong answer cannot pass.
 */
import { declaredMatching, firstDeclared } from './lib/build';
import { customFunctionHost } from './lib/host';
import { between, seeded } from './lib/random';
import type { BenchReport, BenchRow } from './lib/result';
import { timedRow, unavailable } from './lib/result';
import { measure } from './lib/stats';
import { shownRate } from '../src/core/indicators/shownRate';

const ROWS = 100_000;
const BUDGET_MS = 50;

/** Đ, X1, X2 per row with X1 + X2 ≤ Đ, and a label column with a totals row every 1,000 rows. */
function makeColumns() {
  const rnd = seeded(3);
  const enforceable: number[] = [];
  const fully: number[] = [];
  const terminated: number[] = [];
  const labels: string[] = [];
  for (let i = 0; i < ROWS; i++) {
    const d = between(rnd, 1, 5000);
    const x1 = between(rnd, 0, d);
    const x2 = between(rnd, 0, Math.floor((d - x1) / 10));
    enforceable.push(d);
    fully.push(x1);
    terminated.push(x2);
    labels.push(i % 1000 === 999 ? 'Tổng cộng' : `Chi cục THADS huyện ${i + 1}`);
  }
  return { enforceable, fully, terminated, labels };
}

const col = (xs: readonly unknown[]) => xs.map((x) => [x]);

function cellAt(result: unknown, i: number): unknown {
  if (!Array.isArray(result)) return undefined;
  const row = result[i];
  return Array.isArray(row) ? row[0] : row;
}

export async function run(): Promise<BenchReport> {
  const rows: BenchRow[] = [];
  const notes: string[] = [];
  const { host, note } = await customFunctionHost();
  notes.push(note);
  const data = makeColumns();

  const rateName = firstDeclared(['THADS_RATE']);
  if (!rateName) {
    rows.push(unavailable('THADS_RATE(X1, Đ, X2), 100,000 × 1', `build/stubs.js declares no THADS_RATE (declared: ${declaredMatching(/^THADS_/).join(', ') || 'none'})`, `${BUDGET_MS} ms`));
  } else {
    const x1 = host.toRealm(col(data.fully));
    const d = host.toRealm(col(data.enforceable));
    const x2 = host.toRealm(col(data.terminated));
    const result = host.call(rateName, x1, d, x2);
    // Check sample rows against the domain formula rate = (X1 + X2) / Đ (domain §4).
    let wrong = 0;
    for (let i = 0; i < ROWS; i += 997) {
      const expected = (data.fully[i]! + data.terminated[i]!) / data.enforceable[i]!;
      const got = cellAt(result, i);
      if (typeof got !== 'number' || Math.abs(got - expected) > 1e-12) wrong++;
    }
    const t = measure(() => host.call(rateName, x1, d, x2), { warmup: 5, runs: 30 });
    rows.push(
      timedRow('THADS_RATE(X1, Đ, X2), 100,000 × 1 each', t, BUDGET_MS, {
        note: wrong ? `WRONG RESULT on ${wrong} sampled rows` : 'result checked on 101 sampled rows',
        ...(wrong ? { pass: false } : {}),
      }),
    );
    const t2 = measure(() => host.call(rateName, x1, d), { warmup: 5, runs: 30 });
    rows.push(timedRow('THADS_RATE(X, Đ), 100,000 × 1 each', t2, BUDGET_MS));
  }

  const rankName = firstDeclared(['THADS_RANK']);
  if (!rankName) {
    rows.push(unavailable('THADS_RANK(values, labels), 100,000 × 1', `build/stubs.js declares no THADS_RANK (declared: ${declaredMatching(/^THADS_/).join(', ') || 'none'})`, `${BUDGET_MS} ms`));
  } else {
    const rates = data.enforceable.map((dd, i) => (data.fully[i]! + data.terminated[i]!) / dd);
    const values = host.toRealm(col(rates));
    const labels = host.toRealm(col(data.labels));
    const result = host.call(rankName, values, labels);
    // Competition rank of row i = 1 + number of ranked rows with a strictly higher value, as shown
    // (THADS_RANK compares rates at two decimals of a percent: 84,881% and 84,879% tie).
    const shown = rates.map((r) => shownRate(r));
    const ranked = shown.filter((_, i) => data.labels[i] !== 'Tổng cộng').sort((a, b) => b - a);
    let wrong = 0;
    for (let i = 0; i < ROWS; i += 997) {
      const got = cellAt(result, i);
      if (data.labels[i] === 'Tổng cộng') {
        if (got !== '') wrong++;
        continue;
      }
      let lo = 0;
      let hi = ranked.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (ranked[mid]! > shown[i]!) lo = mid + 1;
        else hi = mid;
      }
      if (got !== lo + 1) wrong++;
    }
    const t = measure(() => host.call(rankName, values, labels), { warmup: 5, runs: 30 });
    rows.push(
      timedRow('THADS_RANK(values, labels), 100,000 × 1 each', t, BUDGET_MS, {
        note: wrong ? `WRONG RESULT on ${wrong} sampled rows` : 'result checked on 101 sampled rows (totals rows blank)',
        ...(wrong ? { pass: false } : {}),
      }),
    );
    const t2 = measure(() => host.call(rankName, values), { warmup: 5, runs: 30 });
    rows.push(timedRow('THADS_RANK(values), 100,000 × 1', t2, BUDGET_MS));
  }

  notes.push(
    'Inputs are made in the script realm before timing (Apps Script hands a range to the function already deserialized); the timed call is the stub → bundle → result array. 5 warm-up runs, 30 measured.',
  );
  return { name: 'cellFunctions', title: 'THADS_RATE and THADS_RANK over 100,000 rows', rows, notes };
}
