import { isPeriod } from '../../core/period/isPeriod';
import { foldVietnamese } from '../../core/text/normalize';
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
    const p = periodIn(text);
    if (p) return { ...p, source: 'title', text };
  }
  const p = periodIn(sheetName);
  return p ? { ...p, source: 'sheetName', text: sheetName } : null;
}

function periodIn(text: string): { year: number; month: number } | null {
  const folded = foldVietnamese(text, { keepPunctuation: true });
  const patterns = [/(\d{1,2}) thang (?:dau )?nam (?:thong ke )?(\d{4})/, /\b(\d{1,2}) ?t ?[/-] ?(\d{4})\b/];
  for (const re of patterns) {
    const m = re.exec(folded);
    if (!m) continue;
    const period = { year: Number(m[2]), month: Number(m[1]) };
    if (isPeriod(period)) return period;
  }
  return null;
}
