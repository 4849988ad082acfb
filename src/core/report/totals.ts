import { computeUnitIndicators } from '../indicators/computeUnitIndicators';
import type { IndicatorOptions, UnitIndicators } from '../indicators/types';
import { deriveQuantities, type DerivedQuantities } from '../quantities/deriveQuantities';
import type { Measure, QuantityKey, QuantitySet, Targets, UnitRecord } from '../types';

/**
 * The quantities of the units that add up into the whole. K and H are left out: no share of the
 * whole is reported, and summing K over units that lack Đ would let P be derived from parts of
 * different units.
 */
const SUMMED: readonly (keyof DerivedQuantities & QuantityKey)[] = [
  'totalAccepted',
  'mustEnforce',
  'enforceable',
  'completed',
  'nextPeriod',
  'enforceableBacklog',
];

/**
 * The totals row of the report (dòng tổng cộng), computed from the unit rows' own records: each
 * unit's quantities completed through the identities of domain §3, summed, then every indicator
 * computed by the engine from the sums (the rate is ΣX / ΣĐ, never the mean of the units' rates).
 * The sheet's own totals rows are not units and are left out; a figure a unit lacks is not a zero
 * but does not hide the others'.
 *
 * @example totalsOf([a, b], {}, options).viec.rate // (X_a + X_b) / (Đ_a + Đ_b)
 */
export function totalsOf(records: readonly UnitRecord[], targets: Targets, options: IndicatorOptions): UnitIndicators {
  const units = records.filter((u) => u.kind === 'unit');
  const officers = units.flatMap((u) => (u.officers === undefined ? [] : [u.officers]));
  return computeUnitIndicators(
    {
      label: 'Tổng cộng',
      row: -1,
      kind: 'total',
      ranked: false,
      viec: sums(units, 'viec', options),
      tien: sums(units, 'tien', options),
      ...(officers.length > 0 ? { officers: officers.reduce((a, b) => a + b, 0) } : {}),
    },
    targets,
    options,
  );
}

/**
 * The targets of the whole (chỉ tiêu chung): a measure's target counts for the whole only when every
 * unit was given the same one.
 *
 * @example sharedTargets([{ viec: { target: 0.8 } }, { viec: { target: 0.8 } }]) // { viec: 0.8 }
 */
export function sharedTargets(units: readonly Pick<UnitIndicators, Measure>[]): Targets {
  const targets: Targets = {};
  for (const m of ['viec', 'tien'] as const) {
    const first = units[0]?.[m].target ?? null;
    if (first !== null && units.every((u) => u[m].target === first)) targets[m] = first;
  }
  return targets;
}

function sums(units: readonly UnitRecord[], m: Measure, options: IndicatorOptions): QuantitySet {
  const set: QuantitySet = {};
  for (const u of units) {
    const q = deriveQuantities(u[m], options.regime);
    for (const key of SUMMED) {
      const v = q[key];
      if (v !== null) set[key] = (set[key] ?? 0) + v;
    }
  }
  return set;
}
