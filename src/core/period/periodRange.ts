import type { Period } from '../types';

/**
 * First and last day of a cumulative period (từ ngày … đến ngày …), as calendar triples so that no
 * time zone enters: from 01/10 of year−1 to the last day of the m-th month.
 *
 * @example periodRange({ year: 2019, month: 6 }) // { from: [2018, 10, 1], to: [2019, 3, 31] }
 */
export function periodRange(period: Period): { from: [number, number, number]; to: [number, number, number] } {
  const monthIndex = 9 + period.month; // months since January of year−1, 1-based: 10 = October
  const endYear = period.year - 1 + Math.floor((monthIndex - 1) / 12);
  const endMonth = ((monthIndex - 1) % 12) + 1;
  return { from: [period.year - 1, 10, 1], to: [endYear, endMonth, daysInMonth(endYear, endMonth)] };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
