/** One custom-function formula being evaluated, and the row buckets that index them. */
import type { Rect } from '../model/a1';
import type { SheetModel } from '../model/sheet';
import type { Arg } from './parse';

export interface Job {
  sheet: SheetModel;
  row: number;
  column: number;
  formula: string;
  name: string;
  args: Arg[];
  refs: { sheet: SheetModel; rect: Rect }[];
  spill?: Rect;
  evaluatedAt: number;
  error?: string;
}

export const BUCKET_ROWS = 64;

/** Rows are indexed in buckets of BUCKET_ROWS, so a change finds the formulas reading it quickly. */
export function bucket(row: number): number {
  return Math.floor((row - 1) / BUCKET_ROWS);
}
