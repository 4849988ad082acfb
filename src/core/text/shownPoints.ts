import { scaledHalfUp } from '../numbers/roundHalfUp';

/**
 * The difference of two rates as a reader of the report sees it: each rate rounded half up to
 * `decimals` decimals of a percent first, then subtracted (domain §4: "compute a gap from the
 * rounded rate"), so "84,88%" and "80%" give "4,88%" even when the raw rate is 84,8846…%.
 * Returned as a fraction (0.0488).
 *
 * @example shownPoints(0.848846, 0.8) // 0.0488
 */
export function shownPoints(rate: number, reference: number, decimals = 2): number {
  const digits = decimals + 2;
  const diff = scaledHalfUp(rate, digits) - scaledHalfUp(reference, digits);
  return diff / Math.pow(10, digits);
}
