import { formatMoney } from '../numbers/formatMoney';
import { MEASURES } from '../vocabulary/measures';
import { formatNumber } from '../numbers/formatNumber';
import { monthLabel } from '../period/monthSeries';
import { matchUnits } from '../summary/matchUnits';
import { deriveQuantities } from '../quantities/deriveQuantities';
import type { Finding, Measure, QuantityKey, QuantitySet, UnitRecord } from '../types';

/** One month of a series as read: its cumulative month, tab, and unit rows (money in đồng). */
export interface MonthRecords {
  month: number;
  tab: string;
  records: readonly UnitRecord[];
}


/**
 * Kiểm tra số liệu qua các tháng (checks across a month series): within one statistical year the
 * carry-over C stays the same (it is fixed on 01/10), and the cumulative new cases M and completed X
 * never fall from one month to the next; C of year N equals year N − 1's 12-month carry-over to the
 * next period S, when that tab is given. Units are matched by the one join (matchUnits), not row. Each break
 * is a warning naming the unit, the tabs, both figures and the difference.
 *
 * @example checkMonthSeries([{ month: 1, tab: 'T10', records: [a1] }, { month: 2, tab: 'T11', records: [a2] }])
 *   // [] when C is the same and M, X have not fallen
 */
export function checkMonthSeries(months: readonly MonthRecords[], lastYearFinal?: MonthRecords): Finding[] {
  const findings: Finding[] = [];
  const sorted = [...months].sort((a, b) => a.month - b.month);
  for (let i = 1; i < sorted.length; i++) {
    const before = sorted[i - 1]!;
    const after = sorted[i]!;
    for (const [unit, a, b] of pairs(before.records, after.records)) {
      for (const m of ['viec', 'tien'] as const) {
        const same = (q: QuantityKey) => [quantity(a[m], q), quantity(b[m], q)] as const;
        const [c0, c1] = same('carriedOver');
        if (c0 !== undefined && c1 !== undefined && c0 !== c1) {
          findings.push(finding(unit, m, 'series-C', c0, c1, `số cũ chuyển sang (C) thay đổi trong năm: “${before.tab}” ${show(m, c0)}, “${after.tab}” ${show(m, c1)}`));
        }
        for (const [q, name] of [['newlyAccepted', 'thụ lý mới (M)'], ['completed', 'giải quyết xong (X)']] as const) {
          const [v0, v1] = same(q);
          if (v0 !== undefined && v1 !== undefined && v1 < v0) {
            findings.push(finding(unit, m, `series-${q === 'completed' ? 'X' : 'M'}`, v0, v1, `${name} cộng dồn giảm: “${before.tab}” (${monthLabel(before.month)}) ${show(m, v0)}, “${after.tab}” (${monthLabel(after.month)}) ${show(m, v1)}`));
          }
        }
      }
    }
  }
  if (lastYearFinal) {
    const first = sorted[0];
    if (first) {
      for (const [unit, last, now] of pairs(lastYearFinal.records, first.records)) {
        for (const m of ['viec', 'tien'] as const) {
          const s = last[m].nextPeriod;
          const c = now[m].carriedOver;
          if (s !== undefined && c !== undefined && s !== c) {
            findings.push(finding(unit, m, 'series-C=S', s, c, `số cũ chuyển sang (C) của “${first.tab}” ${show(m, c)} khác số chuyển kỳ sau (S) 12 tháng năm trước (“${lastYearFinal.tab}”) ${show(m, s)}`));
          }
        }
      }
    }
  }
  return findings;
}

/**
 * A quantity of a month's row, X given or X1 + X2 (deriveQuantities): most forms have no X column, and
 * a falling X hidden there would go unsaid (tester, issue 13 case 3).
 */
function quantity(q: QuantitySet, key: QuantityKey): number | undefined {
  if (key !== 'completed') return q[key];
  return deriveQuantities(q, 'B').completed ?? undefined; // X does not depend on the regime
}

/**
 * Units (and the totals rows) present in both months, joined by the report's one join (matchUnits: by
 * identity, a name that repeats paired in sheet order, an unaccented twin joined when unambiguous).
 */
function pairs(a: readonly UnitRecord[], b: readonly UnitRecord[]): [string, UnitRecord, UnitRecord][] {
  const { partner } = matchUnits(b, a);
  return b.flatMap((v) => {
    const u = partner.get(v);
    return u ? [[u.label, u, v] as [string, UnitRecord, UnitRecord]] : [];
  });
}

function show(m: Measure, v: number): string {
  return m === 'viec' ? `${formatNumber(v, 0)} việc` : formatMoney(v);
}

function finding(unit: string, measure: Measure, rule: string, expected: number, actual: number, what: string): Finding {
  const diff = actual - expected;
  return {
    severity: 'warning',
    rule,
    unit,
    measure,
    expected,
    actual,
    message: `${unit}, ${MEASURES[measure].vi}: ${what} (chênh lệch ${diff > 0 ? '+' : '−'}${show(measure, Math.abs(diff))}).`,
  };
}
