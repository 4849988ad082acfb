import type { Period } from '../types';

/**
 * The period as reports name it (tên kỳ báo cáo): "6 tháng năm 2019", "9 tháng năm 2020",
 * and the full year "năm 2020" (12 tháng).
 *
 * @example periodLabel({ year: 2019, month: 6 }) // "6 tháng năm 2019"
 */
export function periodLabel(period: Period): string {
  return period.month >= 12 ? `năm ${period.year}` : `${period.month} tháng năm ${period.year}`;
}
