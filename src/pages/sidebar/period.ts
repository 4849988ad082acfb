/**
 * The statistical period in the sidebar (kỳ báo cáo, domain §2): year N runs 01/10/N-1 to 30/09/N,
 * a report covers `month` months cumulated from 01/10. The regime defaults from the year (chế độ A
 * up to 2019, B from 2020): a guess the user may override, since the 2019 rules took effect on
 * 05/01/2020, inside statistical year 2020.
 *
 * @example
 * periodEnd({ year: 2019, month: 6 })   // "31/03/2019"
 * periodStart(2020)                      // "01/10/2019"
 * regimeForYear(2019)                    // "A"
 */
import type { Period, Regime } from '../../core/types';

/** Chế độ A (rules of 2013/2015) up to 2019, B (rules of 2019/2024) from 2020. */
export function regimeForYear(year: number): Regime {
  return year <= 2019 ? 'A' : 'B';
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** "01/10/N-1": the first day of statistical year N. */
export function periodStart(year: number): string {
  return `01/10/${year - 1}`;
}

/** The last day of a cumulative period, dd/mm/yyyy: month 1 → 31/10/N-1, 12 → 30/09/N. */
export function periodEnd(p: Period): string {
  const calMonth = ((9 + p.month - 1) % 12) + 1; // 1 → October (10), 4 → January (1)
  const calYear = p.month <= 3 ? p.year - 1 : p.year;
  const leap = (calYear % 4 === 0 && calYear % 100 !== 0) || calYear % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][calMonth - 1] ?? 30;
  return `${pad(days)}/${pad(calMonth)}/${calYear}`;
}
