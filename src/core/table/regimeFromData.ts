import type { UnitRecord } from '../types';
import { same } from '../validation/checkRowIdentities';
import type { RegimeFound } from './regimeFromStructure';

/**
 * Chế độ theo số liệu (domain §3): with H beside Đ and K, the identity the rows satisfy says the
 * regime — P = Đ + K + H on every row that has the four figures (and some H ≠ 0) is regime B, P = Đ + K
 * is regime A. Null when the rows have no such figures, or hold neither identity throughout.
 *
 * @example regimeFromData([{ viec: { mustEnforce: 130, enforceable: 100, notEnforceable: 20, postponed: 10 }, … }])?.regime // 'B'
 */
export function regimeFromData(units: readonly UnitRecord[]): RegimeFound | null {
  let rows = 0;
  let holdsA = 0;
  let holdsB = 0;
  let someH = false;
  for (const u of units) {
    for (const q of [u.viec, u.tien]) {
      const { mustEnforce: p, enforceable: d, notEnforceable: k, postponed: h } = q;
      if (p === undefined || d === undefined || k === undefined || h === undefined) continue;
      rows++;
      if (h !== 0) someH = true;
      if (same(p, d + k + h)) holdsB++;
      if (same(p, d + k)) holdsA++;
    }
  }
  if (rows === 0 || !someH) return null;
  if (holdsB === rows) return { regime: 'B', source: 'data', reason: `P = Đ + K + H đúng trên cả ${rows} dòng có đủ số liệu` };
  if (holdsA === rows) return { regime: 'A', source: 'data', reason: `P = Đ + K (hoãn tính trong Đ) đúng trên cả ${rows} dòng có đủ số liệu` };
  return null;
}
