import { ratio } from '../quantities/ratio';
import { formatPercent } from '../numbers/formatPercent';
import type { Finding, UnitRecord } from '../types';
import { completedOf } from './checkRowIdentities';
import { columnOf, figure, rowName, withColumn } from './describe';
import { columnName } from '../text/columnName';
import type { ValidationOptions } from './types';
import { MEASURES } from '../vocabulary/measures';

/** Read once at load: in the local runtime (a Node vm context) each lookup of a global costs about 0,2 µs, per row here. */
const { abs, max, pow, round } = Math;

/**
 * Tỷ lệ ghi trong bảng khác số liệu: a completion rate typed in the sheet is compared with X / Đ
 * computed from the same row, within half a unit of the last decimal the typed rate shows and at
 * least 0,01 point (54,75% is checked to ±0,01 point, 55% to ±0,5). Domain §5: 54,75% typed where the amounts
 * give 58,27% is flagged — never silently adjusted.
 *
 * @example checkTypedRate({ tien: { enforceable: 310.1e9, completed: 180.7e9 }, typedRate: { tien: 0.5475 }, … }, opts)
 * // [{ rule: 'typed-rate', message: '… ghi tỷ lệ 54,75% nhưng X / Đ = … = 58,27% …' }]
 */
export function checkTypedRate(unit: UnitRecord, opts: ValidationOptions): Finding[] {
  const out: Finding[] = [];
  if (!unit.typedRate) return out;
  for (const measure of ['viec', 'tien'] as const) {
    const typed = unit.typedRate[measure];
    const q = unit[measure];
    const x = completedOf(q);
    const d = q.enforceable;
    const rate = ratio(x, d);
    if (typed === undefined || rate === null || x === undefined || d === undefined) continue;
    // A row with an unusable cell of this measure is its own finding: X / Đ without that cell proves nothing.
    if (unit.problems?.some((p) => p.measure === measure && p.kind !== 'exceeds')) continue;
    if (abs(rate - typed) <= tolerance(typed)) continue;
    const column = columnOf(opts, measure, 'typedRate');
    const where = column === undefined ? '' : `, ${columnName(column, opts)}`;
    out.push(withColumn({
      severity: 'warning',
      rule: 'typed-rate',
      row: unit.row,
      unit: unit.label,
      measure,
      expected: rate,
      actual: typed,
      message:
        `${rowName(unit, opts)}, ${MEASURES[measure].vi}${where}: bảng ghi tỷ lệ ${formatPercent(typed, decimalsShown(typed))} nhưng ` +
        `X / Đ = ${figure(x, measure, opts.moneyUnit)} / ${figure(d, measure, opts.moneyUnit)} = ${formatPercent(rate, 2)}, ` +
        `chênh lệch ${formatPercent(Math.abs(rate - typed), 2)}.`,
    }, column));
  }
  return out;
}

/** How many decimals of a percentage a typed fraction shows (0.5475 → 2, 0.55 → 0), at most 4. */
function decimalsShown(fraction: number): number {
  const p = fraction * 100;
  for (let d = 0; d < 4; d++) {
    const f = pow(10, d);
    if (abs(round(p * f) / f - p) < 1e-7) return d;
  }
  return 4;
}

/** Half a unit of the last decimal shown, and never under 0,01 point (a rate truncated, not rounded). */
function tolerance(fraction: number): number {
  return max((0.5 * pow(10, -decimalsShown(fraction))) / 100, 0.0001) + 1e-12;
}
