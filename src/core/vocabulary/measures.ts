import type { Measure } from '../types';

/**
 * The two measures every quantity is counted in (domain §1): việc (cases) and tiền (money), in the
 * words of messages ("về việc", "Tỷ lệ tiền") and of the English sidebar.
 *
 * @example `có điều kiện thi hành (Đ) về ${MEASURES.tien.vi}` // 'có điều kiện thi hành (Đ) về tiền'
 */
export const MEASURES: Readonly<Record<Measure, { vi: string; en: string }>> = {
  viec: { vi: 'việc', en: 'cases' },
  tien: { vi: 'tiền', en: 'money' },
};
