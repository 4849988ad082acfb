/**
 * Orders finite numbers ascending by an LSD radix sort over their IEEE-754 bits (sắp xếp tăng dần)
 * and returns the permutation: `order[k]` is the index in `values` of the k-th smallest. Stable.
 * A column of 100.000 rates sorts in a few milliseconds, with no comparator calls; ranking then
 * needs one linear sweep instead of a binary search per row (cache misses dominate those).
 * The bits are mapped so that unsigned order is numeric order: negative numbers have all bits
 * flipped, the others only the sign bit. −0 sorts just before +0; they compare equal anyway.
 *
 * @example sortOrder(Float64Array.of(0.5, -1, 0.25)) // Uint32Array [1, 2, 0]
 */
export function sortOrder(values: Float64Array): Uint32Array {
  const n = values.length;
  // Little-endian layout of doubles in typed arrays (every engine Apps Script and Node run on).
  const words = new Uint32Array(values.buffer, values.byteOffset, n * 2);
  let lo = new Uint32Array(n);
  let hi = new Uint32Array(n);
  let order = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const l = words[2 * i]!;
    const h = words[2 * i + 1]!;
    if (h & 0x80000000) {
      lo[i] = ~l >>> 0;
      hi[i] = ~h >>> 0;
    } else {
      lo[i] = l;
      hi[i] = (h | 0x80000000) >>> 0;
    }
    order[i] = i;
  }
  let lo2 = new Uint32Array(n);
  let hi2 = new Uint32Array(n);
  let order2 = new Uint32Array(n);
  const count = new Uint32Array(2048);
  // Six passes of 11 bits: bits 0–10, 11–21, 22–31 of the low word, then of the high word.
  for (let pass = 0; pass < 6 && n > 1; pass++) {
    const shift = (pass % 3) * 11;
    const keys = pass >= 3 ? hi : lo;
    count.fill(0);
    for (let i = 0; i < n; i++) count[(keys[i]! >>> shift) & 2047]!++;
    // A digit all keys share orders nothing: skip the pass (common for the high bits of rates).
    if (count[(keys[0]! >>> shift) & 2047] === n) continue;
    let sum = 0;
    for (let b = 0; b < 2048; b++) {
      const c = count[b]!;
      count[b] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const at = count[(keys[i]! >>> shift) & 2047]!++;
      lo2[at] = lo[i]!;
      hi2[at] = hi[i]!;
      order2[at] = order[i]!;
    }
    let t = lo;
    lo = lo2;
    lo2 = t;
    t = hi;
    hi = hi2;
    hi2 = t;
    t = order;
    order = order2;
    order2 = t;
  }
  return order;
}
