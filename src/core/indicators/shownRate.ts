import { roundHalfUp } from '../numbers/roundHalfUp';

/**
 * A rate as the report shows it (tỷ lệ như hiển thị): the fraction rounded half up to
 * `percentDecimals` decimals of a percent (two by default: 0.79996 → 0.8, shown "80,00%"), the
 * rounding formatPercent writes. Every decision on a rate — vượt/thiếu chỉ tiêu, "đạt chỉ tiêu",
 * xếp hạng — is taken on this value, so that a unit shown at 80,00% against a target of 80% is
 * "đạt" in the table, the text and the cell functions alike, and two units shown at 84,88% tie.
 * The rates themselves stay unrounded in the indicators (cells keep full precision). Ranking
 * compares any value this way (four decimals), so points and amounts with at most four decimals
 * rank exactly as given.
 *
 * @example shownRate(19999 / 25000) // 0.8 ("80,00%")
 * @example shownRate(0.848846) // 0.8488
 */
export function shownRate(rate: number, percentDecimals = 2): number {
  return roundHalfUp(rate, percentDecimals + 2);
}
