/**
 * Benchmark 3 (issue 3): cold start. Every custom-function call in Apps Script evaluates the
 * whole project before running the function, so the cost of a fresh `vm` context plus evaluating
 * all of build/*.js is paid once per call, and it grows with the bundle (ceiling 250 KB for
 * build/*.js in total, also held by test/build). Cold start is measured and reported, not a budget
 * (issue 10): about 7 ms is small beside Apps Script's own per-execution cost, so no clarity is
 * spent on shaving it.
 */
import vm from 'node:vm';
import { buildScripts } from './lib/build';
import type { BenchReport, BenchRow } from './lib/result';
import { timedRow, unavailable } from './lib/result';
import { measure, msSince } from './lib/stats';

const BUDGET_KB = 250;

export async function run(): Promise<BenchReport> {
  const scripts = buildScripts();
  const rows: BenchRow[] = [];
  const notes: string[] = [];
  if (scripts.length === 0) {
    rows.push(unavailable('cold start', 'build/ has no .js file: run `npm run build`'));
    return { name: 'coldStart', title: 'Cold start and bundle size', rows, notes };
  }

  const totalBytes = scripts.reduce((s, f) => s + f.bytes, 0);
  rows.push({
    label: `build/*.js size (${scripts.map((f) => `${f.name} ${(f.bytes / 1024).toFixed(1)} KB`).join(', ')})`,
    value: `${(totalBytes / 1024).toFixed(1)} KB`,
    raw: totalBytes,
    budget: `${BUDGET_KB} KB`,
    pass: totalBytes <= BUDGET_KB * 1024,
  });

  // Every run compiles anew: a unique salt defeats V8's in-isolate compilation cache, which
  // Apps Script cannot be assumed to give us.
  let n = 0;
  const evaluate = () => {
    const context = vm.createContext({});
    const salt = `cold-${n++}-${Math.random()}`;
    for (const f of scripts) vm.runInContext(`${f.source}\n//# ${salt}`, context, { filename: f.name });
    return context;
  };

  const first = process.hrtime.bigint();
  evaluate();
  const firstMs = msSince(first);

  const cold = measure(evaluate, { warmup: 3, runs: 60, gcBetween: true });
  rows.push(
    timedRow('fresh vm context + evaluate build/*.js (no compile cache)', cold, undefined, {
      note: `first run in this process: ${firstMs.toFixed(2)} ms; measured, not a budget (retired in issue 10)`,
    }),
  );

  // Where the time goes: compiling the source vs running its top-level code (module bodies,
  // schema objects built at load) in a fresh context.
  let k = 0;
  const compile = measure(() => scripts.map((f) => new vm.Script(`${f.source}\n//# compile-${k++}`, { filename: f.name })), { warmup: 3, runs: 40, gcBetween: true });
  rows.push(timedRow('of which: compile build/*.js (no cache)', compile));
  const topLevel = measure(
    (compiled: vm.Script[]) => {
      const context = vm.createContext({});
      for (const s of compiled) s.runInContext(context);
    },
    { warmup: 3, runs: 40, gcBetween: true },
    () => scripts.map((f) => new vm.Script(`${f.source}\n//# top-${k++}`, { filename: f.name })),
  );
  rows.push(timedRow('of which: run the top-level code of build/*.js in a fresh context (compiled beforehand)', topLevel));

  const contextOnly = measure(() => vm.createContext({}), { warmup: 3, runs: 60, gcBetween: true });
  rows.push(timedRow('of which: empty vm context alone', contextOnly));

  // The same with V8's compilation cache warm (same source text each time): the floor.
  const warm = measure(
    () => {
      const context = vm.createContext({});
      for (const f of scripts) vm.runInContext(f.source, context, { filename: f.name });
    },
    { warmup: 3, runs: 60, gcBetween: true },
  );
  rows.push(timedRow('fresh vm context + evaluate build/*.js (compile cache warm)', warm));

  notes.push(
    'Cold start is what every custom-function call pays in Apps Script before the function runs. Each measured run compiles the source anew (a unique comment appended), as Apps Script offers no guarantee of a code cache; the cached figure is the lower bound.',
    'The context is bare (no Apps Script service objects); creating the services is Apps Script\'s cost, not the bundle\'s.',
  );
  return { name: 'coldStart', title: 'Cold start and bundle size', rows, notes };
}
