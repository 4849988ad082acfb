import { isUnaccentedTwin } from '../text/isUnaccentedTwin';
import { unitKey } from '../text/unitKey';
import type { UnitRecord } from '../types';

/** This year's rows joined to last year's (ghép đơn vị hai năm). */
export interface UnitMatch {
  /** Last year's row of each of this year's rows that has one. */
  partner: Map<UnitRecord, UnitRecord>;
  /** Units (kind 'unit') of this year without a partner, in sheet order. */
  unmatchedCurrent: UnitRecord[];
  /** Units (kind 'unit') of last year without a partner, in sheet order. */
  unmatchedPrevious: UnitRecord[];
}

/**
 * Ghép đơn vị năm nay với năm trước: the one join of a comparison (the report's and THADS_SUMMARY's).
 * Rows are joined by {@link unitKey} (case, spacing, punctuation, "Chi cục THADS" spelled either way,
 * TP./thành phố…); then a name typed without (some) accents joins its accented twin, but only when
 * exactly one row on the other side is such a twin and neither is joined yet: "Cong Son" beside both
 * "Công Sơn" and "Cống Sơn" joins neither, and the unmatched names are there to be reported. A name
 * written twice on a side (two "Cộng" rows) joins its n-th occurrence with the n-th on the other side.
 * Also THADS_DIFF's join of a closed and a current reading (core/diff).
 *
 * @example matchUnits([{ label: 'Chi cục THADS TP. Nam Sơn', … }], [{ label: 'Chi cục THADS thành phố Nam Sơn', … }]).unmatchedCurrent // []
 */
export function matchUnits(current: readonly UnitRecord[], previous: readonly UnitRecord[]): UnitMatch {
  const partner = new Map<UnitRecord, UnitRecord>();
  const taken = new Set<UnitRecord>();
  const byKey = new Map<string, UnitRecord[]>();
  for (const p of previous) {
    const key = unitKey(p.label);
    const list = byKey.get(key);
    if (list) list.push(p);
    else byKey.set(key, [p]);
  }
  const keyOf = new Map<UnitRecord, string>();
  for (const c of current) {
    const key = unitKey(c.label);
    keyOf.set(c, key);
    const p = byKey.get(key)?.shift();
    if (p) {
      partner.set(c, p);
      taken.add(p);
    }
  }
  const twins = (a: string, b: string) => isUnaccentedTwin(a, b) || isUnaccentedTwin(b, a);
  const openPrevious = () => previous.filter((p) => !taken.has(p));
  for (const c of current) {
    if (partner.has(c)) continue;
    const key = keyOf.get(c)!;
    const candidates = openPrevious().filter((p) => twins(key, unitKey(p.label)));
    if (candidates.length !== 1) continue;
    const p = candidates[0]!;
    // The twin must be unambiguous from its side too: no other open row of this year is its twin.
    const rivals = current.filter((o) => o !== c && !partner.has(o) && twins(keyOf.get(o)!, unitKey(p.label)));
    if (rivals.length > 0) continue;
    partner.set(c, p);
    taken.add(p);
  }
  return {
    partner,
    unmatchedCurrent: current.filter((c) => c.kind === 'unit' && !partner.has(c)),
    unmatchedPrevious: previous.filter((p) => p.kind === 'unit' && !taken.has(p)),
  };
}
