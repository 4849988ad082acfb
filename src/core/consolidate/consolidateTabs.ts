import { moneyUnitName } from '../numbers/moneyUnit';
import { agencyOf } from '../report/agencyOf';
import type { DetectedTable } from '../table/types';
import type { CellProblem, Finding, Period, UnitRecord } from '../types';
import { groupUnitTabs, type UnitTab } from './groupUnitTabs';
import { formSignature } from '../table/formSignature';
import { unitKey } from '../text/unitKey';
import { tabRecord, tabUnitName } from './tabRecord';

/** The consolidated table, what it took and what it left out. */
export interface Consolidation {
  table: DetectedTable;
  /** The tabs read into it, one row each, in the order given. */
  included: string[];
  /** The tabs named and left out, with why (Vietnamese). */
  leftOut: { sheet: string; reason: string }[];
  findings: Finding[];
}

const periodText = (p: Period | null) => (p === null ? 'không ghi kỳ' : `${p.month} tháng năm ${p.year}`);

/**
 * Tổng hợp nhiều trang: the tabs of the units of a Cục (one tab per Chi cục / phòng khu vực, typed,
 * pasted or pulled in with IMPORTRANGE) read as one table, one row per tab ({@link tabRecord}). The
 * form and period are those of the largest group of the tabs ({@link groupUnitTabs}); a tab of another
 * form or period, or with no table, is named and left out — kept as a row whose figures are withheld,
 * so the total becomes "Tổng các đơn vị hợp lệ (thiếu: …)" and no province figure is shown. A tab
 * in another money unit is read in its own (amounts in đồng) and shown in the first tab's unit.
 * Refused (ok: false) when no tab holds a table.
 *
 * @example consolidateTabs([benLuc, canGiuoc, ducHoa]).table.units.map((u) => u.label) // ['Chi cục THADS huyện Bến Lức', …]
 */
export function consolidateTabs(tabs: readonly UnitTab[]): (Consolidation & { ok: true }) | { ok: false; message: string } {
  const group = groupUnitTabs(tabs)[0];
  if (!group) return { ok: false, message: `Không trang nào trong ${tabs.map((t) => `“${t.sheet}”`).join(', ')} có bảng số liệu để tổng hợp.` };
  const first = tabs.find((t) => t.sheet === group.sheets[0])!.table as DetectedTable;
  const units: UnitRecord[] = [];
  const findings: Finding[] = [];
  const included: string[] = [];
  const leftOut: { sheet: string; reason: string }[] = [];
  // Said among the table's notes; a tab left out as a missing unit is a finding instead (said once).
  const notes: string[] = [];
  const summaries = summaryTabs(tabs.filter((t) => group.sheets.includes(t.sheet)));
  for (const tab of tabs) {
    const summarised = summaries.get(tab.sheet);
    if (summarised) {
      // Not a unit: counting it would count its units twice. Left out without withholding anything.
      const reason = `là bảng tổng hợp của các đơn vị có trang riêng (${summarised.map((n) => `“${n}”`).join(', ')})`;
      leftOut.push({ sheet: tab.sheet, reason });
      notes.push(`Trang “${tab.sheet}” ${reason}: không tổng hợp.`);
      continue;
    }
    if ('units' in tab.table && group.sheets.includes(tab.sheet)) {
      const r = tabRecord(tab.sheet, tab.table, units.length);
      units.push(r.record);
      findings.push(...r.findings);
      included.push(tab.sheet);
      if (tab.table.moneyUnit !== first.moneyUnit) {
        findings.push({ severity: 'info', rule: 'consolidate-money', unit: r.record.label, message: `Trang “${tab.sheet}” ghi tiền theo ${moneyUnitName(tab.table.moneyUnit)}: đã đổi sang ${moneyUnitName(first.moneyUnit)} như trang “${group.sheets[0]}”.` });
      }
      continue;
    }
    const reason = !('units' in tab.table)
      ? `không có bảng số liệu (${tab.table.message})`
      : formSignature(tab.table) !== group.form
        ? `khác biểu mẫu (các cột số liệu khác trang “${group.sheets[0]}”)`
        : `khác kỳ báo cáo (${periodText(tab.period)}, các trang khác: ${periodText(group.period)})`;
    leftOut.push({ sheet: tab.sheet, reason });
    const message = `Trang “${tab.sheet}” ${reason}: không tổng hợp.`;
    findings.push({ severity: 'warning', rule: 'consolidate-left-out', unit: tab.sheet, message });
    const withheld = (measure: 'viec' | 'tien'): CellProblem => ({ kind: 'missing', measure, key: 'enforceable', row: units.length, column: -1, value: '', reason: message });
    units.push({ label: tab.sheet, row: units.length, kind: 'unit', ranked: false, viec: {}, tien: {}, problems: [withheld('viec'), withheld('tien')] });
  }
  const table: DetectedTable = {
    ...first,
    // The units' own titles name each Chi cục: the consolidated table's agency is not theirs.
    titleRows: first.titleRows.filter((t) => agencyOf([t]) === undefined),
    units,
    firstDataRow: 0,
    lastDataRow: Math.max(0, units.length - 1),
    warnings: [`Tổng hợp ${included.length} trang: ${included.map((s) => `“${s}”`).join(', ')}.`, ...notes],
  };
  delete table.sections;
  return { ok: true, table, included, leftOut, findings };
}

/**
 * Trang tổng hợp (a Cục's own summary tab kept beside the units' tabs): a tab whose rows name at least
 * two of the other tabs' units (by unit identity) sums them already — by tab, the units it names.
 */
function summaryTabs(tabs: readonly UnitTab[]): Map<string, string[]> {
  const named = new Map<string, string>();
  for (const t of tabs) if ('units' in t.table) named.set(unitKey(tabUnitName(t.sheet, t.table.titleRows)), t.sheet);
  const out = new Map<string, string[]>();
  for (const t of tabs) {
    if (!('units' in t.table)) continue;
    const own = unitKey(tabUnitName(t.sheet, t.table.titleRows));
    const sheets = t.table.units.filter((u) => u.kind === 'unit').flatMap((u) => {
      const key = unitKey(u.label);
      const sheet = named.get(key);
      return sheet !== undefined && key !== own ? [sheet] : [];
    });
    if (sheets.length >= 2) out.set(t.sheet, sheets);
  }
  return out;
}
