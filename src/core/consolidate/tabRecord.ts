import { formatNumber } from '../numbers/formatNumber';
import { agencyOf } from '../report/agencyOf';
import { quantityName } from '../vocabulary/quantities';
import type { DetectedTable } from '../table/types';
import type { CellProblem, Finding, Measure, QuantitySet, UnitRecord } from '../types';

/**
 * Tên đơn vị của trang: the unit a tab reports for — the agency its title names ("Chi cục THADS huyện
 * Bến Lức"), else the tab's name.
 *
 * @example tabUnitName('BL', ['CHI CỤC THADS HUYỆN BẾN LỨC', 'BÁO CÁO …']) // 'CHI CỤC THADS HUYỆN BẾN LỨC'
 */
export function tabUnitName(sheet: string, titleRows: readonly string[]): string {
  return agencyOf(titleRows) ?? sheet;
}

function sum(sets: readonly QuantitySet[]): QuantitySet {
  const out: QuantitySet = {};
  for (const s of sets) for (const [k, v] of Object.entries(s) as [keyof QuantitySet, number][]) if (typeof v === 'number') out[k] = (out[k] ?? 0) + v;
  return out;
}

/**
 * Một dòng cho một trang: a unit's tab as one row of the consolidated table — its totals row (the
 * last "Cộng" row), or the sum of its rows when it has none; when it has both they are checked against
 * each other, each quantity that differs a finding naming the tab. Money stays in đồng (each tab read
 * in its own unit). Cell problems of the rows used come along, their reason naming the tab.
 *
 * @example tabRecord('Bến Lức', table, 0).record.label // 'Chi cục THADS huyện Bến Lức'
 */
export function tabRecord(sheet: string, table: DetectedTable, row: number): { record: UnitRecord; findings: Finding[] } {
  const label = tabUnitName(sheet, table.titleRows);
  const rows = table.units.filter((u) => u.kind === 'unit');
  const totals = table.units.filter((u) => u.kind === 'total');
  const total = totals[totals.length - 1];
  const summed = { viec: sum(rows.map((u) => u.viec)), tien: sum(rows.map((u) => u.tien)) };
  const findings: Finding[] = [];
  if (total && rows.length > 0) {
    for (const m of ['viec', 'tien'] as Measure[]) {
      for (const [k, v] of Object.entries(total[m]) as [keyof QuantitySet, number][]) {
        const s = summed[m][k];
        if (s === undefined || Math.abs(s - v) <= 1e-6 * Math.max(1, Math.abs(v))) continue;
        findings.push({
          severity: 'warning',
          rule: 'consolidate-total',
          unit: label,
          measure: m,
          expected: s,
          actual: v,
          message: `Trang “${sheet}” (${label}): dòng “${total.label}” ghi ${quantityName(k)} về ${m === 'viec' ? 'việc' : 'tiền'} là ${formatNumber(v, 0)}, tổng các dòng là ${formatNumber(s, 0)}: số của dòng “${total.label}” được dùng.`,
        });
      }
    }
  }
  const used = total ? [total] : rows;
  const problems: CellProblem[] = used.flatMap((u) => (u.problems ?? []).map((p) => ({ ...p, reason: `trang “${sheet}”: ${p.reason}` })));
  const officers = used.flatMap((u) => (u.officers === undefined ? [] : [u.officers]));
  const record: UnitRecord = {
    label,
    row,
    kind: 'unit',
    ranked: true,
    viec: total ? { ...total.viec } : summed.viec,
    tien: total ? { ...total.tien } : summed.tien,
  };
  if (officers.length > 0) record.officers = officers.reduce((a, b) => a + b, 0);
  if (problems.length > 0) record.problems = problems;
  return { record, findings };
}
