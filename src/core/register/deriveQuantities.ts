import type { QuantitySet, Regime } from '../types';
import { SLOT } from './slots';

/**
 * Các chỉ tiêu suy ra: a group's counts (or amounts) with the quantities the identities of domain §3
 * derive from them: X = X1 + X2 (+ what open cases collected, when counted), Đ = X + đang thi hành +
 * khác (+ H in regime A), P = T − U − R, S = P − X, S_Đ = Đ − X. C and M only when the register has
 * acceptance dates.
 *
 * @example deriveQuantities(counts, 'B', true, 0).enforceable
 */
export function deriveQuantities(a: Float64Array, regime: Regime, hasAccepted: boolean, partial: number): QuantitySet {
  // Each slot read by name from SLOT (a fixed object: one shape, fast loads), once.
  const fullyEnforced = a[SLOT.fullyEnforced] as number;
  const terminated = a[SLOT.terminated] as number;
  const completed = a[SLOT.completed] as number;
  const inProgress = a[SLOT.inProgress] as number;
  const other = a[SLOT.other] as number;
  const postponed = a[SLOT.postponed] as number;
  const totalAccepted = a[SLOT.totalAccepted] as number;
  const delegated = a[SLOT.delegated] as number;
  const withdrawn = a[SLOT.withdrawn] as number;
  const x = fullyEnforced + terminated + completed + partial;
  const enforceable = fullyEnforced + terminated + completed + inProgress + other + (regime === 'A' ? postponed : 0);
  const mustEnforce = totalAccepted - delegated - withdrawn;
  const q: QuantitySet = {
    totalAccepted,
    delegated,
    withdrawn,
    mustEnforce,
    enforceable,
    notEnforceable: a[SLOT.notEnforceable] as number,
    postponed,
    fullyEnforced,
    terminated,
    inProgress,
    other,
    completed: x,
    nextPeriod: mustEnforce - x,
    enforceableBacklog: enforceable - x,
  };
  if (hasAccepted) {
    q.carriedOver = a[SLOT.carriedOver] as number;
    q.newlyAccepted = a[SLOT.newlyAccepted] as number;
  }
  return q;
}
