import type { Grid } from '../types';
import type { DetectOptions, DetectionResult } from './types';

/** Placeholder while detection is written (contract only). */
export function detectTable(grid: Grid, opts?: DetectOptions): DetectionResult {
  void grid;
  void opts;
  return { ok: false, message: 'Chưa cài đặt.' };
}
