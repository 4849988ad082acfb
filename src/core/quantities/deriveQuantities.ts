import type { QuantitySet, Regime } from '../types';
import { backlog } from './backlog';

/** The quantities of domain §3 for one measure, given or derived; null where neither is possible. */
export interface DerivedQuantities {
  /** T — tổng số thụ lý. */
  totalAccepted: number | null;
  /** P — tổng số phải thi hành. */
  mustEnforce: number | null;
  /** Đ — có điều kiện thi hành. */
  enforceable: number | null;
  /** K — chưa có điều kiện thi hành. */
  notEnforceable: number | null;
  /** H — hoãn, tạm đình chỉ (outside Đ only under regime B). */
  postponed: number | null;
  /** X = X1 + X2 — giải quyết xong. */
  completed: number | null;
  /** S = P − X — chuyển kỳ sau. */
  nextPeriod: number | null;
  /** S_Đ = Đ − X — có điều kiện chuyển kỳ sau. */
  enforceableBacklog: number | null;
}

/**
 * Completes one set of quantities through the identities of domain §3 (các đẳng thức):
 * T = C + M (T = C − F + M when the set holds F: C is then before the separate register); P = Đ + K (regime A) or Đ + K + H (regime B), else P = T − U − R;
 * Đ = P − K (− H under B); K likewise; X = X1 + X2; S = P − X; S_Đ = Đ − X.
 * A quantity the sheet gives is kept as given (checking it against the identities is the table
 * checker's job). An absent đình chỉ (X2) counts as 0 when thi hành xong (X1) is given, as a sheet
 * with only a "thi hành xong" column means; U and R are never assumed 0, because P = T would then
 * look right and be wrong whenever cases were delegated or withdrawn (domain §5, 2016: U + R = 22).
 *
 * @example deriveQuantities({ carriedOver: 346, newlyAccepted: 3379, enforceable: 3366, notEnforceable: 337, completed: 3086 }, 'A')
 * // totalAccepted 3725, mustEnforce 3703, enforceableBacklog 280, nextPeriod 617
 */
export function deriveQuantities(q: QuantitySet, regime: Regime): DerivedQuantities {
  // F in the set means C is gross (the reader drops F beside a net C): T = C − F + M (domain §3).
  const C = q.carriedOver !== undefined && q.separateRegister !== undefined ? q.carriedOver - q.separateRegister : q.carriedOver;
  const T = q.totalAccepted ?? sum(C, q.newlyAccepted);
  const H = q.postponed ?? null;
  const outsideD = regime === 'B' ? H : 0; // H stands outside Đ only under regime B
  let P = q.mustEnforce ?? null;
  if (P === null && q.enforceable !== undefined && q.notEnforceable !== undefined && outsideD !== null) {
    P = q.enforceable + q.notEnforceable + outsideD;
  }
  if (P === null && T !== null && q.delegated !== undefined && q.withdrawn !== undefined) {
    P = T - q.delegated - q.withdrawn;
  }
  let D = q.enforceable ?? null;
  if (D === null && P !== null && q.notEnforceable !== undefined && outsideD !== null) {
    D = P - q.notEnforceable - outsideD;
  }
  let K = q.notEnforceable ?? null;
  if (K === null && P !== null && D !== null && outsideD !== null) K = P - D - outsideD;
  const X = q.completed ?? (q.fullyEnforced !== undefined ? q.fullyEnforced + (q.terminated ?? 0) : null);
  const S = q.nextPeriod ?? backlog(P, X);
  const SD = q.enforceableBacklog ?? backlog(D, X);
  return {
    totalAccepted: T,
    mustEnforce: P,
    enforceable: D,
    notEnforceable: K,
    postponed: H,
    completed: X,
    nextPeriod: S,
    enforceableBacklog: SD,
  };
}

function sum(a: number | undefined, b: number | undefined): number | null {
  return a === undefined || b === undefined ? null : a + b;
}
