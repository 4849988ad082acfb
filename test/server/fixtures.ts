/** Hand-made indicator rows for the report tests: only what a test states is set, the rest null. */
import type { MeasureIndicators, UnitIndicators } from '../../src/core/indicators/types';
import type { RowKind } from '../../src/core/types';

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
