import type { Finding, QuantityKey, UnitRecord } from '../types';
import { same } from './checkRowIdentities';
import { columnOf, figure, rowName, withColumn } from './describe';
import type { ValidationOptions } from './types';
import { MEASURES } from '../vocabulary/measures';
import { quantityName } from '../vocabulary/quantities';
import { columnName } from '../text/columnName';

/**
 * Dòng tổng cộng bằng tổng các đơn vị: a total row must equal the sum of all unit rows of the table;
 * a subtotal ("Cộng khối huyện") the sum of the unit rows since the previous totals row or the
 * sub-heading of its section ("II. Khối huyện"), whichever is later — or, when it stands at the top
 * of its section, the unit rows below it up to the next totals row or sub-heading. Each figure
 * the totals row has is checked, for việc and tiền; units lacking the figure count 0.
 *
 * @example checkTotals([unitA, unitB, total], opts) // [] when total = A + B in every column
 */
export function checkTotals(units: readonly UnitRecord[], opts: ValidationOptions): Finding[] {
  const out: Finding[] = [];
  let sectionStart = 0;
  for (let i = 0; i < units.length; i++) {
    const row = units[i] as UnitRecord;
    if (row.kind === 'unit') continue;
    const members: UnitRecord[] = [];
    if (row.kind === 'total') {
      for (const u of units) if (u.kind === 'unit') members.push(u);
    } else {
      let heading = -1;
      for (const s of opts.sections ?? []) if (s < row.row && s > heading) heading = s;
      for (let j = sectionStart; j < i; j++) {
        const u = units[j] as UnitRecord;
        if (u.kind === 'unit' && u.row > heading) members.push(u);
      }
      if (members.length === 0) {
        // A subtotal heading its section ("Cộng khối huyện" above its units): it totals the units
        // below it, up to the next totals row or sub-heading.
        let next = Infinity;
        for (const s of opts.sections ?? []) if (s > row.row && s < next) next = s;
        for (let j = i + 1; j < units.length; j++) {
          const u = units[j] as UnitRecord;
          if (u.kind !== 'unit' || u.row > next) break;
          members.push(u);
        }
      }
    }
    sectionStart = i + 1;
    if (members.length === 0) continue;
    for (const measure of ['viec', 'tien'] as const) {
      const q = row[measure];
      const keys = Object.keys(q) as QuantityKey[];
      // One pass over the members, each summed into every key at once: member by member is several
      // times faster than key by key over 50.000 units (each unit's figures are read together).
      const sums = new Float64Array(keys.length);
      const seen = new Uint8Array(keys.length);
      for (const m of members) {
        const mq = measure === 'viec' ? m.viec : m.tien;
        for (let k = 0; k < keys.length; k++) {
          const v = mq[keys[k] as QuantityKey];
          if (v !== undefined) {
            sums[k]! += v;
            seen[k] = 1;
          }
        }
      }
      for (let k = 0; k < keys.length; k++) {
        const key = keys[k] as QuantityKey;
        const stated = q[key];
        if (stated === undefined) continue;
        // A member's unusable cell in this column is its own finding; its sum would only repeat it.
        if (members.some((m) => m.problems?.some((p) => p.measure === measure && p.key === key && p.kind !== 'exceeds'))) continue;
        const sum = sums[k] as number;
        const any = seen[k] === 1;
        if (!any || same(stated, sum)) continue;
        const where = (members[0] as UnitRecord).row > row.row ? 'ở dưới' : 'ở trên';
        const what = row.kind === 'total' ? 'tổng các đơn vị' : `tổng ${members.length} đơn vị ${where}`;
        const column = columnOf(opts, measure, key);
        // The sheet's letter when known (cột J), so the user goes straight to the cell.
        const quantity = column === undefined ? quantityName(key, 'short') : `${columnName(column, opts)} (${quantityName(key, 'short')})`;
        out.push(withColumn({
          severity: 'error',
          rule: 'totals',
          row: row.row,
          unit: row.label,
          measure,
          expected: sum,
          actual: stated,
          message:
            `${rowName(row, opts)}, ${MEASURES[measure].vi}, ${quantity}: dòng ${row.kind === 'total' ? 'tổng' : 'cộng'} ghi ${figure(stated, measure, opts.moneyUnit)} ` +
            `nhưng ${what} là ${figure(sum, measure, opts.moneyUnit)}, chênh lệch ${figure(Math.abs(stated - sum), measure, opts.moneyUnit)}.`,
        }, column));
      }
    }
  }
  return out;
}
