import { formatNumber } from './formatNumber';

/**
 * A rate written as the reports write it (tỷ lệ phần trăm): the fraction × 100, rounded half up,
 * with `decimals` decimals kept (2 by default: "84,88%").
 *
 * @example formatPercent(0.848846, 2) // "84,88%"
 * @example formatPercent(0.8, 2) // "80,00%"
 */
export function formatPercent(fraction: number, decimals = 2): string {
  return formatNumber(fraction * 100, decimals) + '%';
}

/**
 * A difference of two rates in percentage points (điểm phần trăm), signed, written with "%" as the
 * reports do ("vượt 4,88%"): "+4,88%", "-23,00%", "0,00%". Sentences drop the sign and say
 * "vượt"/"thiếu", "tăng"/"giảm" instead (see core/text).
 *
 * @example formatPoints(0.0488) // "+4,88%"
 * @example formatPoints(-0.23) // "-23,00%"
 */
export function formatPoints(points: number, decimals = 2): string {
  const text = formatPercent(points, decimals);
  return text.charCodeAt(0) === 45 || isZeroText(text) ? text : '+' + text;
}

function isZeroText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 49 && c <= 57) return false;
  }
  return true;
}
