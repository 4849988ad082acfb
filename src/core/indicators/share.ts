import { ratio } from '../quantities/ratio';

/**
 * Tỷ trọng: a part over a base (Đ / P by the rules, Đ / T as some reports write it), a fraction.
 *
 * @example share(3366, 3725) // 0.9036… ("chiếm tỷ lệ 90%")
 */
export function share(part: number | null, base: number | null): number | null {
  return ratio(part, base);
}
