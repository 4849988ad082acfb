import type { QuantityKey } from '../types';

/** One quantity of domain §3 (một chỉ tiêu thống kê), named once for every layer. */
export interface QuantityTerm {
  key: QuantityKey;
  /** The domain's symbol ("Đ", "X1", "S_Đ"); null for the parts of Đ that have none (đang thi hành, khác). */
  symbol: string | null;
  /** Vietnamese name as the forms print it, lower case: "có điều kiện thi hành". */
  vi: string;
  /** Shorter Vietnamese name for messages that repeat it on every row: "có điều kiện". */
  short: string;
  /** English name: "Enforceable". */
  en: string;
  /**
   * Header words that name it (tiêu đề), as typed in the forms; matched after normalisation and the
   * abbreviations. Within one quantity the first that occurs is the one reported. A quantity read only
   * from its place under another header (S_Đ: "Có điều kiện" under "Chuyển kỳ sau") has none.
   */
  phrases: readonly string[];
}

/** The quantities in the order a THADS form lists them (the sidebar's order). */
export const QUANTITIES: readonly QuantityTerm[] = [
  { key: 'carriedOver', symbol: 'C', vi: 'năm trước chuyển sang', short: 'số cũ', en: 'Carried over', phrases: ['năm trước chuyển sang', 'kỳ trước chuyển sang', 'chuyển sang', 'số cũ', 'cũ'] },
  { key: 'separateRegister', symbol: 'F', vi: 'án theo dõi riêng', short: 'theo dõi riêng', en: 'Separate register', phrases: ['theo dõi riêng', 'sổ theo dõi riêng'] },
  { key: 'newlyAccepted', symbol: 'M', vi: 'thụ lý mới', short: 'thụ lý mới', en: 'Newly accepted', phrases: ['thụ lý mới', 'mới'] },
  // A bare "Thụ lý" is T unless a child header says C or M.
  { key: 'totalAccepted', symbol: 'T', vi: 'tổng số thụ lý', short: 'tổng thụ lý', en: 'Total accepted', phrases: ['tổng số thụ lý', 'tổng thụ lý', 'thụ lý', 'tổng số giải quyết'] },
  { key: 'delegated', symbol: 'U', vi: 'ủy thác', short: 'ủy thác', en: 'Delegated', phrases: ['ủy thác'] },
  { key: 'withdrawn', symbol: 'R', vi: 'thu hồi, hủy, rút lên', short: 'thu hồi, hủy', en: 'Withdrawn', phrases: ['thu hồi', 'hủy quyết định', 'hủy', 'rút lên', 'rút'] },
  { key: 'mustEnforce', symbol: 'P', vi: 'tổng số phải thi hành', short: 'phải thi hành', en: 'Must enforce', phrases: ['phải thi hành', 'phải thi hành án'] },
  { key: 'enforceable', symbol: 'Đ', vi: 'có điều kiện thi hành', short: 'có điều kiện', en: 'Enforceable', phrases: ['có điều kiện'] },
  { key: 'notEnforceable', symbol: 'K', vi: 'chưa có điều kiện thi hành', short: 'chưa có điều kiện', en: 'Not enforceable', phrases: ['chưa có điều kiện', 'không có điều kiện', 'chưa đủ điều kiện'] },
  { key: 'postponed', symbol: 'H', vi: 'hoãn, tạm đình chỉ', short: 'hoãn, tạm đình chỉ', en: 'Postponed, suspended', phrases: ['tạm đình chỉ', 'hoãn', 'tạm dừng'] },
  { key: 'fullyEnforced', symbol: 'X1', vi: 'thi hành xong', short: 'thi hành xong', en: 'Fully enforced', phrases: ['thi hành xong', 'thi hành án xong', 'thực hiện xong'] },
  { key: 'terminated', symbol: 'X2', vi: 'đình chỉ', short: 'đình chỉ', en: 'Terminated', phrases: ['đình chỉ'] },
  { key: 'completed', symbol: 'X', vi: 'giải quyết xong', short: 'giải quyết xong', en: 'Completed', phrases: ['giải quyết xong', 'đã giải quyết', 'xong'] },
  { key: 'inProgress', symbol: null, vi: 'đang thi hành', short: 'đang thi hành', en: 'In progress', phrases: ['đang thi hành', 'đang giải quyết', 'đang tổ chức thi hành'] },
  { key: 'other', symbol: null, vi: 'trường hợp khác', short: 'trường hợp khác', en: 'Other', phrases: ['trường hợp khác', 'lý do khác', 'khác'] },
  { key: 'nextPeriod', symbol: 'S', vi: 'chuyển kỳ sau', short: 'chuyển kỳ sau', en: 'Next period', phrases: ['chuyển kỳ sau', 'kỳ sau', 'năm sau', 'chuyển sang kỳ sau', 'còn lại chuyển'] },
  { key: 'enforceableBacklog', symbol: 'S_Đ', vi: 'có điều kiện chuyển kỳ sau', short: 'có điều kiện chuyển kỳ sau', en: 'Enforceable backlog', phrases: [] },
];

const BY_KEY = new Map<string, QuantityTerm>();

/**
 * The term of a quantity key.
 *
 * @example quantityTerm('enforceable').symbol // 'Đ'
 */
export function quantityTerm(key: QuantityKey): QuantityTerm {
  if (BY_KEY.size === 0) for (const q of QUANTITIES) BY_KEY.set(q.key, q);
  return BY_KEY.get(key) as QuantityTerm;
}

/**
 * A quantity named in a message, with its symbol: "có điều kiện thi hành (Đ)", "đang thi hành".
 * `short` gives the shorter name a per-row message repeats: "có điều kiện (Đ)".
 *
 * @example quantityName('fullyEnforced') // 'thi hành xong (X1)'
 * @example quantityName('carriedOver', 'short') // 'số cũ (C)'
 */
export function quantityName(key: QuantityKey, form: 'full' | 'short' = 'full'): string {
  const q = quantityTerm(key);
  const name = form === 'short' ? q.short : q.vi;
  return q.symbol ? `${name} (${q.symbol})` : name;
}
