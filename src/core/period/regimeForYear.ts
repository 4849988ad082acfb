import type { Regime } from '../types';

/**
 * The classification regime a statistical year is reported under by default (chế độ phân loại,
 * domain §3): A up to 2019, B from 2020. Year 2020 began on 01/10/2019 and the 2019 rules took
 * effect on 05/01/2020, inside it: B for 2020 is a guess, and the user can always override it.
 *
 * @example regimeForYear(2019) // 'A'
 * @example regimeForYear(2020) // 'B'
 */
export function regimeForYear(year: number): Regime {
  return year <= 2019 ? 'A' : 'B';
}
