/**
 * Vượt / thiếu chỉ tiêu: rate − target in percentage points, as a fraction (0.0488 = 4,88 điểm %).
 * Positive means vượt, negative thiếu. Against the full-year target, as the reports do mid-year.
 *
 * @example targetGap(0.8488, 0.8) // 0.0488 (vượt 4,88%)
 */
export function targetGap(rate: number | null, target: number | null): number | null {
  return rate === null || target === null ? null : rate - target;
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
 * Vượt / thiếu tiến độ: rate − target × m / 12, in points (domain §2, the pro-rata reading).
 *
 * @example progressGap(0.51, 0.74, 4) // 0.2633… (0,51 − 0,2467)
 */
export function progressGap(rate: number | null, target: number | null, month: number | null): number | null {
  return rate === null || target === null || month === null ? null : rate - progressTarget(target, month);
}

/** Tolerance for "đạt": a rate equal to the target up to float noise counts as reached. */
const EPSILON = 1e-12;

/**
 * Đạt chỉ tiêu: rate ≥ target (domain §4, an assumed rule). Null without a rate or a target.
 *
 * @example targetMet(0.8, 0.8) // true
 */
export function targetMet(rate: number | null, target: number | null): boolean | null {
  return rate === null || target === null ? null : rate >= target - EPSILON;
}
