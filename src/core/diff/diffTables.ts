import { QUANTITIES } from '../vocabulary/quantities';
import type { DetectedTable } from '../table/types';
import type { Measure, QuantityKey, UnitRecord } from '../types';
import { matchUnits } from '../summary/matchUnits';

/** A figure of one unit that is not what it was when the period was closed (một số liệu đã thay đổi). */
export interface FigureChanged {
  kind: 'changed';
  /** The unit's name as the current table writes it. */
  unit: string;
  measure: Measure;
  key: QuantityKey;
  /** Null when the closed table had no such figure for the unit (a column added since). */
  closed: number | null;
  /** Null when the current table has no such figure any more (a column removed, a cell emptied). */
  current: number | null;
  /** current − closed; null when one side is missing. Money in đồng. */
  difference: number | null;
}

/** A unit on one side only: added to the current table, or gone from it since the close. */
export interface UnitOnOneSide {
  kind: 'added' | 'removed';
  unit: string;
}

export type TableChange = FigureChanged | UnitOnOneSide;

/** The rows of a table as read (a DetectedTable), or its units alone. */
export type TableRows = DetectedTable | readonly UnitRecord[];

/** Below half a đồng two amounts are the same: units kept in triệu or tỷ with decimals give float noise once converted. */
export const MONEY_TOLERANCE = 0.5;

/**
 * So sánh số liệu đã chốt với số liệu hiện nay: every figure of every unit that differs between a
 * closed reading of a table and the current one — each quantity of the vocabulary, việc then tiền,
 * in the form's order — and every unit present on one side only. Units are matched by name
 * (matchUnits), so rows in another order still match. Money is compared in đồng, as UnitRecord
 * keeps it, so two sheets in different money units compare; amounts closer than half a đồng are
 * equal. Counts compare exactly. An empty list means nothing changed.
 *
 * @example diffTables([{ label: 'Chi cục A', viec: { enforceable: 100 }, … }], [{ label: 'Chi cục A', viec: { enforceable: 104 }, … }])
 * // [{ kind: 'changed', unit: 'Chi cục A', measure: 'viec', key: 'enforceable', closed: 100, current: 104, difference: 4 }]
 */
export function diffTables(closed: TableRows, current: TableRows): TableChange[] {
  const changes: TableChange[] = [];
  const before = unitsOf(closed);
  const { partner } = matchUnits(unitsOf(current), before);
  const matched = new Set(partner.values());
  for (const now of unitsOf(current)) {
    const then = partner.get(now);
    if (!then) changes.push({ kind: 'added', unit: now.label });
    else {
      for (const measure of ['viec', 'tien'] as const) {
        const b0 = then[measure];
        const n0 = now[measure];
        for (const { key } of QUANTITIES) {
          const b = b0[key] ?? null;
          const n = n0[key] ?? null;
          if (same(b, n, measure)) continue;
          changes.push({ kind: 'changed', unit: now.label, measure, key, closed: b, current: n, difference: b === null || n === null ? null : n - b });
        }
      }
    }
  }
  // Units of the closed reading only come last, in its order.
  for (const then of before) if (!matched.has(then)) changes.push({ kind: 'removed', unit: then.label });
  return changes;
}

function unitsOf(rows: TableRows): readonly UnitRecord[] {
  return 'units' in rows ? rows.units : rows;
}

function same(a: number | null, b: number | null, measure: Measure): boolean {
  if (a === null || b === null) return a === b;
  return measure === 'tien' ? Math.abs(a - b) < MONEY_TOLERANCE : a === b;
}
