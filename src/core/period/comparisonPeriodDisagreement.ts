import type { Period } from '../types';
import { statedIn, type StatedPeriod } from './statedPeriod';

/**
 * Bảng so sánh không phải cùng kỳ năm trước: the comparison table's own title or sheet name states
 * a period other than the report's period one year earlier (year − 1, same month). Its change-from-
 * last-year figures would compare two other periods, so it is a warning. Null when it agrees or the
 * table states no period.
 *
 * @example comparisonPeriodDisagreement({ year: 2030, month: 12 }, { year: 2019, month: 12, source: 'title', text: '12 tháng năm 2019' }, 'Cùng kỳ 2019')
 * // 'Bảng so sánh (trang “Cùng kỳ 2019”) là số liệu 12 tháng năm 2019 (theo tiêu đề «12 tháng năm 2019»), không phải cùng kỳ năm trước của kỳ báo cáo (12 tháng năm 2029): …'
 */
export function comparisonPeriodDisagreement(period: Period, stated: StatedPeriod | null, sheet: string): string | null {
  const expected = { year: period.year - 1, month: period.month };
  if (!stated || (stated.year === expected.year && stated.month === expected.month)) return null;
  return (
    `Bảng so sánh (trang “${sheet}”) là số liệu ${stated.month} tháng năm ${stated.year} (theo ${statedIn(stated)}), ` +
    `không phải cùng kỳ năm trước của kỳ báo cáo (${expected.month} tháng năm ${expected.year}): ` +
    'các số so với cùng kỳ là so với một kỳ khác.'
  );
}
