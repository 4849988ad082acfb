import type { RankBy } from '../types';
import type { UnitIndicators } from '../indicators/types';
import { shownRate } from '../indicators/shownRate';
import { competitionRanks } from './competitionRanks';
import { isTotalsLabel } from './isTotalsLabel';

/**
 * Fills `rank` and `rankOf` of every unit in place (xếp hạng đơn vị), competition style (1, 2, 2, 4),
 * best first. Only rows with `ranked` true, kind "unit" and a label that is not a totals label take part; among them, a unit without the
 * value ranked by (no Đ, no score) is left unranked and not counted in "of".
 * - viec (default): việc rate, ties broken by tiền rate;
 * - tien: tiền rate;
 * - weighted: weightViec × việc rate + weightTien × tiền rate (both rates needed);
 * - score: `scores[i]` (a user-entered points score, aligned with `list`).
 * Rates are ranked as shown (competitionRanks compares shownRate values): two units shown at
 * 84,88% tie and the tiền rate, as shown too, decides; the rates in the units stay unrounded.
 *
 * @example rankUnits(units, { kind: 'viec' }) // units[k].rank = 1…, units[k].rankOf = how many ranked
 */
export function rankUnits(list: UnitIndicators[], by: RankBy, scores?: readonly (number | null | undefined)[]): void {
  const primary: (number | null)[] = [];
  const second: (number | null)[] | undefined = by.kind === 'viec' ? [] : undefined;
  for (let i = 0; i < list.length; i++) {
    const u = list[i]!;
    // A totals row the reader did not flag is still never ranked (domain §4).
    const eligible = u.ranked && u.kind === 'unit' && !isTotalsLabel(u.label);
    primary.push(eligible ? rankValue(u, by, scores?.[i]) : null);
    if (second) second.push(u.tien.rate);
  }
  const ranks = competitionRanks(primary, second);
  let of = 0;
  for (const r of ranks) if (r !== null) of++;
  for (let i = 0; i < list.length; i++) {
    const r = ranks[i] ?? null;
    list[i]!.rank = r;
    list[i]!.rankOf = r === null ? null : of;
  }
}

function rankValue(u: UnitIndicators, by: RankBy, score: number | null | undefined): number | null {
  switch (by.kind) {
    case 'viec':
      return u.viec.rate;
    case 'tien':
      return u.tien.rate;
    case 'weighted':
      if (u.viec.rate === null || u.tien.rate === null) return null;
      // Of the rates as shown; the ranking rounds the sum as shown too, so that 0,5 × 80% + 0,5 × 40%
      // (0.6000000000000001) ties with 0,5 × 90% + 0,5 × 30%.
      return by.weightViec * shownRate(u.viec.rate) + by.weightTien * shownRate(u.tien.rate);
    case 'score':
      return score === undefined || score === null || !Number.isFinite(score) ? null : score;
  }
}
