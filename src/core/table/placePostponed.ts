import type { BlockMapping } from './mapColumns';

/**
 * Hoãn nằm trong Đ ở chế độ B (domain §3: "a postponement the creditor agreed to stays inside Đ"): a
 * "Hoãn" column under the "Có điều kiện" parent of a regime B table is one of Đ's parts, read with the
 * other parts (trường hợp khác), not as H beside Đ — else P = Đ + K + H counts it twice.
 *
 * @example placePostponedInsideD(maps) // the role of each such column becomes { key: 'other' }
 */
export function placePostponedInsideD(maps: readonly Extract<BlockMapping, { ok: true }>[]): void {
  for (const m of maps) {
    for (const c of m.columns) {
      if (c.role.kind !== 'quantity' || c.role.key !== 'postponed' || m.postponedInsideD.indexOf(c.column) < 0) continue;
      c.role = { kind: 'quantity', measure: c.role.measure, key: 'other' };
      c.reasons.push('hoãn dưới "Có điều kiện thi hành" ở chế độ B: một phần của Đ (hoãn được người được thi hành án đồng ý), không phải H ngoài Đ');
    }
  }
}
