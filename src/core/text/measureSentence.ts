import type { Measure } from '../types';
import type { MeasureIndicators } from '../indicators/types';
import { formatCount } from '../numbers/formatNumber';
import { formatMoney } from '../numbers/formatMoney';
import { formatPercent } from '../numbers/formatPercent';
import { progressTarget } from '../indicators/targetGap';
import { shownPoints } from './shownPoints';

export interface SentenceOptions {
  /** Decimals of rates and gaps (2: "84,88%"). */
  decimals?: number;
  /** Compare with the pro-rata progress (tiến độ) of `month` instead of the full-year target. */
  proRataMonth?: number | null;
  /** Money precision (decimals of tỷ / triệu). */
  moneyDecimals?: number;
}

/**
 * One measure of a unit in the agencies' style (domain §8), without the final period:
 * "Tổng số thụ lý 5.211 việc; có điều kiện thi hành 4.029 việc; đã giải quyết xong 3.420 việc,
 * đạt tỷ lệ 84,88%, vượt chỉ tiêu 4,88%; tăng 2,82% so với cùng kỳ". Clauses whose figures are
 * missing are left out. Rates come from the raw counts; gaps shown are differences of shown rates.
 *
 * @example measureSentence({ …, enforceable: 4029, completed: 3420, rate: 0.8488, target: 0.8 }, 'viec')
 */
export function measureSentence(m: MeasureIndicators, measure: Measure, options: SentenceOptions = {}): string {
  const decimals = options.decimals ?? 2;
  const amount = (v: number) => (measure === 'viec' ? `${formatCount(v)} việc` : formatMoney(v, options.moneyDecimals ?? 2));
  const pct = (v: number) => formatPercent(v, decimals);
  const clauses: string[] = [];
  if (m.totalAccepted !== null) clauses.push(`tổng số thụ lý ${amount(m.totalAccepted)}`);
  if (m.enforceable !== null) clauses.push(`có điều kiện thi hành ${amount(m.enforceable)}`);
  if (m.completed !== null) {
    let c = `đã giải quyết xong ${amount(m.completed)}`;
    if (m.rate !== null) {
      c += `, đạt tỷ lệ ${pct(m.rate)}`;
      const month = options.proRataMonth ?? null;
      if (m.target !== null) {
        const reference = month === null ? m.target : progressTarget(m.target, month);
        const word = month === null ? 'chỉ tiêu' : 'tiến độ';
        const gap = shownPoints(m.rate, reference, decimals);
        if (gap > 0) c += `, vượt ${word} ${pct(gap)}`;
        else if (gap < 0) c += `, thiếu ${pct(-gap)} so với ${word}`;
        else c += `, đạt ${word}`;
      }
    }
    clauses.push(c);
  }
  if (m.rate !== null && m.previousRate !== null) {
    const change = shownPoints(m.rate, m.previousRate, decimals);
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
