import { pow10, scaledHalfUp } from './roundHalfUp';

/**
 * Writes a number the Vietnamese way: "." groups thousands, "," is the decimal mark
 * (định dạng số kiểu Việt Nam). Rounds half up to `decimals`; with `trim`, trailing zeros of the
 * decimals (and a bare ",") are dropped.
 *
 * @example formatNumber(1431146.957, 2) // "1.431.146,96"
 * @example formatNumber(406.5, 2, true) // "406,5"
 */
export function formatNumber(value: number, decimals: number, trim = false): string {
  if (value !== value) return 'không phải số';
  if (value === Infinity || value === -Infinity) return value > 0 ? 'vô cực' : 'âm vô cực';
  // Keep the shown digits a safe integer: fewer decimals for large values, then whole digits,
  // then "× 10^n" (beyond 10^21 JavaScript itself writes an exponent).
  let d = decimals;
  while (d > 0 && Math.abs(value) * pow10(d) >= MAX_SAFE) d--;
  if (Math.abs(value) >= MAX_SAFE) return largeNumber(value);
  const scaled = scaledHalfUp(value, d);
  const negative = scaled < 0;
  const abs = Math.abs(scaled);
  const factor = pow10(d);
  const whole = Math.floor(abs / factor);
  let text = groupThousands(String(whole));
  if (d > 0) {
    let frac = String(abs - whole * factor);
    while (frac.length < d) frac = '0' + frac;
    if (trim) {
      let end = frac.length;
      while (end > 0 && frac.charCodeAt(end - 1) === 48) end--;
      frac = frac.slice(0, end);
    }
    if (frac.length > 0) text += ',' + frac;
  }
  return negative ? '-' + text : text;
}

const MAX_SAFE = 9007199254740991;

/** A number beyond 2^53: its integer digits grouped below 10^21, else "1,8 × 10^308". */
function largeNumber(value: number): string {
  const abs = Math.abs(value);
  const sign = value < 0 ? '-' : '';
  if (abs < 1e21) return sign + groupThousands(abs.toFixed(0));
  const exponent = Math.floor(Math.log10(abs));
  const mantissa = Number((abs / Math.pow(10, exponent)).toPrecision(3));
  return `${sign}${String(mantissa).replace('.', ',')} × 10^${exponent}`;
}

/**
 * A count of cases (số việc), whole and grouped.
 *
 * @example formatCount(3420) // "3.420"
 */
export function formatCount(value: number): string {
  return formatNumber(value, 0);
}

function groupThousands(digits: string): string {
  let out = '';
  let i = digits.length;
  while (i > 3) {
    out = '.' + digits.slice(i - 3, i) + out;
    i -= 3;
  }
  return digits.slice(0, i) + out;
}
