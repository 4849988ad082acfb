import { foldVietnamese } from '../text/normalize';
import type { DetectedTable } from '../table/types';
import type { UnitRecord } from '../types';
import { HEADER_WORDS } from '../vocabulary/headerWords';
import type { UnitTab } from './groupUnitTabs';
import { tabUnitName } from './tabRecord';

/** Words of a label column that lists people, not units: "Chấp hành viên", "Họ và tên", "CHV". */
const PEOPLE = [...HEADER_WORDS.officers, 'họ và tên', 'họ tên', 'chv'].map((w) => foldVietnamese(w));

/**
 * Bảng có các dòng chấp hành viên: whether a tab's table lists officers, one row each — its label
 * column is headed as people are ("Chấp hành viên", "Họ và tên chấp hành viên", "CHV"). A tab whose label
 * column says "Đơn vị" holds the unit's own line(s), not officers.
 *
 * @example listsOfficers(tableHeadedChapHanhVien) // true
 */
export function listsOfficers(table: DetectedTable): boolean {
  const label = table.columns.find((c) => c.role.kind === 'label' && c.column === table.labelColumn) ?? table.columns.find((c) => c.role.kind === 'label');
  if (!label) return false;
  const header = foldVietnamese(label.header);
  return PEOPLE.some((w) => new RegExp(`(^|[^a-z])${w}([^a-z]|$)`).test(header));
}

/** Every officer of the consolidated tabs as one table, the unit of each, and the tabs that list none. */
export interface OfficerRows {
  /** The officers' rows (totals rows left out), renumbered 0…n−1, money in đồng as read. */
  table: DetectedTable;
  /** The unit of each officer row, as the consolidation names it (title's agency, else tab name). */
  unitOf: string[];
  /** Included tabs with no per-officer rows (a unit's single line): named, not in the officers' table. */
  withoutOfficers: string[];
}

/**
 * Các chấp hành viên toàn tỉnh: the per-officer rows of the tabs a consolidation took (`included`), as
 * one table to rank every officer of every unit together. Each row is the officer's own, unchanged —
 * its cell problems come along, their reason naming the tab, so a figure that cannot be trusted is
 * withheld here as in the unit's row, and the officer leaves the ranking. A tab's "Cộng" row is not an
 * officer. Null when no included tab lists officers.
 *
 * @example officerRows(tabs, ['KV1', 'KV2'])?.table.units.map((u) => u.label) // ['Nguyễn Văn An', …]
 */
export function officerRows(tabs: readonly UnitTab[], included: readonly string[]): OfficerRows | null {
  const units: UnitRecord[] = [];
  const unitOf: string[] = [];
  const withoutOfficers: string[] = [];
  let first: DetectedTable | null = null;
  for (const tab of tabs) {
    if (!included.includes(tab.sheet) || !('units' in tab.table)) continue;
    const table = tab.table;
    if (!listsOfficers(table)) {
      withoutOfficers.push(tab.sheet);
      continue;
    }
    first ??= table;
    const unit = tabUnitName(tab.sheet, table.titleRows);
    for (const u of table.units) {
      if (u.kind !== 'unit') continue;
      const record: UnitRecord = { ...u, row: units.length, viec: { ...u.viec }, tien: { ...u.tien } };
      if (u.problems) record.problems = u.problems.map((p) => ({ ...p, reason: `trang “${tab.sheet}”: ${p.reason}` }));
      units.push(record);
      unitOf.push(unit);
    }
  }
  if (!first) return null;
  const table: DetectedTable = { ...first, titleRows: [], units, firstDataRow: 0, lastDataRow: Math.max(0, units.length - 1), warnings: [] };
  delete table.sections;
  return { table, unitOf, withoutOfficers };
}
