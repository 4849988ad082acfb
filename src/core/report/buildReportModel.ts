import type { ClosedChanges } from '../close/closedChanges';
import { MEASURES } from '../vocabulary/measures';
import { REGIMES } from '../vocabulary/regimes';
import { closedChangesText } from '../close/closedChangesText';
import type { IndicatorOptions, UnitIndicators } from '../indicators/types';
import { moneyUnitLabel, type MoneyShown } from '../numbers/moneyUnit';
import { unitSentence } from '../text/unitSentence';
import { wholeSentence } from '../text/wholeSentence';
import type { Finding, Measure, Period, Regime, UnitRecord } from '../types';
import { reportColumns } from './columns';
import { periodSpan, reportOwnerMark, reportSheetName } from './sheetName';
import { previousWhole, sharedTargets, totalsOf, withheldUnits } from './totals';
import { totalsTargetLine, type TargetsRow } from '../targets/provinceTargets';
import type { ReportModel, ReportRow, ReportText } from './types';

export interface ReportInput {
  period: Period;
  regime: Regime;
  /** The engine's results for every row of the source table (units and its own totals rows). */
  indicators: readonly UnitIndicators[];
  /** The source table's rows as read (money in đồng), which `indicators` were computed from: the totals row sums their units. */
  records: readonly UnitRecord[];
  findings: readonly Finding[];
  /** The sheet the figures were read from. */
  sourceSheet: string;
  /**
   * The money unit the source states (or that was set or assumed): the report shows every amount in
   * it, names it in its heading line, and gives the warnings about it (assumed, amounts too large).
   */
  money: MoneyShown & { warnings?: readonly string[] };
  /** The reporting agency (đơn vị báo cáo), as the source's title says it, when it does. */
  agency?: string;
  /** Where the targets came from, in words ("trang “Chỉ tiêu”", "80% / 38% cho mọi đơn vị"). */
  targetsSource?: string;
  /**
   * With targets from the "Chỉ tiêu" sheet: its province row ("Toàn tỉnh"), which the totals row and the
   * text for the whole then use (else the target every unit shares, as without it); said in a line.
   */
  wholeTargets?: { row: TargetsRow | null; sheet: string };
  /** Where the grading rules and points came from, in words, when units are graded. */
  gradesSource?: string;
  /** Further notes for the report (units left ungraded and why). */
  notes?: readonly string[];
  /** Comparison with the same period last year was given. */
  previous?: boolean;
  /**
   * Last year's rows as read (money in đồng): the totals row is compared with their sum, computed as
   * this year's is (previousWhole). Absent: the totals row has no year-over-year change.
   */
  previousRecords?: readonly UnitRecord[];
  /** Notes beside the comparison (two regimes, units merged), placed with the other notes under the table. */
  comparisonNotes?: readonly string[];
  /** The options the indicators were computed with; the totals row uses the same (default: full-year targets). */
  options?: IndicatorOptions;
  /** The period was closed (đã chốt số liệu): what differs from the latest close; absent when it was not closed. */
  closedChanges?: ClosedChanges;
}

function regimeLine(regime: Regime): string {
  const r = REGIMES[regime];
  return `Chế độ phân loại: ${regime} (${r.rules} — hoãn, tạm đình chỉ ${r.postponed}; ${r.identity})`;
}


/**
 * The report for a period (báo cáo kết quả thi hành án dân sự): title and heading lines, the table of
 * units with a totals row computed from them (compared with last year's units summed alike when
 * `previousRecords` are given), the units without targets named, the text and the findings. The source's own totals rows are not units: they are left out and recomputed.
 *
 * @example buildReportModel({ period: { year: 2019, month: 6 }, regime: 'A', indicators, records, findings: [], sourceSheet: 'Số liệu', money: { unit: 'nghin', assumed: false } })
 *   .sheetName // "Báo cáo 6 tháng năm 2019"
 */
