/**
 * What a benchmark returns and how the runner prints it: one Markdown row per measured figure,
 * with its budget and whether it was met. A figure that could not be measured carries the reason
 * ("not available: …") and never a number.
 */
import type { MemoryUse } from './memory';
import { formatMemory } from './memory';
import type { Timing } from './stats';

export interface BenchRow {
  /** What was measured, e.g. "THADS_RATE, 100 000 × 1". */
  label: string;
  /** A timed figure (median / p95 over `runs`). */
  timing?: Timing;
  /** A figure that is not a time (a size, a count, a ratio), already formatted. */
  value?: string;
  /** The raw number behind `value`, for latest.json. */
  raw?: number;
  /** The budget as text ("50 ms", "150 KB", "equal"). */
  budget?: string;
  /** true met, false missed, undefined when there is no budget (checked on the median wall time). */
  pass?: boolean;
  /** Whether the median CPU time is within the budget: tells a loaded machine from a slow call. */
  cpuPass?: boolean;
  memory?: MemoryUse;
  /** Set when the figure could not be measured: why. */
  unavailable?: string;
  /** One line of context. */
  note?: string;
}

export interface BenchReport {
  /** File name stem: bench/<name>.bench.ts. */
  name: string;
  title: string;
  rows: BenchRow[];
  /** Assumptions and remarks printed under the table. */
  notes: string[];
}

/** A row for a figure whose piece does not exist yet. */
export function unavailable(label: string, why: string, budget?: string): BenchRow {
  return { label, unavailable: why, ...(budget ? { budget } : {}) };
}

/** A timed row checked against a budget in ms (the median must be within it). */
export function timedRow(label: string, timing: Timing, budgetMs?: number, extra: Partial<BenchRow> = {}): BenchRow {
  return {
    label,
    timing,
    ...(budgetMs === undefined
      ? {}
      : {
          budget: `${budgetMs} ms`,
          pass: timing.median <= budgetMs,
          ...(timing.cpuMedian === undefined ? {} : { cpuPass: timing.cpuMedian <= budgetMs }),
        }),
    ...extra,
  };
}

export function ms(x: number): string {
  if (!Number.isFinite(x)) return '—';
  return x < 10 ? `${x.toFixed(2)} ms` : x < 1000 ? `${x.toFixed(1)} ms` : `${(x / 1000).toFixed(2)} s`;
}

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** The Markdown table of one or more reports. */
export function renderMarkdown(reports: readonly BenchReport[]): string {
  const lines: string[] = [];
  for (const r of reports) {
    lines.push(`### ${r.title} (\`${r.name}\`)`, '');
    lines.push('| benchmark | median (wall) | CPU median | p95 (wall) | runs | value | budget | result | peak memory | note |');
    lines.push('|---|---|---|---|---|---|---|---|---|---|');
    for (const row of r.rows) {
      const result = row.unavailable
        ? 'not available'
        : row.pass === undefined
          ? '—'
          : row.pass
            ? 'PASS'
            : row.cpuPass
              ? 'FAIL (CPU time within)'
              : 'FAIL';
      const note = row.unavailable ? `not available: ${row.unavailable}` : (row.note ?? '');
      lines.push(
        `| ${[
          row.label,
          row.timing ? ms(row.timing.median) : '',
          row.timing?.cpuMedian !== undefined ? ms(row.timing.cpuMedian) : '',
          row.timing ? ms(row.timing.p95) : '',
          row.timing ? String(row.timing.runs) : '',
          row.value ?? '',
          row.budget ?? '',
          result,
          row.memory ? formatMemory(row.memory) : '',
          note,
        ]
          .map(cell)
          .join(' | ')} |`,
      );
    }
    if (r.notes.length) {
      lines.push('');
      for (const n of r.notes) lines.push(`- ${n}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
