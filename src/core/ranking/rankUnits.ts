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
  const inputs = rankInputs();
  for (let i = 0; i < list.length; i++) addRankInput(inputs, list[i]!);
  const { ranks, of } = ranksOf(inputs, by, scores);
  for (let i = 0; i < list.length; i++) {
    const r = ranks[i] ?? null;
    list[i]!.rank = r;
    list[i]!.rankOf = r === null ? null : of;
  }
}

/**
 * What ranking reads of each row (dữ liệu xếp hạng), in columns: whether the row takes part and its
 * two rates. Kept apart from the rows so that a caller computing each row's indicators one at a
 * time (THADS_SUMMARY over 50.000 rows) can rank without holding every row's indicators.
 */
export interface RankInputs {
  eligible: boolean[];
  viec: (number | null)[];
  tien: (number | null)[];
}

/**
 * Empty rank inputs, to be filled row by row with addRankInput.
 *
 * @example rankInputs() // { eligible: [], viec: [], tien: [] }
 */
export function rankInputs(): RankInputs {
  return { eligible: [], viec: [], tien: [] };
}

/**
 * Appends one row's rank input (in the rows' order).
 *
 * @example addRankInput(inputs, computeUnitIndicators(unit, {}, options))
 */
export function addRankInput(inputs: RankInputs, u: UnitIndicators): void {
  // A totals row the reader did not flag is still never ranked (domain §4).
  inputs.eligible.push(u.ranked && u.kind === 'unit' && !isTotalsLabel(u.label));
  inputs.viec.push(u.viec.rate);
  inputs.tien.push(u.tien.rate);
}

/**
 * The competition ranks of the rows whose inputs were added (null: not ranked) and how many were
 * ranked, by the rules of rankUnits.
 *
 * @example ranksOf(inputs, { kind: 'viec' }) // { ranks: [2, 1, null], of: 2 }
 */
export function ranksOf(inputs: RankInputs, by: RankBy, scores?: readonly (number | null | undefined)[]): { ranks: (number | null)[]; of: number } {
  const n = inputs.eligible.length;
  const primary: (number | null)[] = [];
  for (let i = 0; i < n; i++) primary.push(inputs.eligible[i] ? rankValue(inputs.viec[i]!, inputs.tien[i]!, by, scores?.[i]) : null);
  const ranks = competitionRanks(primary, by.kind === 'viec' ? inputs.tien : undefined);
  let of = 0;
  for (const r of ranks) if (r !== null) of++;
  return { ranks, of };
}

function rankValue(viec: number | null, tien: number | null, by: RankBy, score: number | null | undefined): number | null {
  switch (by.kind) {
    case 'viec':
      return viec;
    case 'tien':
      return tien;
    case 'weighted':
      if (viec === null || tien === null) return null;
      // Of the rates as shown; the ranking rounds the sum as shown too, so that 0,5 × 80% + 0,5 × 40%
      // (0.6000000000000001) ties with 0,5 × 90% + 0,5 × 30%.
      return by.weightViec * shownRate(viec) + by.weightTien * shownRate(tien);
    case 'score':
      return score === undefined || score === null || !Number.isFinite(score) ? null : score;
  }
}
