import { periodFromTitle } from '../../core/period/periodFromTitle';
import type { PeriodGuess } from '../../shared/rpc';

/**
 * Reads the period from a table's title rows, then from the sheet's name (đoán kỳ báo cáo):
 * "… 6 THÁNG NĂM 2019", "12 tháng năm 2020", "6T/2019", "6T-2019". Null when none says it — the
 * sidebar then asks; a bare year is not taken as a period (it may be the printing date).
 *
 * @example guessPeriod(['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 12 THÁNG NĂM 2020'], 'Số liệu')
 *   // { year: 2020, month: 12, source: "title", text: "BÁO CÁO … 12 THÁNG NĂM 2020" }
 */
export function guessPeriod(titleRows: readonly string[], sheetName: string): PeriodGuess | null {
  for (const text of titleRows) {
    const p = periodFromTitle(text);
    if (p) return { ...p, source: 'title', text };
  }
  const p = periodFromTitle(sheetName);
  return p ? { ...p, source: 'sheetName', text: sheetName } : null;
}
