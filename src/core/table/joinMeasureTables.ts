import type { CellProblem, Finding, Measure, UnitRecord } from '../types';
import { joinMeasureUnits } from './joinMeasureUnits';
import { moneyShown } from './moneyShown';
import type { DetectedTable, DetectionResult } from './types';

/** Which measures a table's columns hold. */
function measuresOf(table: DetectedTable): Set<Measure> {
  const out = new Set<Measure>();
  for (const c of table.columns) if (c.role.kind === 'quantity') out.add(c.role.measure);
  return out;
}

/**
 * Việc-only (bảng chỉ có số liệu về việc) and tiền-only: the two halves joinMeasureTables takes.
 *
 * @example holdsOnly(viecTable, 'viec') // true
 */
export function holdsOnly(table: DetectedTable, measure: Measure): boolean {
  const m = measuresOf(table);
  return m.size === 1 && m.has(measure);
}

/**
 * Ghép bảng việc và bảng tiền (hai trang): a việc-only table and a tiền-only table of the same units,
 * often on two sheets ("Việc" and "Tiền", "Biểu 01" and "Biểu 02"), read as one table — the rows joined
 * by the one join of việc and tiền ({@link joinMeasureUnits}, by unit identity, not row position), the
 * amounts already in đồng from each sheet's own money unit, the money unit shown the tiền table's. Each
 * row on one side only (a unit or a totals row) is a finding naming it and its sheet. Refused, with a
 * Vietnamese message naming the sheets, when the first is not việc-only or the second not tiền-only.
 *
 * @example joinMeasureTables(viec, tien, { viec: 'Việc', tien: 'Tiền' }).ok // true
 */
export function joinMeasureTables(
  viec: DetectedTable,
  tien: DetectedTable,
  sheets: { viec: string; tien: string },
): (DetectionResult & { ok: true; findings: Finding[] }) | { ok: false; message: string } {
  if (!holdsOnly(viec, 'viec')) return { ok: false, message: `Trang “${sheets.viec}” không phải bảng chỉ có số liệu về việc: không ghép với số liệu tiền của trang “${sheets.tien}”.` };
  if (!holdsOnly(tien, 'tien')) return { ok: false, message: `Trang “${sheets.tien}” không phải bảng chỉ có số liệu về tiền (cần các cột về tiền: có điều kiện, giải quyết xong…): không ghép với trang “${sheets.viec}”.` };
  const join = joinMeasureUnits(viec.units, tien.units);
  const findings: Finding[] = [];
  const say = (side: string, other: string, label: string) =>
    findings.push({ severity: 'warning', rule: 'measure-join', unit: label, message: `“${label}” có ở trang “${side}” nhưng không có ở trang “${other}”: thiếu số liệu ${side === sheets.viec ? 'tiền' : 'việc'} của dòng này.` });
  for (const u of join.onlyViec) say(sheets.viec, sheets.tien, u.label);
  for (const u of join.onlyTien) say(sheets.tien, sheets.viec, u.label);
  // A unit on one sheet only has no figures of the other measure: withheld as a missing cell, so the
  // totals of that measure say they lack it ("Tổng các đơn vị hợp lệ (thiếu: …)", domain §5) instead
  // of passing for the province's.
  const missing = new Map<UnitRecord, Measure>([
    ...join.onlyViec.filter((u) => u.kind === 'unit').map((u) => [u, 'tien'] as const),
    ...join.onlyTien.filter((u) => u.kind === 'unit').map((u) => [u, 'viec'] as const),
  ]);
  const units = join.units.map((u) => {
    const measure = missing.get(u);
    if (!measure) return u;
    const [side, other] = measure === 'tien' ? [sheets.viec, sheets.tien] : [sheets.tien, sheets.viec];
    const problem: CellProblem = { kind: 'missing', measure, key: 'enforceable', row: u.row, column: -1, value: '', reason: `không có ở trang “${other}” (chỉ có ở trang “${side}”)` };
    return { ...u, problems: [...(u.problems ?? []), problem] };
  });
  const viecMoney = new Set(moneyShown(viec).warnings);
  const tienMoney = new Set(moneyShown(tien).warnings);
  const table: DetectedTable = {
    ...viec,
    columns: [...viec.columns, ...tien.columns.filter((c) => c.role.kind === 'quantity' || c.role.kind === 'typedRate')],
    moneyUnit: tien.moneyUnit,
    moneyUnitSource: tien.moneyUnitSource,
    units,
    confidence: Math.min(viec.confidence, tien.confidence),
    warnings: [
      `Số liệu tiền: trang “${sheets.tien}”, ghép theo tên đơn vị với số liệu việc của trang “${sheets.viec}”.`,
      // The money unit's warnings are the joined table's own (its money is the tiền sheet's): kept as the
      // reader words them, so the report, which says them in its notes, recognises and does not repeat them.
      ...viec.warnings.filter((w) => !viecMoney.has(w)),
      ...tien.warnings.map((w) => (tienMoney.has(w) ? w : `Trang “${sheets.tien}”: ${w}`)),
    ],
  };
  return { ok: true, table, findings };
}
