import { headerConcept } from '../table/headerConcept';
import type { QuantityKey } from '../types';

/** The status of a case at the end of the period, as the quantity it counts in (or null: not understood). */
export type StatusKey = Extract<
  QuantityKey,
  'fullyEnforced' | 'terminated' | 'completed' | 'inProgress' | 'other' | 'notEnforceable' | 'postponed' | 'delegated' | 'withdrawn'
>;

const KEYS: ReadonlySet<string> = new Set(['fullyEnforced', 'terminated', 'completed', 'inProgress', 'other', 'notEnforceable', 'postponed', 'delegated', 'withdrawn']);

/**
 * Trạng thái của việc: the quantity a case's status counts in — "Thi hành xong" X1, "Đình chỉ" X2,
 * "Đang thi hành", "Trường hợp khác", "Chưa có điều kiện" K, "Hoãn"/"Tạm đình chỉ" H, "Ủy thác" U,
 * "Thu hồi, hủy quyết định" R — matched as headers are (case, spacing, accents, THA/CĐK/TĐC…).
 * Callers memoize it per distinct text: a register repeats a handful of statuses.
 *
 * @example statusKey('Tạm đình chỉ') // 'postponed'
 * @example statusKey('đang THA') // 'inProgress'
 */
export function statusKey(text: string): StatusKey | null {
  const c = headerConcept(text);
  if (!c) return null;
  return KEYS.has(c.concept) ? (c.concept as StatusKey) : null;
}
