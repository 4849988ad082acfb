/**
 * Rounds half up (away from zero), as Sheets' ROUND and the agencies' reports do (làm tròn).
 * The product is first cleaned to 15 significant digits so that a value written as 1,005 (stored as
 * 1.00499999…) rounds to 1,01 like the digits the user sees, not like its binary approximation.
 *
 * @example roundHalfUp(84.885, 2) // 84.89
 * @example roundHalfUp(-0.5, 0) // -1
 * @example roundHalfUp(1e300, 4) // 1e300
 */
export function roundHalfUp(value: number, decimals: number): number {
  // From 2^53 on, once scaled, a double holds no digit at `decimals` to round, and scaling could
  // overflow to Infinity: such a value (and NaN) is returned as it is.
  if (!(Math.abs(value) * pow10(decimals) < MAX_EXACT)) return value;
  return scaledHalfUp(value, decimals) / pow10(decimals);
}

const MAX_EXACT = 9007199254740992;

/**
 * `value` × 10^decimals rounded half up to a whole number: the digits a display shows, as an
 * integer, so that formatting and differences of shown values never meet float noise.
 *
 * @example scaledHalfUp(0.848846, 4) // 8488
 */
export function scaledHalfUp(value: number, decimals: number): number {
  const sign = value < 0 ? -1 : 1;
  const raw = Math.abs(value) * pow10(decimals);
  const whole = Math.floor(raw);
  const fraction = raw - whole;
  // Cleaning to 15 digits moves a value below 10^7 by less than 10^-7, which can only change the
  // rounding near a half: elsewhere round directly (toPrecision costs ~0,14 µs, and ranking rounds
  // a 100.000-row column).
  const rounded =
    raw < 1e7 && (fraction < 0.499999 || fraction > 0.500001)
      ? fraction < 0.5
        ? whole
        : whole + 1
      : Math.round(Number(raw.toPrecision(15)));
  return rounded === 0 ? 0 : sign * rounded;
}

const POWERS = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/** 10^n exactly for the small n used in display precisions. */
export function pow10(n: number): number {
  return POWERS[n] ?? Math.pow(10, n);
}
