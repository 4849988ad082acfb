import { gradeUnits } from '../../core/grade/gradeUnits';
import { agencyOf } from '../../core/report/agencyOf';
import { buildReportModel } from '../../core/report/buildReportModel';
import { officerTable } from '../../core/report/officerTable';
import type { ReportModel } from '../../core/report/types';
import { summarizeDetected } from '../../core/summary/summarizeTable';
import { periodDisagreement } from '../../core/period/periodDisagreement';
import { readingFindings } from '../../core/validation/readingFindings';
import { moneyShown } from '../../core/table/moneyShown';
import type { Finding, UnitRecord } from '../../core/types';
import type { MakeReportResponse, ReportSettings, ReportSummary } from '../../shared/rpc';
import type { SheetsPort } from '../port';
import { guessPeriod } from '../rpc/guessPeriod';
import { compareWithClose } from '../close/compareWithClose';
import { registerCases } from '../../core/register/registerCases';
import { indicatorOptionsOf, otherTabsMoneyUnit } from './reportReading';
import { readReportTable } from './reportTable';
import { comparisonFor } from './comparisonFor';
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

  // Read.
  const targets = targetsFor(port, settings.targets, settings.period.year);
  const notRanked = [...settings.notRanked, ...targets.notRanked];
  const periodFindings: Finding[] = [];
  const { source, table, findings: spannedFindings, asRead, officers: officerRowsRead } = readReportTable(port, settings, notRanked);
  periodFindings.push(...spannedFindings);
  const chosenPeriod = periodDisagreement(settings.period, guessPeriod(table.titleRows, source.sheet));
  if (chosenPeriod) periodFindings.unshift({ severity: 'warning', rule: 'period', message: chosenPeriod });
  const money = moneyShown(table);
  // Last year's table and the «Đối chiếu đơn vị» sheet, each read once; last year's figures under its own regime.
  const comparison = comparisonFor(port, settings, table, notRanked);
  if (comparison) periodFindings.push(...comparison.findings);
  if (comparison && comparison.regime.regime !== options.regime) options.previousRegime = comparison.regime.regime;
  const grading = gradesFor(port, settings.period.year, targets.sheet);
  // The month tabs of the series and the close of the period: read here, before any computing.
  // Last year's comparison tab, read whole, is also a month of the series: its rows are not read again.
  const known = new Map<string, UnitRecord[]>(comparison && settings.comparison?.range === null ? [[comparison.sheet, comparison.previous]] : []);
  const seriesTabs = settings.series ? readSeriesTabs(port, settings.series, [source.sheet, ...known.keys()]) : null;
  // A register's cases are re-cut to the period only when a close of it is compared (the grid already read).
  const cases = () => (table.layout === 'register' && table === asRead ? registerCases(source.grid, table, options.regime) : null);
  const closed = compareWithClose(port, settings.period, table.units, targets.targets, options, cases, grading);

  // Compute.
  const summary = summarizeDetected(table, {
    targets: targets.targets,
    options,
    ...(comparison ? { previous: comparison.previous, previousSource: comparison.source, match: comparison.match, unmatchedHint: comparison.unmatchedHint } : {}),
    rowOffset: source.rowOffset,
    columnOffset: source.columnOffset,
  });
  const graded = grading ? gradeUnits(summary.indicators, grading.pointsOf, grading.rules) : null;

  // Diễn biến theo tháng: the other month tabs (read above, one read each); the whole's targets as the totals row's.
  const series = settings.series && seriesTabs
    ? trendFor(seriesTabs, settings.series, { month: settings.period.month, tab: source.sheet, records: table.units }, {
        year: settings.period.year,
        targets: targets.whole?.row?.targets ?? sharedTargets(summary.indicators.filter((u) => u.kind === 'unit')),
        options,
        moneyUnit: otherTabsMoneyUnit(settings, table),
        notRanked,
        known,
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
    ...(targets.whole ? { wholeTargets: targets.whole } : {}),
    gradesSource: grading?.description,
    notes: graded?.notes,
    previous: comparison !== null,
    ...(comparison ? { previousRecords: comparison.previous, comparisonNotes: comparison.notes } : {}),
    options,
    ...(closed.changes ? { closedChanges: closed.changes } : {}),
  });
  // Every officer of the unit tabs ranked together: the same engine, no targets (they are the units').
  const officers = officerRowsRead
    ? officerTable(summarizeDetected(officerRowsRead.table, { targets: () => ({}), options }).indicators, officerRowsRead.unitOf, money, officerRowsRead.withoutOfficers)
    : undefined;
  if (settings.consolidate?.officers && !officerRowsRead) {
    model.findings.push({ severity: 'info', rule: 'consolidate-officers', message: 'Không trang nào có dòng từng chấp hành viên: báo cáo không có bảng xếp hạng chấp hành viên.' });
  }
  const withOfficers = officers ? { ...model, officers } : model;
  return series ? { ...withOfficers, trend: series.trend, findings: [...withOfficers.findings, ...series.findings] } : withOfficers;
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
    // The totals row's own change (null when it has none, with the reason in the report's notes).
    rateChangeViec: whole('viec') === null ? null : totals.viec.rateChange,
    rateChangeTien: whole('tien') === null ? null : totals.tien.rateChange,
    errors: model.findings.filter((f) => f.severity === 'error').length,
    warnings: model.findings.filter((f) => f.severity === 'warning').length,
  };
}