export function buildReportModel(input: ReportInput): ReportModel {
  const units = input.indicators.filter((u) => u.kind === 'unit');
  const columns = reportColumns({
    money: { unit: input.money.unit, assumed: input.money.assumed },
    period: input.period,
    previous: input.previous ?? units.some((u) => u.viec.previousRate !== null || u.tien.previousRate !== null),
    officers: units.some((u) => u.officers !== null),
    grades: units.some((u) => u.grade !== null),
  });
  const options: IndicatorOptions = input.options ?? {
    regime: input.regime,
    period: input.period,
    targetMode: 'fullYear',
    shareBase: 'mustEnforce',
    rankBy: { kind: 'viec' },
  };
  const lastYear = input.previousRecords && input.previousRecords.length > 0 ? previousWhole(input.records, input.previousRecords, options) : null;
  const totals = totalsOf(input.records, input.wholeTargets?.row?.targets ?? sharedTargets(units), options, lastYear?.record);
  // The whole without a comparison says why, in the notes and in its paragraph.
  const noComparison = (['viec', 'tien'] as const).flatMap((m) => {
    const why = lastYear?.unavailable[m];
    return why ? [`Dòng tổng không so sánh với cùng kỳ về ${MEASURES[m].vi}: ${why}.`] : [];
  });
  const withheld = withheldUnits(input.records).map((w) => w.label);
  const rows: ReportRow[] = units.map((u, i) => ({ label: u.label, cells: columns.map((c) => c.unit(u, i)) }));

  const missing = { viec: missingTargets(units, 'viec'), tien: missingTargets(units, 'tien') };
  const missingTargetUnits = units.filter((u) => u.viec.target === null || u.tien.target === null).map((u) => u.label);
  const notes: string[] = [...(input.money.warnings ?? [])];
  for (const m of ['viec', 'tien'] as const) {
    if (missing[m].length > 0) {
      notes.push(
        `Chưa có chỉ tiêu về ${MEASURES[m].vi} cho ${missing[m].length} đơn vị: ${missing[m].join(', ')}. ` +
          'Tỷ lệ và xếp hạng vẫn được tính; cột vượt/thiếu ghi "chưa có chỉ tiêu".',
      );
    }
  }

  const periodWords = `${input.period.month} tháng năm ${input.period.year}`;
  const lines = [
    ...(input.agency ? [`Đơn vị báo cáo: ${input.agency}`] : []),
    `Kỳ báo cáo: ${periodWords} (${periodSpan(input.period)})`,
    regimeLine(input.regime),
    `Nguồn số liệu: trang “${input.sourceSheet}”, ${units.length} đơn vị`,
    `Đơn vị tính: việc; tiền tính bằng ${moneyUnitLabel(input.money)}`,
  ];
  if (input.targetsSource) lines.push(`Chỉ tiêu: ${input.targetsSource}`);
  if (input.wholeTargets) lines.push(totalsTargetLine(input.wholeTargets, sharedTargets(units)));
  if (input.gradesSource) lines.push(`Xếp loại thi đua: ${input.gradesSource}`);
  notes.push(...(input.notes ?? []), ...(input.comparisonNotes ?? []), ...noComparison);

  return {
    sheetName: reportSheetName(input.period),
    ownerMark: reportOwnerMark(input.period),
    period: input.period,
    regime: input.regime,
    title: `BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ ${periodWords.toUpperCase()}`,
    lines,
    columns: columns.map(({ key, header, format, colour }) => (colour ? { key, header, format, colour } : { key, header, format })),
    figures: { units, totals },
    units: rows,
    totals: { label: totals.label, cells: columns.map((c) => (c.total ? c.total(totals) : c.unit(totals, -1))) },
    missingTargets: missingTargetUnits,
    withheldUnits: withheld,
    dataProblems: withheld.length === 0 ? null : dataProblemsLine(withheld),
    notes,
    text: reportText(totals, units, options, input.period, noComparison),
    findings: [...input.findings],
    ...(input.closedChanges ? { closed: closedChangesText(input.closedChanges, input.money.unit) } : {}),
    chart: {
      title: `Tỷ lệ giải quyết xong theo đơn vị — ${periodWords}`,
      bars: ['viec.rate', 'tien.rate'],
      lines: (['viec', 'tien'] as const).filter((m) => units.some((u) => u[m].target !== null)).map((m) => `${m}.target`),
    },
  };
}

/**
 * The banner above the table (dòng cảnh báo số liệu sai) when figures are withheld: how many units,
 * which, and that the totals are not the whole's.
 */
function dataProblemsLine(withheld: readonly string[]): string {
  return (
    `SỐ LIỆU SAI: không tính tỷ lệ, chỉ tiêu, xếp hạng của ${withheld.length} đơn vị (${withheld.join(', ')}) — ` +
    'xem cột tỷ lệ và phần kiểm tra số liệu; dòng tổng chỉ gồm các đơn vị hợp lệ, không phải số liệu toàn tỉnh. Sửa ô rồi tạo lại báo cáo.'
  );
}

function missingTargets(units: readonly UnitIndicators[], m: Measure): string[] {
  return units.filter((u) => u[m].target === null).map((u) => u.label);
}

/** The report text in the agencies' style (core/text): the whole, then one paragraph per unit. */
function reportText(total: UnitIndicators, units: readonly UnitIndicators[], options: IndicatorOptions, period: Period, noComparison: readonly string[]): ReportText {
  const sentence = { proRataMonth: options.targetMode === 'proRata' ? period.month : null };
  return {
    whole: units.length > 0 ? [[wholeSentence(total, units, sentence), ...noComparison].join(' ')] : [],
    units: units.map((u) => unitSentence(u, { ...sentence, withLabel: true })),
  };
}
