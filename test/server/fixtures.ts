/** Hand-made indicator rows for the report tests: only what a test states is set, the rest null. */
import type { MeasureIndicators, UnitIndicators } from '../../src/core/indicators/types';
import type { QuantitySet, RowKind, UnitRecord } from '../../src/core/types';

export function measure(m: Partial<MeasureIndicators> = {}): MeasureIndicators {
  return {
    totalAccepted: null,
    mustEnforce: null,
    enforceable: null,
    completed: null,
    rate: null,
    target: null,
    gap: null,
    progressGap: null,
    met: null,
    backlog: null,
    enforceableBacklog: null,
    shareEnforceable: null,
    shareNotEnforceable: null,
    sharePostponed: null,
    previousRate: null,
    rateChange: null,
    completedChange: null,
    completedChangeRelative: null,
    backlogReduction: null,
    ...m,
  };
}

export function unit(
  label: string,
  parts: { viec?: Partial<MeasureIndicators>; tien?: Partial<MeasureIndicators>; kind?: RowKind } & Partial<
    Omit<UnitIndicators, 'viec' | 'tien' | 'label' | 'kind'>
  > = {},
): UnitIndicators {
  const { viec, tien, kind, ...rest } = parts;
  return {
    label,
    row: 0,
    kind: kind ?? 'unit',
    ranked: (kind ?? 'unit') === 'unit',
    viec: measure(viec),
    tien: measure(tien),
    officers: null,
    workloadTotal: null,
    workloadMust: null,
    targetsMet: 0,
    targetsSet: 0,
    rank: null,
    rankOf: null,
    grade: null,
    ...rest,
  };
}

/** The source row a hand-made indicator row stands for: the counts and amounts it states, as read. */
export function recordOf(u: UnitIndicators): UnitRecord {
  const quantities = (m: MeasureIndicators): QuantitySet => {
    const set: QuantitySet = {};
    if (m.totalAccepted !== null) set.totalAccepted = m.totalAccepted;
    if (m.mustEnforce !== null) set.mustEnforce = m.mustEnforce;
    if (m.enforceable !== null) set.enforceable = m.enforceable;
    if (m.completed !== null) set.completed = m.completed;
    if (m.backlog !== null) set.nextPeriod = m.backlog;
    if (m.enforceableBacklog !== null) set.enforceableBacklog = m.enforceableBacklog;
    return set;
  };
  return {
    label: u.label,
    row: u.row,
    kind: u.kind,
    ranked: u.ranked,
    viec: quantities(u.viec),
    tien: quantities(u.tien),
    ...(u.officers !== null ? { officers: u.officers } : {}),
  };
}
