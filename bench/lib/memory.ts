/**
 * Memory of one synchronous operation. A timer cannot fire inside synchronous work, so the true
 * peak cannot be sampled; two bounds are reported instead:
 * - lower: heapUsed right after the call minus heapUsed before it (the baseline taken after a
 *   full collection with --expose-gc): what the call allocated and had not yet had collected;
 * - upper: the process's peak RSS so far (getrusage maxrss), which includes everything the
 *   process held before, the test data included.
 */
import { collectGarbage } from './stats';

export interface MemoryUse {
  /** heapUsed after the operation minus heapUsed before it (after a GC), MB. */
  heapDeltaMB: number;
  /** RSS after the operation minus RSS before it, MB. */
  rssDeltaMB: number;
  /** Process RSS after the operation, MB. */
  rssMB: number;
  /** The process's peak RSS so far (getrusage maxrss), MB: an upper bound of the operation's peak. */
  maxRssMB: number;
  /** Whether the baseline was taken after a forced GC (node --expose-gc). */
  gcForced: boolean;
}

const MB = 1024 * 1024;

/** Runs `fn` once and reports how much memory it left allocated, with its result. */
export function measureMemory<T>(fn: () => T): { result: T; memory: MemoryUse } {
  collectGarbage();
  const before = process.memoryUsage();
  const result = fn();
  const after = process.memoryUsage();
  return {
    result,
    memory: {
      heapDeltaMB: (after.heapUsed - before.heapUsed) / MB,
      rssDeltaMB: (after.rss - before.rss) / MB,
      rssMB: after.rss / MB,
      maxRssMB: process.resourceUsage().maxRSS / 1024,
      gcForced: typeof (globalThis as { gc?: unknown }).gc === 'function',
    },
  };
}

/** "12.3 MB heap, +40.1 MB RSS (RSS 210 MB)" */
export function formatMemory(m: MemoryUse): string {
  return `heap ${signed(m.heapDeltaMB)} MB, RSS ${signed(m.rssDeltaMB)} MB (RSS ${m.rssMB.toFixed(0)} MB, process peak ${m.maxRssMB.toFixed(0)} MB)`;
}

function signed(x: number): string {
  return `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(1)}`;
}
