import { ThadsError } from '../../core/errors';
import { gradeUnits } from '../../core/grade/gradeUnits';
import { agencyOf } from '../../core/report/agencyOf';
import { buildReportModel } from '../../core/report/buildReportModel';
import type { ReportModel } from '../../core/report/types';
import { detectTableToSummarize, summarizeDetected } from '../../core/summary/summarizeTable';
import { detectTable } from '../../core/read/detectTable';
import { comparisonPeriodDisagreement } from '../../core/period/comparisonPeriodDisagreement';
import { periodDisagreement } from '../../core/period/periodDisagreement';
import { matchUnits } from '../../core/summary/matchUnits';
import { readingFindings } from '../../core/validation/readingFindings';
import { moneyShown } from '../../core/table/moneyShown';
import type { Finding, UnitRecord } from '../../core/types';
import type { MakeReportResponse, ReportSettings, ReportSummary } from '../../shared/rpc';
import type { SheetsPort } from '../port';
import { guessPeriod } from '../rpc/guessPeriod';
import { compareWithClose } from '../close/compareWithClose';
import { indicatorOptionsOf, reportDetectOptions } from './reportReading';
import { readSource } from './sourceGrid';
import { tableFromOtherSheets } from './otherSheets';
import { gradesFor } from './gradesFor';
import { targetsFor } from './targetsFor';
import { readSeriesTabs, trendFor } from './trendFor';
import { sharedTargets } from '../../core/report/totals';
import { writeReport, type WriteOptions } from './writeReport';

/**
 * Computes the report (chuẩn bị báo cáo) in one direction: first reads everything it needs — the
 * source table, the targets, the comparison table, the grading rules and points — and checks that
 * what was read fits together; then computes; nothing is written. Throws a ThadsError with a
 * Vietnamese message for the user when something read cannot be used.
 */
export function prepareReport(port: SheetsPort, settings: ReportSettings): ReportModel {
  const options = indicatorOptionsOf(settings);
  const moneyUnit = settings.moneyUnit ?? undefined;

  // Read.
  const source = readSource(port, settings.source.sheet, settings.source.range);
  const targets = targetsFor(port, settings.targets, settings.period.year);
  const notRanked = [...settings.notRanked, ...targets.notRanked];
  let previous: UnitRecord[] | undefined;
  let previousSource: string | undefined;
  const periodFindings: Finding[] = [];
  const detectOptions = reportDetectOptions(source, settings, notRanked);
  const read = detectTableToSummarize(source.grid, detectOptions);
  if (!read.ok && !settings.consolidate) throw new ThadsError(read.message);
  // Số liệu tiền on another sheet, or the unit tabs consolidated: the table then spans those sheets.
  const spanned = tableFromOtherSheets(port, settings, source, read.ok ? read.table : null, detectOptions);
  const table = spanned.table;
  periodFindings.push(...spanned.findings);
  const chosenPeriod = periodDisagreement(settings.period, guessPeriod(table.titleRows, source.sheet));
  if (chosenPeriod) periodFindings.unshift({ severity: 'warning', rule: 'period', message: chosenPeriod });
  const money = moneyShown(table);
  // Last year's table is read in its own unit, converted to đồng like this year's (UnitRecord.tien), and
  // shown in this year's; one that states no unit is taken to keep the unit this year's states.
  if (settings.comparison) {
    const other = readSource(port, settings.comparison.sheet, settings.comparison.range);
    const found = detectTable(other.grid, { merges: other.merges, rowOffset: other.rowOffset, columnOffset: other.columnOffset, moneyUnit: moneyUnit ?? (table.moneyUnitSource === 'header' ? table.moneyUnit : undefined), notRanked });
    if (!found.ok) throw new ThadsError(`Bảng so sánh (trang “${other.sheet}”): ${found.message}`);
    previous = found.table.units;
    previousSource = `bảng so sánh (trang “${other.sheet}”)`;
    const otherPeriod = comparisonPeriodDisagreement(settings.period, guessPeriod(found.table.titleRows, other.sheet), other.sheet);
    if (otherPeriod) periodFindings.push({ severity: 'warning', rule: 'comparison-period', message: otherPeriod });
  }
  if (previous) comparisonMismatch(table.units, previous);
  const grading = gradesFor(port, settings.period.year, targets.sheet);
  // The month tabs of the series and the close of the period: read here, before any computing.
  const seriesTabs = settings.series ? readSeriesTabs(port, settings.series, source.sheet) : null;
  const closed = compareWithClose(port, settings.period, table.units, targets.targets, options);

  // Compute.
  const summary = summarizeDetected(table, {
    targets: targets.targets,
    options,
    previous,
    previousSource,
    rowOffset: source.rowOffset,
    columnOffset: source.columnOffset,
  });
  const graded = grading ? gradeUnits(summary.indicators, grading.pointsOf, grading.rules) : null;

  // Diễn biến theo tháng: the other month tabs (read above, one read each); the whole's targets as the totals row's.
  const series = settings.series && seriesTabs
    ? trendFor(seriesTabs, settings.series, { month: settings.period.month, tab: source.sheet, records: table.units }, {
        year: settings.period.year,
        targets: sharedTargets(summary.indicators.filter((u) => u.kind === 'unit')),
        options,
        moneyUnit: moneyUnit ?? (table.moneyUnitSource === 'header' ? table.moneyUnit : undefined),
        notRanked,
      })
    : null;
  const model = buildReportModel({
    period: settings.period,
    regime: settings.regime,
    indicators: graded ? graded.units : summary.indicators,
    records: table.units,
    findings: [...periodFindings, ...closed.findings, ...readingFindings(table, money.warnings), ...summary.findings],
    sourceSheet: source.sheet,
    money,
    agency: agencyOf(table.titleRows),
    targetsSource: targets.description,
    gradesSource: grading?.description,
    notes: graded?.notes,
    previous: previous !== undefined,
    options,
    ...(closed.changes ? { closedChanges: closed.changes } : {}),
  });
  return series ? { ...model, trend: series.trend, findings: [...model.findings, ...series.findings] } : model;
}

