import { unitKey } from '../text/unitKey';
import type { UnitRecord } from '../types';

/** One unit of two readings of a table: both sides, or the side it is on. */
export type UnitPair =
  | { closed: UnitRecord; current: UnitRecord }
  | { closed: UnitRecord; current: null }
  | { closed: null; current: UnitRecord };

/**
 * Ghép đơn vị của hai bảng (matches the rows of two readings of a table by unit identity): names are
 * compared by unitKey (case, spacing, punctuation, tone placement ignored), never by row position,
 * so header rows or units in another order still match. A name written twice on a side (two
 * "Cộng" rows, two officers of one name) pairs its n-th occurrence with the n-th on the other side.
 * Pairs follow the current table's order; units only in the closed one come last, in its order.
 *
 * @example matchUnits([a2019, b2019], [b2020, c2020])
 * // [{ closed: b2019, current: b2020 }, { closed: null, current: c2020 }, { closed: a2019, current: null }]
 */
export function matchUnits(closed: readonly UnitRecord[], current: readonly UnitRecord[]): UnitPair[] {
  const waiting = new Map<string, UnitRecord[]>();
  for (const u of closed) {
    const key = unitKey(u.label);
    const list = waiting.get(key);
    if (list) list.push(u);
    else waiting.set(key, [u]);
  }
  const matched = new Set<UnitRecord>();
  const pairs: UnitPair[] = [];
  for (const u of current) {
    const partner = waiting.get(unitKey(u.label))?.shift();
    if (partner) {
      matched.add(partner);
      pairs.push({ closed: partner, current: u });
    } else {
      pairs.push({ closed: null, current: u });
    }
  }
  for (const u of closed) if (!matched.has(u)) pairs.push({ closed: u, current: null });
  return pairs;
}
