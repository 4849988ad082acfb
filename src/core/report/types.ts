/**
 * The report as data (mô hình báo cáo): what the add-on writes into the report sheet and what the
 * demo draws as a page. Pure: built from the indicator engine's results, laid out by `layoutReport`.
 */
import type { UnitIndicators } from '../indicators/types';
import type { Finding, Period, Regime } from '../types';
import type { ReportOfficers } from './officerTable';
import type { ReportTrend } from './trend';

/** A value in the report's table: a number, text ("5/15", "chưa có chỉ tiêu"), or "" for none. */
export type ReportCell = string | number;

/** Sheets number-format patterns (never the user's locale: a vi_VN sheet shows 1.234 and 84,88%). */
export const FORMAT = {
  count: '#,##0',
  money: '#,##0',
  /** Amounts in triệu or tỷ đồng, which the sheets keep with decimals. */
  moneyDecimals: '#,##0.00',
  rate: '0.00%',
  /** A difference in percentage points, signed: "+4,88%" / "-3,12%". */
  points: '+0.00%;-0.00%;0.00%',
  ratio: '#,##0.0',
  /** A signed difference of counts or amounts ("tăng 57 việc" / "giảm …"): "+57", "-125". */
  change: '+#,##0;-#,##0;0',
  /** The same, for amounts in triệu or tỷ đồng. */
  changeDecimals: '+#,##0.00;-#,##0.00;0.00',
  text: 'General',
} as const;

/** What a column shows; the key names the quantity ("viec.rate") so charts and rules find it. */
export interface ReportColumn {
  key: string;
  header: string;
  format: string;
  /** Cells compared with a target get coloured: "rate" red below the target column, "gap" by sign. */
  colour?: { kind: 'rate'; targetKey: string } | { kind: 'gap' };
}

export interface ReportRow {
  label: string;
  cells: ReportCell[];
}

/** The report text (nhận xét) in the agencies' style: the whole, then each unit. */
export interface ReportText {
  whole: string[];
  units: string[];
}

export interface ReportModel {
  /** "Báo cáo 6 tháng năm 2019". */
  sheetName: string;
  /** The add-on's mark for this report ("report:2019-6"). */
  ownerMark: string;
  period: Period;
  regime: Regime;
  /** "BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 6 THÁNG NĂM 2019". */
  title: string;
  /** Unit, period, regime, source and money-unit lines under the title. */
  lines: string[];
  columns: ReportColumn[];
  /** The figures the table shows, as the engine computed them: what a summary of the report reads, never the rendered cells. */
  figures: { units: readonly UnitIndicators[]; totals: UnitIndicators };
  /** One row per unit, in the source's order. */
  units: ReportRow[];
  /** Computed from the units (never copied from the sheet's own totals row). */
  totals: ReportRow;
  /** Units without a target for a measure, named ("chưa có chỉ tiêu"). */
  missingTargets: string[];
  /** Units with figures withheld (a cell that cannot be used): named, left out of ranks and totals. */
  withheldUnits: string[];
  /** The data-problems banner above the table when figures are withheld; null otherwise. */
  dataProblems: string | null;
  /** Sentences under the table (missing targets, assumptions). */
  notes: string[];
  text: ReportText;
  findings: Finding[];
  /** A closed period's comparison with its latest close (so với số liệu đã chốt), one line each; absent when not closed. */
  closed?: string[];
  /** Rates as bars; each measure's target as a line (đường chỉ tiêu việc, tiền) when a unit has one. */
  chart: { title: string; bars: string[]; lines: string[] };
  /** Diễn biến theo tháng, when the report's tab is the latest of a month series. */
  trend?: ReportTrend;
  /** Every officer of the consolidated unit tabs ranked together, when asked for (consolidate.officers). */
  officers?: ReportOfficers;
}
