import { groupUnitTabs, type UnitTab } from '../../core/consolidate/groupUnitTabs';
import { tabUnitName } from '../../core/consolidate/tabRecord';
import { isThadsError } from '../../core/errors';
import { periodFromTitle } from '../../core/period/periodFromTitle';
import { detectTable } from '../../core/read/detectTable';
import { tienSheetCandidates } from '../../core/table/tienSheetCandidates';
import type { DetectedTable } from '../../core/table/types';
import type { WorkbookSources } from '../../shared/rpc';
import type { SheetsPort } from '../port';
import { readSource } from '../report/sourceGrid';

/**
 * Các trang khác của bảng tính (nguồn số liệu từ nhiều trang): for the sidebar's opening, the tiền sheets
 * that could go with a việc-only table on the shown sheet (tienSheetCandidates: exactly one is proposed,
 * two or more are listed with a message and none is picked), and the unit tabs of the same form and period
 * as the shown sheet (groupUnitTabs), each named by its title's agency, else its tab name. Each other user
 * sheet is read once; the shown sheet's table is the one already detected (no second read). Nothing is
 * written. A sheet that cannot be read or holds no table is simply not offered.
 */
export function workbookSources(port: SheetsPort, dataSheets: readonly string[], shown: { sheet: string; table: DetectedTable | null }): WorkbookSources {
  const none: WorkbookSources = { tien: { candidates: [], proposed: null, message: null }, unitTabs: [] };
  if (!shown.table) return none;
  const tabs: Array<UnitTab & { name: string }> = [];
  for (const sheet of dataSheets) {
    const table = sheet === shown.sheet ? shown.table : readTable(port, sheet);
    if (!table) continue;
    const period = table.titleRows.map(periodFromTitle).find((p) => p !== null) ?? periodFromTitle(sheet);
    tabs.push({ sheet, table, period, name: tabUnitName(sheet, table.titleRows) });
  }
  const tables = tabs.map((t) => ({ sheet: t.sheet, table: t.table as DetectedTable }));
  const tien = tienSheetCandidates({ sheet: shown.sheet, table: shown.table }, tables);
  const group = groupUnitTabs(tabs).find((g) => g.sheets.includes(shown.sheet));
  // One tab alone is not a consolidation: offered only when the shown sheet has partners.
  const unitTabs = group && group.sheets.length > 1 ? group.sheets.map((sheet) => ({ sheet, name: tabs.find((t) => t.sheet === sheet)?.name ?? sheet })) : [];
  return { tien: { candidates: tien.candidates, proposed: tien.proposed, message: tien.message ?? null }, unitTabs };
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
