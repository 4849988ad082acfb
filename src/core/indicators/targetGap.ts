import { shownPoints } from './shownPoints';

/**
 * Vượt / thiếu chỉ tiêu: rate − target in percentage points, as a fraction (0.0488 = 4,88 điểm %).
 * Positive means vượt, negative thiếu. Against the full-year target, as the reports do mid-year.
 * Taken on the rate as shown (shownPoints): 79,996% shows 80,00%, so its gap to 80% is 0, not
 * −0,00%, and the table's gap is the text's.
 *
 * @example targetGap(0.848846, 0.8) // 0.0488 (vượt 4,88%)
 * @example targetGap(19999 / 25000, 0.8) // 0 (đạt chỉ tiêu)
 */
export function targetGap(rate: number | null, target: number | null): number | null {
  return rate === null || target === null ? null : shownPoints(rate, target);
}

/**
 * Tiến độ: the pro-rata target after `month` cumulative months, target × m / 12.
 *
 * @example progressTarget(0.74, 6) // 0.37
 */
export function progressTarget(target: number, month: number): number {
  return (target * month) / 12;
}

/**
 * Vượt / thiếu tiến độ: rate − target × m / 12, in points (domain §2, the pro-rata reading), both
 * as shown (the pro-rata target 24,666…% is 24,67%, as the text writes it).
 *
 * @example progressGap(0.51, 0.74, 4) // 0.2633 (51,00% − 24,67%)
 */
export function progressGap(rate: number | null, target: number | null, month: number | null): number | null {
  return rate === null || target === null || month === null ? null : shownPoints(rate, progressTarget(target, month));
}

/**
 * Đạt chỉ tiêu: rate ≥ target (domain §4, an assumed rule), compared as shown: a gap that rounds to 0,00% is
 * met. Null without a rate or a target.
 *
 * @example targetMet(0.8, 0.8) // true
 * @example targetMet(19999 / 25000, 0.8) // true (shown 80,00%)
 */
export function targetMet(rate: number | null, target: number | null): boolean | null {
  return rate === null || target === null ? null : shownPoints(rate, target) >= 0;
}
