import { matchUnits } from '../summary/matchUnits';
import type { UnitRecord } from '../types';

/** A unit whose value (a rank, a grade) differs between the close and now; null: none on that side. */
export interface Moved<T> {
  unit: string;
  closed: T | null;
  now: T | null;
}

/**
 * What an edit moved (thay đổi so với lần chốt): each unit row of `current` whose value differs from its
 * partner's in `closed`, units matched by name (matchUnits, never by row position); `valuesOf` computes
 * the values of one reading, the same way for both, so that a value moves only because a figure did.
 *
 * @example movedBetween(closed, current, (records) => new Map(records.map((u) => [u, u.viec.completed ?? null])))
 *   // [{ unit: 'Chi cục B', closed: 80, now: 95 }]
 */
export function movedBetween<T>(
  closed: readonly UnitRecord[],
  current: readonly UnitRecord[],
  valuesOf: (records: readonly UnitRecord[]) => ReadonlyMap<UnitRecord, T | null>,
): Moved<T>[] {
  const before = valuesOf(closed);
  const now = valuesOf(current);
  const { partner } = matchUnits(current, closed);
  const moved: Moved<T>[] = [];
  for (const u of current) {
    const then = partner.get(u);
    if (!then || u.kind !== 'unit') continue;
    const a = before.get(then) ?? null;
    const b = now.get(u) ?? null;
    if (a !== b) moved.push({ unit: u.label, closed: a, now: b });
  }
  return moved;
}
