import type { QuantitySet } from '../types';
import { deriveQuantities } from '../quantities/deriveQuantities';
import type { IndicatorOptions, MeasureIndicators } from './types';
import { completionRate } from './completionRate';
import { progressGap, progressTarget, targetGap, targetMet } from './targetGap';
import { absoluteChange, rateChange, relativeChange } from './yearOverYear';
import { backlogReduction } from './backlogReduction';
import { share } from './share';

/**
 * One measure's (việc or tiền) indicators for one unit (domain §4), from its quantities, its
 * target for that measure and, when given, the same period of last year: its quantities, or, when
 * only last year's rate is known (a sheet's "cùng kỳ" column), `previousRate` alone.
 *
 * @example computeMeasureIndicators({ enforceable: 4029, completed: 3420 }, 0.8, options).gap // ≈ 0.0488
 */
export function computeMeasureIndicators(
  quantities: QuantitySet,
  target: number | undefined,
  options: IndicatorOptions,
  previous?: QuantitySet,
  previousRate?: number | null,
): MeasureIndicators {
  const q = deriveQuantities(quantities, options.regime);
  const rate = completionRate(q.completed, q.enforceable);
  const t = target ?? null;
  const month = options.period ? options.period.month : null;
  const pg = progressGap(rate, t, month);
  const met =
    options.targetMode === 'proRata'
      ? month === null || t === null
        ? null
        : targetMet(rate, progressTarget(t, month))
      : targetMet(rate, t);
  const base = options.shareBase === 'totalAccepted' ? q.totalAccepted : q.mustEnforce;
  // Last year's figures under last year's rules (domain §3): Đ includes H under A, not under B.
  const p = previous ? deriveQuantities(previous, options.previousRegime ?? options.regime) : null;
  const lastRate = p ? completionRate(p.completed, p.enforceable) : previousRate ?? null;
  return {
    totalAccepted: q.totalAccepted,
    mustEnforce: q.mustEnforce,
    enforceable: q.enforceable,
    completed: q.completed,
    rate,
    target: t,
    gap: targetGap(rate, t),
    progressGap: pg,
    met,
    backlog: q.nextPeriod,
    enforceableBacklog: q.enforceableBacklog,
    shareEnforceable: share(q.enforceable, base),
    shareNotEnforceable: share(q.notEnforceable, base),
    // Under regime A, H is inside Đ: its share of P is not one of the official three.
    sharePostponed: options.regime === 'B' ? share(q.postponed, base) : null,
    previousRate: lastRate,
    rateChange: rateChange(rate, lastRate),
    completedChange: p ? absoluteChange(q.completed, p.completed) : null,
    completedChangeRelative: p ? relativeChange(q.completed, p.completed) : null,
    backlogReduction: p ? backlogReduction(p.nextPeriod, q.nextPeriod) : null,
  };
}
