import { groupUnitTabs, type UnitTab } from '../../core/consolidate/groupUnitTabs';
import { tabUnitName } from '../../core/consolidate/tabRecord';
import { isThadsError } from '../../core/errors';
import type { MonthTab } from '../../core/period/monthSeries';
import { periodFromTitle } from '../../core/period/periodFromTitle';
import { lastYearMonths, reportMonths } from '../../core/period/reportMonths';
import type { LastYearTab } from '../../core/period/sameMonthLastYear';
import { matchUnits } from '../../core/summary/matchUnits';
import { formSignature } from '../../core/table/formSignature';
import type { Period } from '../../core/types';
import { detectTable } from '../../core/read/detectTable';
import { tienSheetCandidates } from '../../core/table/tienSheetCandidates';
import type { DetectedTable } from '../../core/table/types';
import type { SeriesSources, WorkbookSources } from '../../shared/rpc';
import type { SheetsPort } from '../port';
import { readSource } from '../report/sourceGrid';

/**
 * Các trang khác của bảng tính (nguồn số liệu từ nhiều trang): for the sidebar's opening, the tiền sheets
 * that could go with a việc-only table on the shown sheet (tienSheetCandidates: exactly one is proposed,
 * two or more are listed with a message and none is picked), the unit tabs of the same form and period
 * as the shown sheet (groupUnitTabs), each named by its title's agency, else its tab name, and the month
 * series the shown sheet belongs to with last year's tab by period (reportMonths, as the demo finds them).
 * Each other user sheet is read once; the shown sheet's table is the one already detected (no second
 * read). Nothing is written. A sheet that cannot be read or holds no table is simply not offered.
 * `period` is the report's when the settings give one for the shown sheet (else its title's or name's).
 */
export function workbookSources(
  port: SheetsPort,
  dataSheets: readonly string[],
  shown: { sheet: string; table: DetectedTable | null; period?: Period | null },
): WorkbookSources {
  const none: WorkbookSources = { tien: { candidates: [], proposed: null, message: null }, unitTabs: [], period: null, series: null, lastYear: null };
  if (!shown.table) return none;
  const tabs: Array<UnitTab & { name: string }> = [];
  const monthTabs: MonthTab[] = [];
  const tableOf = new Map<string, DetectedTable>();
  for (const sheet of dataSheets) {
    const table = sheet === shown.sheet ? shown.table : readTable(port, sheet);
    if (table) tableOf.set(sheet, table);
    const titlePeriod = table ? (table.titleRows.map(periodFromTitle).find((p) => p !== null) ?? null) : null;
    monthTabs.push({ name: sheet, titlePeriod, form: table ? formSignature(table) : null });
    if (!table) continue;
    tabs.push({ sheet, table, period: titlePeriod ?? periodFromTitle(sheet), name: tabUnitName(sheet, table.titleRows) });
  }
  const tables = tabs.map((t) => ({ sheet: t.sheet, table: t.table as DetectedTable }));
  const tien = tienSheetCandidates({ sheet: shown.sheet, table: shown.table }, tables);
  const group = groupUnitTabs(tabs).find((g) => g.sheets.includes(shown.sheet));
  // One tab alone is not a consolidation: offered only when the shown sheet has partners.
  const unitTabs = group && group.sheets.length > 1 ? group.sheets.map((sheet) => ({ sheet, name: tabs.find((t) => t.sheet === sheet)?.name ?? sheet })) : [];
  const months = reportMonths(monthTabs, { tab: shown.sheet, period: shown.period ?? null });
  const lastYear = months.lastYear && proposable(months.lastYear, shown.sheet, shown.table, tableOf);
  return {
    tien: { candidates: tien.candidates, proposed: tien.proposed, message: tien.message ?? null },
    unitTabs,
    period: months.period,
    series: seriesSources(months, monthTabs),
    lastYear: lastYear && { candidates: lastYear.ok ? [lastYear.tab] : lastYear.candidates, proposed: lastYear.ok ? lastYear.tab : null, message: lastYear.ok ? null : lastYear.message },
  };
}

/**
 * Last year's tab is proposed only when some unit of it is one of the shown table's: a tab of the right
 * period but of other units (another province's) would make the report refuse the comparison. It is
 * still listed, with a message naming both tabs, for the user to choose or not.
 */
function proposable(found: LastYearTab, shown: string, table: DetectedTable, tableOf: ReadonlyMap<string, DetectedTable>): LastYearTab {
  if (!found.ok) return found;
  const other = tableOf.get(found.tab);
  const units = table.units.filter((u) => u.kind === 'unit');
  if (!other || units.length === 0 || matchUnits(table.units, other.units).unmatchedCurrent.length < units.length) return found;
  return {
    ok: false,
    candidates: [found.tab],
    message: `Trang “${found.tab}” là số liệu cùng kỳ năm trước nhưng không có đơn vị nào trùng tên với trang “${shown}”: không tự chọn để so sánh.`,
  };
}

/** The series as the sidebar offers it: every month found, the disputed ones, last year's tab of each. */
function seriesSources(months: ReturnType<typeof reportMonths>, tabs: readonly MonthTab[]): SeriesSources | null {
  const series = months.series;
  if (!series) return null;
  const all = [...series.months.map((m) => m.month), ...series.disputed.map((d) => d.month)].sort((a, b) => a - b);
  return {
    year: series.year,
    months: series.months.map((m) => ({ month: m.month, sheet: m.tab })),
    // findMonthSeries says the disputed months first, one message each, in month order.
    disputed: series.disputed.map((d, i) => ({ month: d.month, tabs: [...d.tabs], message: months.messages[i]! })),
    missing: [...series.missing],
    lastYear: lastYearMonths(tabs, series.year, all, series.form),
    messages: months.messages.slice(series.disputed.length),
  };
}

/** The table on a whole sheet, or null when there is none or the sheet cannot be read. */
function readTable(port: SheetsPort, sheet: string): DetectedTable | null {
  try {
    const source = readSource(port, sheet, null);
    const found = detectTable(source.grid, { merges: source.merges, rowOffset: source.rowOffset, columnOffset: source.columnOffset });
    return found.ok ? found.table : null;
  } catch (e) {
    if (isThadsError(e)) return null;
    throw e;
  }
}
