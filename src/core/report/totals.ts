import { computeUnitIndicators } from '../indicators/computeUnitIndicators';
import type { IndicatorOptions, UnitIndicators } from '../indicators/types';
import { isWithheld } from '../indicators/isWithheld';
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
 * but does not hide the others'. A unit's figures of a withheld measure are left out, and the row then
 * says so in its label and carries no target for that measure (see totalsLabel).
 *
 * @example totalsOf([a, b], {}, options).viec.rate // (X_a + X_b) / (Đ_a + Đ_b)
 */
export function totalsOf(records: readonly UnitRecord[], targets: Targets, options: IndicatorOptions, previous?: UnitRecord): UnitIndicators {
  const units = records.filter((u) => u.kind === 'unit');
  const officers = units.flatMap((u) => (u.officers === undefined ? [] : [u.officers]));
  const missing = withheldUnits(records);
  // A measure some unit is missing from is not the whole's: no target, so no gap and no "đạt".
  const whole: Targets = { ...targets };
  for (const m of ['viec', 'tien'] as const) if (missing.some((w) => w.measures.includes(m))) delete whole[m];
  return computeUnitIndicators(
    {
      label: totalsLabel(missing),
      row: -1,
      kind: 'total',
      ranked: false,
      viec: sums(units, 'viec', options),
      tien: sums(units, 'tien', options),
      ...(officers.length > 0 ? { officers: officers.reduce((a, b) => a + b, 0) } : {}),
    },
    whole,
    options,
    previous,
  );
}

/** Last year's whole for the totals row's comparison, and, per measure, why there is none. */
export interface PreviousWhole {
  /** Last year's units summed (a measure left empty where `unavailable` says why). */
  record: UnitRecord;
  unavailable: Partial<Record<Measure, string>>;
}

/**
 * Cùng kỳ năm trước của toàn tỉnh (the totals row's year-over-year change): last year's units summed
 * by the rule this year's totals row follows (totalsOf: each unit's quantities completed, under last
 * year's regime — `options.previousRegime` —, summed; the table's own "Toàn tỉnh" row is not copied),
 * so the two wholes are computed alike and compared. All of each table's units are summed: the whole
 * is the province's whichever units were renamed or merged. A measure has no comparison, and the
 * reason is given, when a unit's figures of it are withheld on either side: this year's total is then
 * "Tổng các đơn vị hợp lệ (thiếu: …)" and no province figure, and last year's would not be one either.
 *
 * @example previousWhole(records, lastYear, options).unavailable.viec
 *   // 'dòng tổng năm nay chỉ gồm các đơn vị hợp lệ (thiếu: Chi cục A), không phải số liệu toàn tỉnh'
 */
export function previousWhole(records: readonly UnitRecord[], previous: readonly UnitRecord[], options: IndicatorOptions): PreviousWhole {
  const units = previous.filter((u) => u.kind === 'unit');
  const now = withheldUnits(records);
  const then = withheldUnits(previous);
  const lastYear = { ...options, regime: options.previousRegime ?? options.regime };
  const unavailable: Partial<Record<Measure, string>> = {};
  const record: UnitRecord = { label: 'Tổng cộng năm trước', row: -1, kind: 'total', ranked: false, viec: {}, tien: {} };
  for (const m of ['viec', 'tien'] as const) {
    const missingNow = now.filter((w) => w.measures.includes(m)).map((w) => w.label);
    const missingThen = then.filter((w) => w.measures.includes(m)).map((w) => w.label);
    if (missingNow.length > 0) {
      unavailable[m] = `dòng tổng năm nay chỉ gồm các đơn vị hợp lệ (thiếu: ${missingNow.join(', ')}), không phải số liệu toàn tỉnh`;
    } else if (missingThen.length > 0) {
      unavailable[m] = `số liệu năm trước của ${missingThen.join(', ')} có ô không dùng được, nên tổng năm trước không phải số liệu toàn tỉnh`;
    } else record[m] = sums(units, m, lastYear);
  }
  return { record, unavailable };
}

/** A unit whose figures of some measure are withheld, and which. */
export interface WithheldUnit {
  label: string;
  measures: Measure[];
}

/**
 * Các đơn vị bị giữ lại: unit rows with a measure withheld (a cell that cannot be used), in sheet
 * order; the totals leave their figures of that measure out.
 *
 * @example withheldUnits(records) // [{ label: 'Chi cục A', measures: ['viec'] }]
 */
export function withheldUnits(records: readonly UnitRecord[]): WithheldUnit[] {
  const out: WithheldUnit[] = [];
  for (const u of records) {
    if (u.kind !== 'unit' || !u.problems) continue;
    const measures = (['viec', 'tien'] as const).filter((m) => isWithheld(u, m));
    if (measures.length > 0) out.push({ label: u.label, measures });
  }
  return out;
}

/**
 * The totals row's label: "Tổng cộng" when every unit is in it, else "Tổng các đơn vị hợp lệ
 * (thiếu: A, B (về tiền))" — a total is never shown as the whole's when a unit is missing from it.
 *
 * @example totalsLabel([{ label: 'Chi cục A', measures: ['viec', 'tien'] }]) // 'Tổng các đơn vị hợp lệ (thiếu: Chi cục A)'
 */
export function totalsLabel(missing: readonly WithheldUnit[]): string {
  if (missing.length === 0) return 'Tổng cộng';
  const names = missing.map((w) => (w.measures.length === 2 ? w.label : `${w.label} (về ${w.measures[0] === 'viec' ? 'việc' : 'tiền'})`));
  return `Tổng các đơn vị hợp lệ (thiếu: ${names.join(', ')})`;
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
    if (isWithheld(u, m)) continue;
    const q = deriveQuantities(u[m], options.regime);
    for (const key of SUMMED) {
      const v = q[key];
      if (v !== null) set[key] = (set[key] ?? 0) + v;
    }
  }
  return set;
}
