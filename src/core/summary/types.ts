import type { UnitIndicators, IndicatorOptions } from '../indicators/types';
import type { DetectedTable, DetectOptions } from '../table/types';
import type { Finding, Targets, UnitRecord } from '../types';
import type { UnitMatch } from './matchUnits';

/** Options of summarizeTable: detection options plus what the indicator engine needs. */
export interface SummarizeOptions extends DetectOptions {
  /** The targets of one row (a unit or a totals row). */
  targets: (row: UnitRecord) => Targets;
  options: IndicatorOptions;
  /** Same period last year, matched to this year's rows by matchUnits. */
  previous?: UnitRecord[];
  /** What the findings call the table `previous` came from (default "bảng so sánh"). */
  previousSource?: string;
  /**
   * The join of this year's rows with `previous` when the caller made it (the report: with the user's
   * «Đối chiếu đơn vị» sheet, mapUnits); absent: matchUnits by name.
   */
  match?: UnitMatch;
  /** What the unmatched-units finding tells the user to do (default: make the names the same). */
  unmatchedHint?: string;
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
