/**
 * Timing helpers: wall time with process.hrtime.bigint(), warm-up runs discarded, median and p95
 * over the measured runs. The median is what a budget is checked against; p95 shows the spread
 * (a garbage collection landing inside one run, for instance).
 */

/** Milliseconds elapsed since `start` (a process.hrtime.bigint() reading). */
export function msSince(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/**
 * The q-quantile of a sample by the nearest-rank method (no interpolation: every reported figure
 * is a run that really happened).
 *
 * @example quantile([5, 1, 3], 0.5) // 3
 */
export function quantile(sample: readonly number[], q: number): number {
  if (sample.length === 0) return Number.NaN;
  const sorted = [...sample].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[rank - 1]!;
}

export interface Timing {
  /** Median of the measured runs, ms. */
  median: number;
  /** 95th percentile (nearest rank), ms. */
  p95: number;
  /** Fastest run, ms. */
  min: number;
  /** Number of measured runs (warm-up runs excluded). */
  runs: number;
  /**
   * Median CPU time (user + system) of the process over a run, ms, when measured: less sensitive
   * than wall time to other work on the machine, but it counts GC helper threads too.
   */
  cpuMedian?: number;
}

function cpuMs(before: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(before);
  return (d.user + d.system) / 1000;
}

export interface MeasureOptions {
  /** Runs discarded before measuring (JIT warm-up). */
  warmup: number;
  /** Runs measured. */
  runs: number;
  /** Collect garbage before each run (needs --expose-gc), so one run does not pay for the last. */
  gcBetween?: boolean;
}

/** Runs global.gc when node was started with --expose-gc; a no-op otherwise. */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
}

/**
 * Times `fn` `runs` times after `warmup` discarded runs. `fn` may prepare its input in `setup`,
 * outside the timed region.
 *
 * @example measure(() => work(), { warmup: 3, runs: 20 }).median
 */
export function measure<T>(
  fn: (input: T) => unknown,
  options: MeasureOptions,
  setup: () => T = () => undefined as T,
): Timing {
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < options.warmup + options.runs; i++) {
    const input = setup();
    if (options.gcBetween) collectGarbage();
    const cpuStart = process.cpuUsage();
    const start = process.hrtime.bigint();
    fn(input);
    const elapsed = msSince(start);
    const cpuElapsed = cpuMs(cpuStart);
    if (i >= options.warmup) {
      times.push(elapsed);
      cpu.push(cpuElapsed);
    }
  }
  return summarize(times, cpu);
}

/** Median, p95 and min of a sample of times in ms. */
export function summarize(times: readonly number[], cpu?: readonly number[]): Timing {
  return {
    median: quantile(times, 0.5),
    p95: quantile(times, 0.95),
    min: times.length ? Math.min(...times) : Number.NaN,
    runs: times.length,
    ...(cpu && cpu.length ? { cpuMedian: quantile(cpu, 0.5) } : {}),
  };
}

/** Times one synchronous run: wall and CPU. */
export function once(fn: () => unknown): { wall: number; cpu: number } {
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  fn();
  const wall = msSince(start);
  return { wall, cpu: cpuMs(cpuStart) };
}
