import { computeUnitIndicators } from '../indicators/computeUnitIndicators';
import type { IndicatorOptions, MeasureIndicators, UnitIndicators } from '../indicators/types';
import type { Measure, QuantityKey, QuantitySet, Targets } from '../types';

/** The figures of the units that add up; rates, gaps and workloads are recomputed from the sums. */
const SUMMED: [keyof MeasureIndicators, QuantityKey][] = [
  ['totalAccepted', 'totalAccepted'],
  ['mustEnforce', 'mustEnforce'],
  ['enforceable', 'enforceable'],
  ['completed', 'completed'],
  ['backlog', 'nextPeriod'],
  ['enforceableBacklog', 'enforceableBacklog'],
];

/**
 * The totals row of the report (dòng tổng cộng), computed from the unit rows only: their counts and
 * amounts summed, then every indicator computed by the engine from the sums (the rate is ΣX / ΣĐ,
 * never the mean of the units' rates). The sheet's own totals rows are not units and are left out.
 * A target counts for the whole only when every unit has the same one.
 *
 * @example totalsOf([a, b], options).viec.rate // (X_a + X_b) / (Đ_a + Đ_b)
 */
export function totalsOf(units: readonly UnitIndicators[], options: IndicatorOptions): UnitIndicators {
  const rows = units.filter((u) => u.kind === 'unit');
  const targets: Targets = {};
  for (const m of ['viec', 'tien'] as const) {
    const t = sharedTarget(rows.map((u) => u[m].target));
    if (t !== null) targets[m] = t;
  }
  return computeUnitIndicators(
    {
      label: 'Tổng cộng',
      row: -1,
      kind: 'total',
      ranked: false,
      viec: sums(rows, 'viec'),
      tien: sums(rows, 'tien'),
      ...(someKnown(rows.map((u) => u.officers)) ? { officers: sum(rows.map((u) => u.officers)) } : {}),
    },
    targets,
    options,
  );
}

function sums(rows: readonly UnitIndicators[], m: Measure): QuantitySet {
  const set: QuantitySet = {};
  for (const [from, to] of SUMMED) {
    const values = rows.map((u) => u[m][from] as number | null);
    if (someKnown(values)) set[to] = sum(values);
  }
  return set;
}

/** Sum of the known values (a missing figure is not a zero, but does not hide the others). */
function sum(values: readonly (number | null)[]): number {
  let total = 0;
  for (const v of values) if (v !== null) total += v;
  return total;
}

function someKnown(values: readonly (number | null)[]): boolean {
  return values.some((v) => v !== null);
}

function sharedTarget(targets: readonly (number | null)[]): number | null {
  const first = targets[0];
  if (first === undefined || first === null) return null;
  return targets.every((t) => t === first) ? first : null;
}
