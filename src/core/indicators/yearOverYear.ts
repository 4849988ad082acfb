import { ratio } from '../quantities/ratio';
import { shownPoints } from './shownPoints';

/**
 * So với cùng kỳ, for a rate: the difference in percentage points (domain §4), a fraction, of the
 * two rates as shown (shownPoints), as the text writes it: 81,4149% and 78,5851% show 81,41% and
 * 78,59%, so "tăng 2,82%" in the table as in the sentence, not the raw 2,83%.
 *
 * @example rateChange(0.8141, 0.7859) // 0.0282 ("tăng 2,82%")
 */
export function rateChange(current: number | null, previous: number | null): number | null {
  return current === null || previous === null ? null : shownPoints(current, previous);
}

/**
 * So với cùng kỳ, for a count or an amount: the absolute difference ("tăng 39.080 việc").
 *
 * @example absoluteChange(736747, 697667) // 39080
 */
export function absoluteChange(current: number | null, previous: number | null): number | null {
  return current === null || previous === null ? null : current - previous;
}

/**
 * So với cùng kỳ, relative: (current − previous) / previous ("(5,60%)"); null when previous is 0.
 *
 * @example relativeChange(736747, 697667) // 0.05601… (5,60%)
 */
export function relativeChange(current: number | null, previous: number | null): number | null {
  // A previous value ≤ 0 has no meaningful relative change ("tăng …%" of nothing).
  return current === null || previous === null ? null : ratio(current - previous, previous);
}
