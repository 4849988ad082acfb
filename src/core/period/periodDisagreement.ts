import type { Period } from '../types';
import { statedIn, type StatedPeriod } from './statedPeriod';

/**
 * Kỳ đã chọn khác kỳ ghi trên bảng: the period the user set (a command-line flag, the sidebar's year
 * and month) against the one the table's title or sheet name states. The figures are those of the
 * stated period: a report labelled otherwise (12-month figures called "6 tháng") would be wrong, so
 * it is a warning wherever the period is set. Null when they agree or the table states none.
 *
 * @example periodDisagreement({ year: 2020, month: 6 }, { year: 2020, month: 12, source: 'title', text: '12 tháng năm 2020' })
 * // 'Kỳ báo cáo đã chọn (6 tháng năm 2020) khác kỳ ghi ở tiêu đề «12 tháng năm 2020» (12 tháng năm 2020): …'
 */
export function periodDisagreement(chosen: Period, stated: StatedPeriod | null): string | null {
  if (!stated || (stated.year === chosen.year && stated.month === chosen.month)) return null;
  const where = statedIn(stated);
  return (
    `Kỳ báo cáo đã chọn (${chosen.month} tháng năm ${chosen.year}) khác kỳ ghi ở ${where} (${stated.month} tháng năm ${stated.year}): ` +
    `số liệu của bảng là của kỳ ghi ở ${stated.source === 'title' ? 'tiêu đề' : 'tên trang'}; hãy kiểm tra lại năm và tháng.`
  );
}
