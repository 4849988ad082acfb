import { shownRate } from '../indicators/shownRate';
import { sortOrder } from './sortAscending';

/** NaN, the mark of a row not ranked (in and out of rankDescending), named for what it means. */
export const NOT_RANKED = Number.NaN;

/**
 * Competition ranks (xếp hạng "1, 2, 2, 4"), highest first, over a typed column: NaN marks a row
 * that is not ranked (blank, a totals row) and gets NaN back. A value's rank is 1 + the number of
 * ranked values strictly above it.
 *
 * Values are compared as shown (shownRate: rounded half up to four decimals), because a rank must
 * follow the figures the reader sees: two rates both shown as 84,88% (0.848812 and 0.848791) tie.
 * Points, counts and amounts with at most four decimals are ranked exactly as given.
 *
 * Typed arrays in and out because a 100.000-row column is the common case: a plain array of
 * fractions would box every value, and the boxes, not the sort, would be most of the time.
 * One radix sort (sortOrder) and one sweep from the top: O(n), no comparator calls.
 *
 * @example rankDescending(Float64Array.of(0.9, 0.8, 0.9, NaN, 0.7)) // Float64Array [1, 3, 1, NaN, 4]
 * @example rankDescending(Float64Array.of(0.848812, 0.848791, 0.9)) // Float64Array [2, 2, 1] (both 84,88%)
 */
export function rankDescending(values: Float64Array): Float64Array {
  const n = values.length;
  let count = 0;
  for (let i = 0; i < n; i++) if (values[i] === values[i]) count++;
  const kept = new Float64Array(count);
  const where = new Uint32Array(count);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (v !== v) continue;
    kept[k] = shownRate(v);
    where[k++] = i;
  }
  const order = sortOrder(kept);
  const ranks = new Float64Array(n).fill(NOT_RANKED);
  // Sweep from the largest: every member of a group of equal values has 1 + (how many are above).
  let p = count - 1;
  while (p >= 0) {
    const v = kept[order[p]!]!;
    const rank = count - p;
    let q = p;
    while (q >= 0 && kept[order[q]!] === v) {
      ranks[where[order[q]!]!] = rank;
      q--;
    }
    p = q;
  }
  return ranks;
}
