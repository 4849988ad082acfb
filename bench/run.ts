/**
 * `npm run bench` — builds, then runs every benchmark in sequence through the built files and
 * prints one Markdown table per benchmark with the machine; writes bench/results/latest.json.
 * `npm run bench -- <name> [<name> …]` runs only those (names: see BENCHMARKS).
 *
 * Run with --expose-gc (this script re-executes itself with it when it is missing) so that memory
 * baselines are taken after a full collection.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { root, snapshotBuild } from './lib/build';
import { describeMachine } from './lib/machine';
import type { BenchReport } from './lib/result';
import { renderMarkdown } from './lib/result';

/** Every benchmark, in the order they run; each module exports `run(): Promise<BenchReport>`. */
const BENCHMARKS: Record<string, () => Promise<{ run: () => Promise<BenchReport> }>> = {
  coldStart: () => import('./coldStart.bench'),
  cellFunctions: () => import('./cellFunctions.bench'),
  officers: () => import('./officers.bench'),
  peers: () => import('./peers.bench'),
  table: () => import('./table.bench'),
  report: () => import('./report.bench'),
  workbook: () => import('./workbook.bench'),
  sidebar: () => import('./sidebar.bench'),
  scale: () => import('./scale.bench'),
  close: () => import('./close.bench'),
};

async function main(): Promise<void> {
  const hasGc = typeof (globalThis as { gc?: unknown }).gc === 'function';
  if (!hasGc && !process.env.THADS_BENCH_CHILD) {
    // Re-run under node --expose-gc, keeping tsx's loader.
    const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', ...process.argv.slice(1)], {
      stdio: 'inherit',
      env: { ...process.env, THADS_BENCH_CHILD: '1' },
    });
    process.exit(child.status ?? 1);
  }

  const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const unknown = wanted.filter((w) => !(w in BENCHMARKS));
  if (unknown.length) {
    console.error(`Unknown benchmark(s): ${unknown.join(', ')}. Known: ${Object.keys(BENCHMARKS).join(', ')}`);
    process.exit(2);
  }
  const names = wanted.length ? wanted : Object.keys(BENCHMARKS);

  const snapshot = snapshotBuild();
  const machine = describeMachine();
  console.log(
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, Node ${machine.node} (V8 ${machine.v8}), ${machine.platform}, gc ${machine.gcExposed ? 'exposed' : 'NOT exposed'}, load average ${machine.loadAverage} at start${machine.loadAverage > machine.cores * 0.5 ? ' (other work is competing for the CPU: times are noisy)' : ''}\n`,
  );

  console.log(`Build measured: a snapshot of build/ taken at start, in ${snapshot}\n`);
  const reports: BenchReport[] = [];
  for (const name of names) {
    const started = Date.now();
    let report: BenchReport;
    try {
      const mod = await BENCHMARKS[name]!();
      report = await mod.run();
    } catch (e) {
      const why = e instanceof Error ? e.message.split('\n')[0]! : String(e);
      report = {
        name,
        title: name,
        rows: [{ label: name, unavailable: `the benchmark failed: ${why}` }],
        notes: [],
      };
    }
    report.notes.push(`load average after this benchmark: ${os.loadavg()[0]!.toFixed(2)} (${machine.cores} cores)`);
    reports.push(report);
    console.log(renderMarkdown([report]));
    console.log(`(${name}: ${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  }

  const dir = join(root, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'latest.json'),
    JSON.stringify({ date: new Date().toISOString(), machine, reports }, null, 2),
  );
  const missed = reports.flatMap((r) => r.rows.filter((row) => row.pass === false).map((row) => `${r.name}: ${row.label}`));
  const na = reports.flatMap((r) => r.rows.filter((row) => row.unavailable).map((row) => `${r.name}: ${row.label}`));
  console.log(`Budgets missed: ${missed.length ? missed.join('; ') : 'none'}`);
  console.log(`Not available: ${na.length ? na.join('; ') : 'none'}`);
  console.log(`Results written to bench/results/latest.json`);
  if (snapshot !== join(root, 'build')) rmSync(dirname(snapshot), { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
