import type { DetectedTable } from '../table/types';
import { formSignature } from '../table/formSignature';
import type { Period } from '../types';

/** A tab of the workbook as the consolidation sees it: its table (or why none was read) and its period. */
export interface UnitTab {
  sheet: string;
  /** The table read on the tab, or the Vietnamese message saying why none was. */
  table: DetectedTable | { message: string };
  /** The period its title (else its name) states; null when neither does. */
  period: Period | null;
}

/** Tabs of one form and one period (các trang cùng biểu mẫu, cùng kỳ). */
export interface TabGroup {
  /** The quantities the tabs map, e.g. "tien:completed,tien:enforceable,viec:completed,viec:enforceable". */
  form: string;
  period: Period | null;
  sheets: string[];
}


/**
 * Nhóm các trang đơn vị: the tabs that hold a table, grouped by form ({@link formSignature}) and period, the
 * largest group first (ties: the group of the earlier tab); tabs with no table are in no group.
 *
 * @example groupUnitTabs([a, b, c])[0].sheets // ['Bến Lức', 'Cần Giuộc', 'Đức Hòa']
 */
export function groupUnitTabs(tabs: readonly UnitTab[]): TabGroup[] {
  const groups: TabGroup[] = [];
  for (const tab of tabs) {
    if (!('units' in tab.table)) continue;
    const form = formSignature(tab.table);
    const same = (p: Period | null) => (p === null ? tab.period === null : tab.period !== null && p.year === tab.period.year && p.month === tab.period.month);
    const group = groups.find((g) => g.form === form && same(g.period));
    if (group) group.sheets.push(tab.sheet);
    else groups.push({ form, period: tab.period, sheets: [tab.sheet] });
  }
  return groups.map((g, i) => ({ g, i })).sort((a, b) => b.g.sheets.length - a.g.sheets.length || a.i - b.i).map(({ g }) => g);
}
