import type { Period } from '../types';

/**
 * A valid period: a whole year from 2000 to 2100 and a cumulative month from 1 to 12.
 *
 * @example isPeriod({ year: 2020, month: 13 }) // false
 */
export function isPeriod(p: Period): boolean {
  return Number.isInteger(p.year) && p.year >= 2000 && p.year <= 2100 && Number.isInteger(p.month) && p.month >= 1 && p.month <= 12;
}
