import { ratio } from '../quantities/ratio';

/**
 * Tỷ lệ giải quyết xong = X / Đ = (X1 + X2) / Đ, a fraction. The denominator is always Đ (có điều
 * kiện thi hành), never T or P (domain §4). Null when Đ is 0 or missing: no rate, not 0%.
 *
 * @example completionRate(3420, 4029) // 0.848846… (84,88%)
 */
export function completionRate(completed: number | null, enforceable: number | null): number | null {
  return ratio(completed, enforceable);
}
