import type { Measure } from '../types';
import type { MeasureIndicators } from '../indicators/types';
import { formatCount } from '../numbers/formatNumber';
import { formatMoney } from '../numbers/formatMoney';
import { formatPercent } from '../numbers/formatPercent';
import { progressGap, targetGap } from '../indicators/targetGap';
import { rateChange } from '../indicators/yearOverYear';
import { stillNeeded } from '../indicators/stillNeeded';

export interface SentenceOptions {
  /** Compare with the pro-rata progress (tiến độ) of `month` instead of the full-year target. */
  proRataMonth?: number | null;
  /** Money precision (decimals of tỷ / triệu). */
  moneyDecimals?: number;
}

/**
 * One measure of a unit in the agencies' style (domain §8), without the final period:
 * "Tổng số thụ lý 5.211 việc; có điều kiện thi hành 4.029 việc; đã giải quyết xong 3.420 việc,
 * đạt tỷ lệ 84,88%, vượt chỉ tiêu 4,88%; tăng 2,82% so với cùng kỳ". Clauses whose figures are
 * missing are left out. Rates come from the raw counts and are written with two decimals; gaps,
 * "đạt" and changes come from the same functions as the table's (targetGap, progressGap,
 * rateChange: differences of shown rates), so the text and the table cannot disagree.
 *
 * @example measureSentence({ …, enforceable: 4029, completed: 3420, rate: 0.8488, target: 0.8 }, 'viec')
 */
export function measureSentence(m: MeasureIndicators, measure: Measure, options: SentenceOptions = {}): string {
  const amount = (v: number) => (measure === 'viec' ? `${formatCount(v)} việc` : formatMoney(v, options.moneyDecimals ?? 2));
  const pct = (v: number) => formatPercent(v, 2);
  const clauses: string[] = [];
  if (m.totalAccepted !== null) clauses.push(`tổng số thụ lý ${amount(m.totalAccepted)}`);
  if (m.enforceable !== null) clauses.push(`có điều kiện thi hành ${amount(m.enforceable)}`);
  if (m.completed !== null) {
    let c = `đã giải quyết xong ${amount(m.completed)}`;
    if (m.rate !== null) {
      c += `, đạt tỷ lệ ${pct(m.rate)}`;
      const month = options.proRataMonth ?? null;
      if (m.target !== null) {
        const word = month === null ? 'chỉ tiêu' : 'tiến độ';
        const gap = (month === null ? targetGap(m.rate, m.target) : progressGap(m.rate, m.target, month))!;
        if (gap > 0) c += `, vượt ${word} ${pct(gap)}`;
        else if (gap < 0) c += `, thiếu ${pct(-gap)} so với ${word}`;
        else c += `, đạt ${word}`;
      }
    }
    clauses.push(c);
    const needed = stillNeededClause(m, measure, amount);
    if (needed) clauses.push(needed);
  }
  if (m.rate !== null && m.previousRate !== null) {
    const change = rateChange(m.rate, m.previousRate)!;
    clauses.push(change > 0 ? `tăng ${pct(change)} so với cùng kỳ` : change < 0 ? `giảm ${pct(-change)} so với cùng kỳ` : 'bằng cùng kỳ');
  }
  if (m.completedChange !== null && m.completedChange !== 0) {
    const rel = m.completedChangeRelative !== null ? ` (${pct(Math.abs(m.completedChangeRelative))})` : '';
    const word = m.completedChange > 0 ? 'tăng' : 'giảm';
    clauses.push(`số giải quyết xong ${word} ${amount(Math.abs(m.completedChange))}${rel} so với cùng kỳ`);
  }
  const text = clauses.join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * "còn phải giải quyết thêm 223 việc để đạt chỉ tiêu cả năm" (what is still needed, domain §4): below
 * the full-year target, the smallest addition to X for which the rate as shown reaches it, on today's Đ
 * (stillNeeded); money rounded up to the precision it is written in, so the amount written is enough.
 * Null when met, without a target or a rate.
 */
function stillNeededClause(m: MeasureIndicators, measure: Measure, amount: (v: number) => string): string | null {
  if (m.rate === null || m.target === null || m.completed === null || m.enforceable === null) return null;
  const first = stillNeeded(m.completed, m.enforceable, m.target);
  if (first === null) return null;
  if (typeof first !== 'number') {
    return `với số có điều kiện hiện nay không thể đạt chỉ tiêu cả năm (giải quyết xong cả ${amount(first.remaining)} còn lại vẫn chưa đạt)`;
  }
  // Money is written in tỷ or triệu with two decimals: round the amount up to what will be shown.
  const step = measure === 'viec' ? 1 : first >= 1e9 ? 1e7 : first >= 1e6 ? 1e4 : 1;
  const n = step === 1 ? first : stillNeeded(m.completed, m.enforceable, m.target, step);
  return typeof n === 'number' ? `còn phải giải quyết thêm ${amount(n)} để đạt chỉ tiêu cả năm` : null;
}
