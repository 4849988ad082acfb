import { roundHalfUp } from '../numbers/roundHalfUp';
import { shownRate } from './shownRate';

/**
 * The difference of two rates as a reader of the report sees it (chênh lệch điểm %): each rate as
 * shown (shownRate) first, then subtracted (domain §4: "compute a gap from the rounded rate"), so
 * "84,88%" and "80%" give "4,88%" even when the raw rate is 84,8846…%, and a rate shown at 80,00%
 * is 0 from a target of 80%, never −0,00%. Returned as a fraction (0.0488), exactly on the grid of
 * shown values (the float noise of the subtraction rounded away).
 *
 * @example shownPoints(0.848846, 0.8) // 0.0488
 * @example shownPoints(19999 / 25000, 0.8) // 0
 */
export function shownPoints(rate: number, reference: number, percentDecimals = 2): number {
  // roundHalfUp gives +0, never −0, for equal shown rates.
  return roundHalfUp(shownRate(rate, percentDecimals) - shownRate(reference, percentDecimals), percentDecimals + 2);
}
