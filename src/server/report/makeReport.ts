import { isThadsError } from '../../core/errors';
import { gradeUnits } from '../../core/grade/gradeUnits';
import { agencyOf } from '../../core/report/agencyOf';
import { buildReportModel } from '../../core/report/buildReportModel';
import type { ReportModel } from '../../core/report/types';
import { summarizeTable } from '../../core/summary/summarizeTable';
import { detectTable } from '../../core/table/detectTable';
import { normalizeLabel } from '../../core/text/foldVietnamese';
import type { UnitRecord } from '../../core/types';
import type { MakeReportResponse, ReportSettings } from '../../shared/rpc';
import type { SheetsPort } from '../port';
import { readSource } from './sourceGrid';
import { gradesFor } from './gradesFor';
import { targetsFor } from './targetsFor';
import { writeReport, type WriteOptions } from './writeReport';

/** The report before it is written: the model, or a message for the user. */
export type PreparedReport = { ok: true; model: ReportModel } | { ok: false; message: string };

/**
 * Reads the source table, the targets and the comparison table, and computes the report
 * (chuẩn bị báo cáo) — nothing is written. Expected problems come back as Vietnamese messages.
 */
export function prepareReport(port: SheetsPort, settings: ReportSettings): PreparedReport {
  try {
    const source = readSource(port, settings.source.sheet, settings.source.range);
    const targets = targetsFor(port, settings.targets, settings.period.year);
    const notRanked = [...settings.notRanked, ...targets.notRanked];
    const moneyUnit = settings.moneyUnit ?? undefined;
    let previous: UnitRecord[] | undefined;
    if (settings.comparison) {
      const other = readSource(port, settings.comparison.sheet, settings.comparison.range);
      const found = detectTable(other.grid, { merges: other.merges, moneyUnit, notRanked });
      if (!found.ok) return { ok: false, message: `Bảng so sánh (trang “${other.sheet}”): ${found.message}` };
      previous = found.table.units;
    }
    const options = {
      regime: settings.regime,
      period: settings.period,
      targetMode: settings.targetMode,
      shareBase: settings.shareBase,
      rankBy: settings.rankBy,
    };
    const summary = summarizeTable(source.grid, {
      merges: source.merges,
      mapping: settings.source.mapping ?? undefined,
      moneyUnit,
      notRanked,
      targets: targets.targets,
      options,
      previous,
      rowOffset: source.rowOffset,
    });
    if (!summary.ok) return { ok: false, message: summary.message };
    const grading = gradesFor(port, settings.period.year, targets.sheet);
    const graded = grading ? gradeUnits(summary.indicators, grading.pointsOf, grading.rules) : null;
    if (previous) {
      const mismatch = comparisonMismatch(summary.table.units, previous);
      if (mismatch) return { ok: false, message: mismatch };
    }
    const model = buildReportModel({
      period: settings.period,
      regime: settings.regime,
      indicators: graded ? graded.units : summary.indicators,
      findings: summary.findings,
      sourceSheet: source.sheet,
      agency: agencyOf(summary.table.titleRows),
      targetsSource: targets.description,
      gradesSource: grading?.description,
      notes: graded?.notes,
      previous: previous !== undefined,
      options,
    });
    return { ok: true, model };
  } catch (e) {
    if (isThadsError(e)) return { ok: false, message: e.message };
    throw e;
  }
}

/**
 * Makes the report and writes it (tạo báo cáo): prepare, then write safely under the document lock.
 * Returns the sheet's name, a summary and the findings, or a Vietnamese message with nothing written.
 */
export function makeReport(port: SheetsPort, settings: ReportSettings, write: WriteOptions = {}): MakeReportResponse {
  const prepared = prepareReport(port, settings);
  if (!prepared.ok) return prepared;
  const model = prepared.model;
  let written;
  try {
    written = writeReport(port, model, write);
  } catch (e) {
    if (isThadsError(e)) return { ok: false, message: e.message };
    throw e;
  }
  return {
    ok: true,
    sheetName: written.sheetName,
    message: written.message,
    summary: summarize(model),
    findings: model.findings.map((f) => ({ ...f })),
  };
}

function summarize(model: ReportModel) {
  const rankColumn = model.columns.findIndex((c) => c.key === 'rank');
  const rateViec = model.columns.findIndex((c) => c.key === 'viec.rate');
  const rateTien = model.columns.findIndex((c) => c.key === 'tien.rate');
  const asRate = (v: unknown) => (typeof v === 'number' ? v : null);
  return {
    units: model.units.length,
    ranked: model.units.filter((u) => /^\d+\/\d+$/.test(String(u.cells[rankColumn] ?? ''))).length,
    missingTargets: [...model.missingTargets],
    rateViec: asRate(model.totals.cells[rateViec]),
    rateTien: asRate(model.totals.cells[rateTien]),
    errors: model.findings.filter((f) => f.severity === 'error').length,
    warnings: model.findings.filter((f) => f.severity === 'warning').length,
  };
}

/** A comparison table none of whose units is in this year's table is another province's or another level's. */
function comparisonMismatch(current: readonly UnitRecord[], previous: readonly UnitRecord[]): string | null {
  const before = new Set(previous.filter((u) => u.kind === 'unit').map((u) => normalizeLabel(u.label)));
  const units = current.filter((u) => u.kind === 'unit');
  const missing = units.filter((u) => !before.has(normalizeLabel(u.label)));
  if (units.length > 0 && missing.length === units.length) {
    return `Bảng so sánh không có đơn vị nào trùng tên với bảng số liệu (ví dụ “${units[0]!.label}”): hãy chọn bảng cùng kỳ năm trước của cùng các đơn vị.`;
  }
  return null;
}
