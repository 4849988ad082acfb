import type { UnitIndicators, IndicatorOptions } from '../indicators/types';
import type { DetectedTable, DetectOptions } from '../table/types';
import type { Finding, Targets, UnitRecord } from '../types';

/** Options of summarizeTable: detection options plus what the indicator engine needs. */
export interface SummarizeOptions extends DetectOptions {
  /** The targets of one row (a unit or a totals row). */
  targets: (row: UnitRecord) => Targets;
  options: IndicatorOptions;
  /** Same period last year, matched to this year's rows by matchUnits. */
  previous?: UnitRecord[];
  /** What the findings call the table `previous` came from (default "bảng so sánh"). */
  previousSource?: string;
}

/** One table read, computed, ranked and checked. */
export type SummaryResult =
  | {
      ok: true;
      table: DetectedTable;
      /** One per table row incl. totals, in sheet order, ranked. */
      indicators: UnitIndicators[];
      findings: Finding[];
    }
  | { ok: false; message: string };
