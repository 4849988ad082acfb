import type { Regime } from '../types';

/**
 * The two classification regimes (chế độ phân loại, domain §3) in the report's words: which rules,
 * where postponed and suspended cases (hoãn, tạm đình chỉ) stand, and P's identity. One home for the
 * report's regime line and the note beside a comparison across two regimes.
 *
 * @example `hoãn, tạm đình chỉ ${REGIMES.B.postponed}` // 'hoãn, tạm đình chỉ ngoài số có điều kiện'
 */
export const REGIMES: Readonly<Record<Regime, { rules: string; postponed: string; identity: string }>> = {
  A: { rules: 'quy định 2013/2015', postponed: 'nằm trong số có điều kiện', identity: 'P = Đ + K' },
  B: { rules: 'quy định 2019/2024', postponed: 'ngoài số có điều kiện', identity: 'P = Đ + K + H' },
};
