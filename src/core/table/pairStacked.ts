import type { ColumnMapping, Grid, Measure } from '../types';
import type { TableBlock } from './findTableBlocks';
import { finish } from './finishTable';
import { mapColumns, type BlockMapping } from './mapColumns';
import type { MoneyFound } from './moneyUnitOf';
import { joinMeasureUnits } from './joinMeasureUnits';
import { readUnits } from './readUnits';
import { requireColumns, tooManyTables } from './requireColumns';
import type { DetectionResult, DetectOptions } from './types';

/**
 * Hai bảng chồng nhau: a việc table above a tiền table (or the reverse, or the `{Việc!…;Tiền!…}`
 * stacking of two sheets) joined into one table by unit label. Two identical tables that name
 * neither việc nor tiền are taken as việc then tiền, as a guess (confidence 0,8, and said so).
 *
 * @example pairStacked(rows, [viecBlock, tienBlock], maps, [null, 'tien'], money, 1000, new Set(), {})
 */
export function pairStacked(
  rows: Grid,
  blocks: TableBlock[],
  maps: Extract<BlockMapping, { ok: true }>[],
  titles: (Measure | null)[],
  money: MoneyFound,
  factor: number,
  notRanked: ReadonlySet<string>,
  opts: DetectOptions,
): DetectionResult {
  const [b1, b2] = blocks as [TableBlock, TableBlock];
  let [m1, m2] = maps as [Extract<BlockMapping, { ok: true }>, Extract<BlockMapping, { ok: true }>];
  const warnings = [...m1.warnings, ...m2.warnings, ...money.warnings];
  const only = (m: Extract<BlockMapping, { ok: true }>) => measuresOf(m.columns);
  let s1 = only(m1);
  let s2 = only(m2);
  if (s1 === 'viec' && s2 === 'viec' && !titles[0] && !titles[1] && !namesMeasure(m1.columns) && !namesMeasure(m2.columns)) {
    // Same headers twice and no word of việc or tiền: the second is taken as tiền, and said so.
    const again = mapColumns(rows, b2, 'tien', opts.merges, opts);
    if (!again.ok) return again;
    m2 = again;
    for (const c of m2.columns) {
      if (c.role.kind === 'quantity') {
        c.confidence = Math.min(c.confidence, 0.8);
        c.reasons.push(`bảng thứ hai (từ dòng ${b2.headerStart + 1}) coi là về tiền vì không ghi việc hay tiền — đoán`);
      }
    }
    s2 = 'tien';
    warnings.push(`Hai bảng chồng nhau không ghi "việc" hay "tiền": coi bảng trên (dòng ${b1.headerStart + 1}) là về việc, bảng dưới (dòng ${b2.headerStart + 1}) là về tiền.`);
  }
  let v = b1;
  let t = b2;
  if (s1 === 'tien' && s2 === 'viec') {
    [m1, m2] = [m2, m1];
    [s1, s2] = [s2, s1];
    [v, t] = [b2, b1];
  }
  if (!(s1 === 'viec' && s2 === 'tien')) return tooManyTables(blocks);
  const r1 = readUnits({ grid: rows, firstRow: v.firstDataRow, lastRow: v.lastDataRow, columns: m1.columns, labelColumn: m1.labelColumn, moneyFactor: factor, notRanked, naming: opts });
  const r2 = readUnits({ grid: rows, firstRow: t.firstDataRow, lastRow: t.lastDataRow, columns: m2.columns, labelColumn: m2.labelColumn, moneyFactor: factor, notRanked, naming: opts });
  // The one join of việc and tiền rows (also of two sheets: joinMeasureTables).
  const join = joinMeasureUnits(r1.units, r2.units);
  for (const u of join.onlyTien) warnings.push(`"${u.label}" (dòng ${u.row + 1}) có trong bảng tiền nhưng không có trong bảng việc.`);
  const units = join.units;
  const columns = [...m1.columns.filter((c) => c.role.kind === 'quantity' || c.role.kind === 'label' || c.role.kind === 'typedRate'), ...m2.columns.filter((c) => c.role.kind === 'quantity' || c.role.kind === 'typedRate')];
  const combined = { ...m1, columns, measures: [...m1.measures, ...m2.measures] };
  const missing = requireColumns(combined, opts);
  if (missing) return missing;
  const table = finish(rows, v, columns, m1.labelColumn, money, units, [...warnings, ...r1.warnings, ...r2.warnings], r1.sections, opts);
  if (table.ok) table.table.lastDataRow = Math.max(v.lastDataRow, t.lastDataRow);
  return table;
}

function measuresOf(columns: readonly ColumnMapping[]): Measure | 'both' | null {
  let v = false;
  let t = false;
  for (const c of columns) if (c.role.kind === 'quantity') c.role.measure === 'tien' ? (t = true) : (v = true);
  return v && t ? 'both' : v ? 'viec' : t ? 'tien' : null;
}

function namesMeasure(columns: readonly ColumnMapping[]): boolean {
  return columns.some((c) => c.role.kind === 'quantity' && c.reasons.some((r) => r.indexOf('(từ "') >= 0));
}
