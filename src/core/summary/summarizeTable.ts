import type { Grid } from '../types';
import type { SummarizeOptions, SummaryResult } from './types';

/** Placeholder while the summary is written (contract only). */
export function summarizeTable(grid: Grid, opts: SummarizeOptions): SummaryResult {
  void grid;
  void opts;
  return { ok: false, message: 'Chưa cài đặt.' };
}