/**
 * Makes the report and writes it (tạo báo cáo): prepare, then write safely under the document lock.
 * Returns the sheet's name, a summary and the findings; a ThadsError (nothing written) is the
 * caller's to answer with.
 */
export function makeReport(port: SheetsPort, settings: ReportSettings, write: WriteOptions = {}): MakeReportResponse {
  const model = prepareReport(port, settings);
  const written = writeReport(port, model, write);
  return {
    ok: true,
    sheetName: written.sheetName,
    message: written.message,
    summary: reportSummary(model),
    findings: model.findings.map((f) => ({ ...f })),
  };
}

/** The sidebar's summary of a report, from the figures the engine computed (never the rendered cells). */
export function reportSummary(model: ReportModel): ReportSummary {
  const { units, totals } = model.figures;
  // A total some unit is missing from is not the table's: the card shows none.
  const whole = (m: 'viec' | 'tien') => (units.some((u) => u[m].withheld !== undefined) ? null : totals[m].rate);
  return {
    units: units.length,
    ranked: units.filter((u) => u.rank !== null).length,
    missingTargets: [...model.missingTargets],
    withheld: model.withheldUnits.length,
    rateViec: whole('viec'),
    rateTien: whole('tien'),
    errors: model.findings.filter((f) => f.severity === 'error').length,
    warnings: model.findings.filter((f) => f.severity === 'warning').length,
  };
}

/**
 * A comparison table none of whose units is in this year's table is another province's or another
 * level's: refused. Some units without a partner are a finding (summarizeDetected, same join).
 */
function comparisonMismatch(current: readonly UnitRecord[], previous: readonly UnitRecord[]): void {
  const units = current.filter((u) => u.kind === 'unit');
  const missing = matchUnits(current, previous).unmatchedCurrent;
  if (units.length > 0 && missing.length === units.length) {
    throw new ThadsError(
      `Bảng so sánh không có đơn vị nào trùng tên với bảng số liệu (ví dụ “${units[0]!.label}”): hãy chọn bảng cùng kỳ năm trước của cùng các đơn vị.`,
    );
  }
}
