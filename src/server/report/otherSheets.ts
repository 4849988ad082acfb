import { consolidateTabs } from '../../core/consolidate/consolidateTabs';
import { officerRows, type OfficerRows } from '../../core/consolidate/officerRows';
import type { UnitTab } from '../../core/consolidate/groupUnitTabs';
import { ThadsError } from '../../core/errors';
import { detectTableToSummarize } from '../../core/summary/summarizeTable';
import { joinMeasureTables } from '../../core/table/joinMeasureTables';
import type { DetectedTable, DetectOptions } from '../../core/table/types';
import type { Finding } from '../../core/types';
import type { ReportSettings } from '../../shared/rpc';
import type { SheetsPort } from '../port';
import { guessPeriod } from '../rpc/guessPeriod';
import { readSource, type SourceGrid } from './sourceGrid';

type Detect = DetectOptions & Parameters<typeof detectTableToSummarize>[1];

/**
 * The report's table when it spans other sheets of this spreadsheet (bảng của báo cáo từ nhiều trang):
 * the tiền-only table of `tienSource` joined to the việc-only source (joinMeasureTables), or the unit
 * tabs of `consolidate` read as one table, one row per tab (consolidateTabs), and with `officers` every
 * officer row of those tabs as a second table (officerRows, null when no tab lists officers). Each other sheet is read
 * once (the source's own grid is reused); nothing is written. The table as read when neither is set.
 * Throws a Vietnamese ThadsError naming the sheet when what was read cannot be used.
 */
export function tableFromOtherSheets(
  port: SheetsPort,
  settings: Pick<ReportSettings, 'tienSource' | 'consolidate'>,
  source: SourceGrid,
  table: DetectedTable | null,
  opts: Detect,
): { table: DetectedTable; findings: Finding[]; officers?: OfficerRows | null } {
  if (settings.consolidate) return consolidated(port, settings.consolidate, source, opts);
  if (!table) throw new ThadsError('Không đọc được bảng số liệu.');
  if (!settings.tienSource) return { table, findings: [] };
  const other = readSource(port, settings.tienSource.sheet, settings.tienSource.range);
  // The tiền sheet states its own money unit; the caller's setting only fills in for one that does not.
  const read = detectTableToSummarize(other.grid, { ...opts, merges: other.merges, rowOffset: other.rowOffset, columnOffset: other.columnOffset, mapping: undefined });
  if (!read.ok) throw new ThadsError(`Số liệu tiền (trang “${other.sheet}”): ${read.message}`);
  const joined = joinMeasureTables(table, read.table, { viec: source.sheet, tien: other.sheet });
  if (!joined.ok) throw new ThadsError(joined.message);
  return { table: joined.table, findings: joined.findings };
}

/** The unit tabs as one table; with `officers`, their per-officer rows too (from the same reads). */
function consolidated(
  port: SheetsPort,
  { sheets, officers }: NonNullable<ReportSettings['consolidate']>,
  source: SourceGrid,
  opts: Detect,
): { table: DetectedTable; findings: Finding[]; officers?: OfficerRows | null } {
  const tabs: UnitTab[] = sheets.map((sheet) => {
    const grid = sheet === source.sheet ? source : readSource(port, sheet, null);
    const read = detectTableToSummarize(grid.grid, { ...opts, merges: grid.merges, rowOffset: grid.rowOffset, columnOffset: grid.columnOffset, mapping: undefined });
    // The period as everywhere else: the title's, else the tab name's (guessPeriod).
    if (!read.ok) return { sheet, table: { message: read.message }, period: guessPeriod([], sheet) };
    return { sheet, table: read.table, period: guessPeriod(read.table.titleRows, sheet) };
  });
  const c = consolidateTabs(tabs);
  if (!c.ok) throw new ThadsError(c.message);
  return officers ? { table: c.table, findings: c.findings, officers: officerRows(tabs, c.included) } : { table: c.table, findings: c.findings };
}
