/**
 * A1 notation of a 0-based cell (địa chỉ ô), for conditional-format formulas.
 *
 * @example a1(4, 2) // "C5"
 * @example a1(0, 27, { absoluteColumn: true }) // "$AB1"
 */
export function a1(row: number, column: number, options: { absoluteColumn?: boolean } = {}): string {
  return `${options.absoluteColumn ? '$' : ''}${columnLetters(column)}${row + 1}`;
}

/**
 * @example columnLetters(0) // "A"
 * @example columnLetters(26) // "AA"
 */
export function columnLetters(column: number): string {
  let n = column + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
