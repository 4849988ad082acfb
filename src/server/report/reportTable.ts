import { ThadsError } from '../../core/errors';
import { detectTableToSummarize } from '../../core/summary/summarizeTable';
import type { DetectedTable } from '../../core/table/types';
import type { Finding } from '../../core/types';
import type { ReportSettings } from '../../shared/rpc';
import type { SheetsPort } from '../port';
import type { OfficerRows } from '../../core/consolidate/officerRows';
import { tableFromOtherSheets } from './otherSheets';
import { reportDetectOptions } from './reportReading';
import { readSource, type SourceGrid } from './sourceGrid';

/**
 * The report's table as read (bảng số liệu của báo cáo): the source sheet (or range), joined to its
 * tiền sheet or consolidated from the unit tabs when the settings say so, each sheet read once. The
 * report and the «Đối chiếu đơn vị» sheet's pre-fill read it alike. Throws a Vietnamese ThadsError when
 * no table can be read. `asRead` is the source sheet's own table (null when it has none), `officers` every
 * officer row of consolidated unit tabs when asked for.
 */
export function readReportTable(
  port: SheetsPort,
  settings: ReportSettings,
  notRanked: string[],
): { source: SourceGrid; table: DetectedTable; findings: Finding[]; asRead: DetectedTable | null; officers?: OfficerRows | null } {
  const source = readSource(port, settings.source.sheet, settings.source.range);
  const detectOptions = reportDetectOptions(source, settings, notRanked);
  const read = detectTableToSummarize(source.grid, detectOptions);
  if (!read.ok && !settings.consolidate) throw new ThadsError(read.message);
  // Số liệu tiền on another sheet, or the unit tabs consolidated: the table then spans those sheets.
  const spanned = tableFromOtherSheets(port, settings, source, read.ok ? read.table : null, detectOptions);
  return { source, table: spanned.table, findings: spanned.findings, asRead: read.ok ? read.table : null, ...(spanned.officers !== undefined ? { officers: spanned.officers } : {}) };
}
