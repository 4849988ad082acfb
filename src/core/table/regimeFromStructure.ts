import type { Regime } from '../types';
import type { BlockMapping } from './mapColumns';
import { columnNames, type CellNaming } from '../text/columnName';

/** A regime the table itself points to (chế độ suy ra từ bảng), with why, in Vietnamese. */
export interface RegimeFound {
  regime: Regime;
  /** How it was found: the header structure, or the identities on the data. */
  source: 'structure' | 'data';
  reason: string;
}

type Mapped = Extract<BlockMapping, { ok: true }>;

/**
 * Chế độ theo cấu trúc tiêu đề (domain §3): a "Hoãn" column under the "Có điều kiện" parent with
 * another hoãn/tạm đình chỉ column beside Đ and K is a regime B form (the one inside Đ is the
 * postponement the creditor agreed to, "điểm c khoản 1 Điều 48", which stays in Đ); hoãn only under
 * Đ's parent is a regime A form (postponed cases are part of Đ). Null when the headers do not say.
 *
 * @example regimeFromStructure([map])?.regime // 'A' when "Hoãn" sits only under "Có điều kiện thi hành"
 */
export function regimeFromStructure(maps: readonly Mapped[], naming: CellNaming = {}): RegimeFound | null {
  const inside: number[] = [];
  const outside: number[] = [];
  for (const m of maps) {
    for (const c of m.columns) {
      if (c.role.kind !== 'quantity' || c.role.key !== 'postponed') continue;
      (m.postponedInsideD.indexOf(c.column) >= 0 ? inside : outside).push(c.column);
    }
  }
  if (inside.length === 0) return null;
  const cols = (l: number[]) => columnNames(l, naming);
  if (outside.length > 0) {
    return {
      regime: 'B',
      source: 'structure',
      reason: `có cột hoãn dưới "Có điều kiện thi hành" (${cols(inside)}) và cột hoãn, tạm đình chỉ bên cạnh Đ và K (${cols(outside)}): hoãn trong Đ là hoãn được người được thi hành án đồng ý, phần còn lại đứng ngoài Đ (P = Đ + K + H)`,
    };
  }
  return {
    regime: 'A',
    source: 'structure',
    reason: `cột hoãn, tạm đình chỉ (${cols(inside)}) nằm dưới "Có điều kiện thi hành": hoãn tính trong Đ (P = Đ + K)`,
  };
}
