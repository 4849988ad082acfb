import type { QuantitySet, Regime } from '../types';
import { SLOT, type Slot } from './slots';

/**
 * Các chỉ tiêu suy ra: a group's counts (or amounts) with the quantities the identities of domain §3
 * derive from them: X = X1 + X2 (+ what open cases collected, when counted), Đ = X + đang thi hành +
 * khác (+ H in regime A), P = T − U − R, S = P − X, S_Đ = Đ − X. C and M only when the register has
 * acceptance dates.
 *
 * @example deriveQuantities(counts, 'B', true, 0).enforceable
 */
export function deriveQuantities(a: Float64Array, regime: Regime, hasAccepted: boolean, partial: number): QuantitySet {
  const g = (k: Slot) => a[SLOT[k]] as number;
  const x = g('fullyEnforced') + g('terminated') + g('completed') + partial;
  const h = g('postponed');
  const enforceable = g('fullyEnforced') + g('terminated') + g('completed') + g('inProgress') + g('other') + (regime === 'A' ? h : 0);
  const mustEnforce = g('totalAccepted') - g('delegated') - g('withdrawn');
  const q: QuantitySet = {
    totalAccepted: g('totalAccepted'),
    delegated: g('delegated'),
    withdrawn: g('withdrawn'),
    mustEnforce,
    enforceable,
    notEnforceable: g('notEnforceable'),
    postponed: h,
    fullyEnforced: g('fullyEnforced'),
    terminated: g('terminated'),
    inProgress: g('inProgress'),
    other: g('other'),
    completed: x,
    nextPeriod: mustEnforce - x,
    enforceableBacklog: enforceable - x,
  };
  if (hasAccepted) {
    q.carriedOver = g('carriedOver');
    q.newlyAccepted = g('newlyAccepted');
  }
  return q;
}
