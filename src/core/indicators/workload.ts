import { ratio } from '../quantities/ratio';

/**
 * Bình quân mỗi chấp hành viên: a quantity (T or P, việc or tiền) per enforcement officer.
 * Null without officers.
 *
 * @example perOfficer(923541, 4275) // 216.03… (≈ 216 việc / CHV, national 2020 style)
 */
export function perOfficer(quantity: number | null, officers: number | null | undefined): number | null {
  return ratio(quantity, officers);
}
