import { formatNumber } from './formatNumber';

/**
 * A rate written as the reports write it (tỷ lệ phần trăm): the fraction × 100, rounded half up,
 * with `decimals` decimals kept (2 by default: "84,88%").
 *
 * @example formatPercent(0.848846, 2) // "84,88%"
 * @example formatPercent(0.8, 2) // "80,00%"
 */
export function formatPercent(fraction: number, decimals = 2): string {
  return formatNumber(fraction * 100, decimals) + '%';
}

