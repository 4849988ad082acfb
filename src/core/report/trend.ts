import { computeUnitIndicators } from '../indicators/computeUnitIndicators';
import { progressGap, progressTarget } from '../indicators/targetGap';
import type { IndicatorOptions } from '../indicators/types';
import { monthLabel } from '../period/monthSeries';
import { matchUnits } from '../summary/matchUnits';
import { unitKey } from '../text/unitKey';
import type { Measure, Targets, UnitRecord } from '../types';
import { totalsOf } from './totals';

/** One month's tab as read (money in đồng). */
export interface TrendMonthRecords {
  month: number;
  tab: string;
  records: readonly UnitRecord[];
}

/** A rate at one month, its gap to the pro-rata target, and the same month last year. */
export interface TrendPoint {
  rate: number | null;
  /** rate − target × m / 12, as shown; null without a target or rate. */
  gap: number | null;
  previous: number | null;
}

/** One line of the trend (the whole, or a unit): per month of the series, per measure. */
export interface TrendLine {
  label: string;
  points: Record<Measure, TrendPoint>[];
}

/** Diễn biến theo tháng: the months of the series and the rates at each, for the whole and every unit. */
export interface ReportTrend {
  year: number;
  months: { month: number; label: string; tab: string }[];
  /** The whole-year targets the pro-rata line is drawn from (null: none shared by every unit). */
  targets: Record<Measure, number | null>;
  /** The pro-rata target at each month (target × m / 12), per measure. */
  progress: Record<Measure, (number | null)[]>;
  total: TrendLine;
  units: TrendLine[];
  /** Same-month tabs of last year were given. */
  hasPrevious: boolean;
  /** Months missing between the first and the last, said not interpolated ("thiếu …"). */
  missing: number[];
}

/**
 * Diễn biến (the trend of a month series): for the whole (summed as the totals row is) and for each
 * unit of the latest month, the cumulative rate (việc and tiền) at each month, its gap to the pro-rata
 * target (target × months / 12), and the rate of the same month last year when that tab was given
 * (units matched by identity). The targets are the whole's, shared by every unit.
 *
 * @example buildTrend(2024, [{ month: 1, tab: 'T10', records }, { month: 2, tab: 'T11', records }], { viec: 0.8 }, options).total.points[1].viec.rate
 */
export function buildTrend(
  year: number,
  months: readonly TrendMonthRecords[],
  targets: Targets,
  options: IndicatorOptions,
  lastYear: readonly TrendMonthRecords[] = [],
  missing: readonly number[] = [],
): ReportTrend {
  const sorted = [...months].sort((a, b) => a.month - b.month);
  const previousOf = new Map(lastYear.map((m) => [m.month, m.records] as const));
  const at = (month: number, options_: IndicatorOptions) => ({ ...options_, period: { year, month } });
  // Last year's months under last year's own regime (as the table's comparison), not this year's.
  const lastYearAt = (month: number): IndicatorOptions => ({ ...options, regime: options.previousRegime ?? options.regime, period: { year: year - 1, month } });
  // Last year's partner of each unit by the report's one join (matchUnits), as the table's comparison.
  const partnersOf = new Map<number, Map<UnitRecord, UnitRecord>>();
  const partnerIn = (month: number, records: readonly UnitRecord[], r: UnitRecord): UnitRecord | undefined => {
    const before = previousOf.get(month);
    if (!before) return undefined;
    let partner = partnersOf.get(month);
    if (!partner) partnersOf.set(month, (partner = matchUnits(records, before).partner));
    return partner.get(r);
  };
  const point = (m: Measure, rate: number | null, month: number, previous: number | null): TrendPoint => ({
    rate,
    gap: progressGap(rate, targets[m] ?? null, month),
    previous,
  });
  const totalPoints = sorted.map(({ month, records }) => {
    const now = totalsOf(records, {}, at(month, options));
    const before = previousOf.get(month);
    const then = before ? totalsOf(before, {}, lastYearAt(month)) : null;
    return {
      viec: point('viec', now.viec.rate, month, then?.viec.rate ?? null),
      tien: point('tien', now.tien.rate, month, then?.tien.rate ?? null),
    };
  });
  const latest = sorted[sorted.length - 1]?.records.filter((u) => u.kind === 'unit') ?? [];
  // Each month's units keyed once: looking each unit up by a scan folded every label again, 700 units
  // × 12 months × 700 labels took over 20 s in the local runtime.
  const byKey = new Map<readonly UnitRecord[], Map<string, UnitRecord>>();
  const indexOf = (rs: readonly UnitRecord[]) => {
    let index = byKey.get(rs);
    if (!index) {
      index = new Map();
      for (const x of rs) {
        if (x.kind !== 'unit') continue;
        const k = unitKey(x.label);
        // The first unit of a key, as a scan would find it.
        if (!index.has(k)) index.set(k, x);
      }
      byKey.set(rs, index);
    }
    return index;
  };
  const units = latest.map((u) => {
    const key = unitKey(u.label);
    return {
      label: u.label,
      points: sorted.map(({ month, records }) => {
        const r = indexOf(records).get(key);
        const now = r ? computeUnitIndicators(r, {}, at(month, options)) : null;
        const lastYear = r ? partnerIn(month, records, r) : undefined;
        const then = lastYear ? computeUnitIndicators(lastYear, {}, lastYearAt(month)) : null;
        return {
          viec: point('viec', now?.viec.rate ?? null, month, then?.viec.rate ?? null),
          tien: point('tien', now?.tien.rate ?? null, month, then?.tien.rate ?? null),
        };
      }),
    };
  });
  const shared = { viec: targets.viec ?? null, tien: targets.tien ?? null };
  return {
    year,
    months: sorted.map(({ month, tab }) => ({ month, label: monthLabel(month), tab })),
    targets: shared,
    progress: {
      viec: sorted.map(({ month }) => (shared.viec === null ? null : progressTarget(shared.viec, month))),
      tien: sorted.map(({ month }) => (shared.tien === null ? null : progressTarget(shared.tien, month))),
    },
    total: { label: 'Tổng cộng', points: totalPoints },
    units,
    hasPrevious: sorted.some(({ month }) => previousOf.has(month)),
    missing: [...missing],
  };
}
