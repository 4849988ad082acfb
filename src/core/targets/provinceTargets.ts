import { formatPercent } from '../numbers/formatPercent';
import { isTotalsLabel } from '../ranking/isTotalsLabel';
import { rowKinds } from '../table/rowKinds';
import type { Targets } from '../types';

/** A labelled row of targets (a row of the "Chỉ tiêu" sheet for one year). */
export interface TargetsRow {
  label: string;
  targets: Targets;
}

/** The province's own target row, none, or several (the user keeps one). */
export type ProvinceTargets = { ok: true; row: TargetsRow | null } | { ok: false; labels: string[] };

/**
 * Chỉ tiêu của toàn tỉnh (the province's own target): the row of a targets list whose label is a totals
 * row's (the engine's totals words: "Toàn tỉnh", "Toàn Cục", "Tổng cộng", "Cộng"), a "Cộng …" subtotal
 * beside another totals row left out as a table's would be. A row with no value set is no target. Two
 * totals rows with values are refused (`labels`): which one the total takes is the user's choice.
 *
 * @example provinceTargets([{ label: 'Chi cục A', targets: { viec: 0.8 } }, { label: 'Toàn tỉnh', targets: { viec: 0.82 } }])
 *   // { ok: true, row: { label: 'Toàn tỉnh', targets: { viec: 0.82 } } }
 */
export function provinceTargets(rows: readonly TargetsRow[]): ProvinceTargets {
  const totals = rows.filter((r) => isTotalsLabel(r.label));
  const kinds = rowKinds(totals.map((r) => r.label));
  const found = totals.filter((r, i) => kinds[i] === 'total' && Object.keys(r.targets).length > 0);
  if (found.length > 1) return { ok: false, labels: found.map((r) => r.label) };
  return { ok: true, row: found[0] ?? null };
}

/**
 * The report's line saying which target its totals row used (chỉ tiêu của dòng tổng cộng): the
 * province's own row when there is one, else the target every unit shares, else none — and then how
 * to set one.
 *
 * @example totalsTargetLine({ row: { label: 'Toàn tỉnh', targets: { viec: 0.82 } }, sheet: 'Chỉ tiêu' }, {})
 *   // "Chỉ tiêu của dòng tổng cộng: dòng “Toàn tỉnh” của trang “Chỉ tiêu” — 82,00% (việc)"
 */
export function totalsTargetLine(given: { row: TargetsRow | null; sheet: string }, shared: Targets): string {
  const head = 'Chỉ tiêu của dòng tổng cộng: ';
  if (given.row) return `${head}dòng “${given.row.label}” của trang “${given.sheet}” — ${targetWords(given.row.targets)}`;
  const hint = `thêm dòng “Toàn tỉnh” vào trang “${given.sheet}” để đặt chỉ tiêu riêng của toàn tỉnh`;
  if (shared.viec !== undefined || shared.tien !== undefined) return `${head}chỉ tiêu chung của mọi đơn vị — ${targetWords(shared)} (${hint})`;
  return `${head}không có, các đơn vị có chỉ tiêu khác nhau (${hint})`;
}

function targetWords(t: Targets): string {
  const parts: string[] = [];
  if (t.viec !== undefined) parts.push(`${formatPercent(t.viec)} (việc)`);
  if (t.tien !== undefined) parts.push(`${formatPercent(t.tien)} (tiền)`);
  return parts.length > 0 ? parts.join(', ') : 'không có';
}
