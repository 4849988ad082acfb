import { foldVietnamese } from '../text/normalize';
import type { Period } from '../types';
import { isPeriod } from './isPeriod';

/**
 * Cumulative periods as titles write them: "12 tháng năm 2020", "6 THÁNG ĐẦU NĂM 2019",
 * "9 tháng năm thống kê 2024", "12 tháng 2024", and the short "6T/2019", "6T-2019".
 */
const CUMULATIVE = [/(\d{1,2}) thang (?:dau )?(?:nam )?(?:thong ke )?(\d{4})/g, /\b(\d{1,2}) ?t ?[/-] ?(\d{4})\b/g];

/**
 * Kỳ báo cáo ghi trong một dòng tiêu đề (or a sheet's name): the cumulative months and the
 * statistical year of "… 12 THÁNG NĂM 2020", "6 tháng đầu năm 2019", "12 tháng 2024", "6T/2019".
 * The first mention that is a valid period (isPeriod) is taken; null when none. A bare year is
 * not a period (it may be the printing date), nor a date ("ngày 30 tháng 9 năm 2024"). The one
 * reading of both the sidebar's guess and a case register's title.
 *
 * @example periodFromTitle('BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 12 THÁNG NĂM 2020') // { year: 2020, month: 12 }
 * @example periodFromTitle('Số liệu 6T/2019') // { year: 2019, month: 6 }
 * @example periodFromTitle('15 tháng năm 2020') // null
 */
export function periodFromTitle(text: string): Period | null {
  const folded = foldVietnamese(text, { keepPunctuation: true });
  for (const pattern of CUMULATIVE) {
    // Every mention in turn ("15 tháng năm 2020, 12 tháng năm 2020"): the patterns are global.
    pattern.lastIndex = 0;
    for (let m = pattern.exec(folded); m !== null; m = pattern.exec(folded)) {
      const period = { year: Number(m[2]), month: Number(m[1]) };
      if (isPeriod(period)) return period;
    }
  }
  return null;
}
