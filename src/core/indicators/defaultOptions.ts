import type { Period } from '../types';
import { regimeForYear } from '../period/regimeForYear';
import type { IndicatorOptions } from './types';

/**
 * The defaults of domain §4 for a period: regime from the year (2020 → B, a guess the user can
 * override), full-year targets, shares over P, ranking by việc rate (ties by tiền rate).
 *
 * @example defaultIndicatorOptions({ year: 2019, month: 6 }).regime // 'A'
 */
export function defaultIndicatorOptions(period?: Period): IndicatorOptions {
  const options: IndicatorOptions = {
    regime: period ? regimeForYear(period.year) : 'B',
    targetMode: 'fullYear',
    shareBase: 'mustEnforce',
    rankBy: { kind: 'viec' },
  };
  if (period) options.period = period;
  return options;
}
