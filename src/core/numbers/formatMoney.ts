import { formatNumber } from './formatNumber';
import { roundHalfUp } from './roundHalfUp';

/**
 * An amount in đồng written as the reports write it (số tiền): from 1 tỷ up in tỷ đồng, from
 * 1 triệu up in triệu đồng, below that in đồng, grouped. The precision rule: at most
 * `maxDecimals` decimals of the unit shown (2 by default, i.e. to 10 triệu when in tỷ), rounded
 * half up, trailing zeros dropped — "406,5 tỷ đồng", not "406,50 tỷ đồng". A value that rounds up
 * to 1.000 triệu is written in tỷ.
 *
 * @example formatMoney(406_500_000_000) // "406,5 tỷ đồng"
 * @example formatMoney(73_912_345_678) // "73,91 tỷ đồng"
 * @example formatMoney(350_000) // "350.000 đồng"
 */
export function formatMoney(amount: number, maxDecimals = 2): string {
  const abs = Math.abs(amount);
  if (abs >= 1e6) {
    const millions = roundHalfUp(amount / 1e6, maxDecimals);
    if (Math.abs(millions) < 1000) return formatNumber(millions, maxDecimals, true) + ' triệu đồng';
    return formatNumber(amount / 1e9, maxDecimals, true) + ' tỷ đồng';
  }
  return formatNumber(amount, 0) + ' đồng';
}

