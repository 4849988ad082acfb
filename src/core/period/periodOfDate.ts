import type { Period } from '../types';

/**
 * The statistical period a report ending on `date` covers (kỳ thống kê): year N runs from 01/10 of
 * N−1 to 30/09 of N, and month m counts the cumulative months since 01/10 (domain §2). A date in
 * October of 2019 is month 1 of year 2020; a date in March 2020 is month 6 of year 2020.
 * Uses the date's calendar fields (the sheet's time zone, as Apps Script hands dates over).
 *
 * @example periodOfDate(new Date(2020, 2, 31)) // { year: 2020, month: 6 }
 */
export function periodOfDate(date: Date): Period {
  const y = date.getFullYear();
  const m = date.getMonth() + 1;
  return m >= 10 ? { year: y + 1, month: m - 9 } : { year: y, month: m + 3 };
}
