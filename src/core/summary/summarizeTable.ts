import { computeUnitIndicators } from '../indicators/computeUnitIndicators';
import type { UnitIndicators } from '../indicators/types';
import { rankUnits } from '../ranking/rankUnits';
import { detectTable } from '../read/detectTable';
import type { DetectedTable, DetectionResult, DetectOptions } from '../table/types';
import type { Grid } from '../types';
import { validateTable } from '../validation/validateTable';
import { matchUnits } from './matchUnits';
import type { SummarizeOptions, SummaryResult } from './types';
import { unmatchedUnitsFinding } from './unmatchedUnitsFinding';

/**
 * Tổng hợp một bảng: detects the table, computes every row's indicators (totals rows included, in
 * sheet order), ranks the units that are ranked, and checks the data. Last year's rows (`previous`)
 * are matched to this year's by {@link matchUnits}; units left without a partner are a finding.
 *
 * @example summarizeTable(grid, { targets: () => ({ viec: 0.8 }), options: defaultIndicatorOptions() })
 * // { ok: true, table, indicators: [{ label: 'Chi cục A', viec: { rate: 0.8488, gap: 0.0488, … }, rank: 1, … }], findings: [] }
 */
export function summarizeTable(grid: Grid, opts: SummarizeOptions): SummaryResult {
  const detected = detectTableToSummarize(grid, opts);
  if (!detected.ok) return detected;
  // The regime only defaulted (no year, no setting): the one the table points to is used (its warning says so).
  const found = opts.regimeAssumed ? detected.table.regime : undefined;
  return summarizeDetected(detected.table, found ? { ...opts, options: { ...opts.options, regime: found.regime } } : opts);
}

/**
 * Reads the table to summarize (đọc bảng để tổng hợp): a case register is aggregated under the same
 * regime and period as the indicators will be computed with.
 *
 * @example detectTableToSummarize(grid, { options: defaultIndicatorOptions() }).ok // true
 */
export function detectTableToSummarize(grid: Grid, opts: DetectOptions & Pick<SummarizeOptions, 'options'>): DetectionResult {
  const detectOpts: DetectOptions = { ...opts, regime: opts.regime ?? opts.options.regime };
  if (!detectOpts.period && opts.options.period) detectOpts.period = opts.options.period;
  return detectTable(grid, detectOpts);
}

/**
 * The rest of summarizeTable once the table is read (tổng hợp bảng đã đọc): every row's indicators,
 * the ranks and the checks. For a caller that reads the table first and computes after (the report
 * checks what it read before computing anything).
 *
 * @example summarizeDetected(table, { targets: () => ({}), options: defaultIndicatorOptions() }).indicators[0].viec.rate
 */
export function summarizeDetected(
  table: DetectedTable,
  opts: Pick<SummarizeOptions, 'targets' | 'options' | 'previous' | 'previousSource' | 'match' | 'unmatchedHint' | 'rowOffset' | 'columnOffset' | 'inRange'>,
): SummaryResult & { ok: true } {
  const match = opts.previous && opts.previous.length > 0 ? opts.match ?? matchUnits(table.units, opts.previous) : null;
  const naming = { rowOffset: opts.rowOffset ?? 1, columnOffset: opts.columnOffset ?? 0, inRange: opts.inRange ?? false };
  const indicators: UnitIndicators[] = table.units.map((u) => computeUnitIndicators(u, opts.targets(u), opts.options, match?.partner.get(u), naming));
  let rankBy = opts.options.rankBy;
  // A table of money only cannot be ranked by the việc rate: its tiền rate is what it has.
  if (rankBy.kind === 'viec' && !indicators.some((u) => u.viec.rate !== null) && indicators.some((u) => u.tien.rate !== null)) {
    rankBy = { kind: 'tien' };
    table.warnings.push('Bảng chỉ có số liệu về tiền: xếp hạng theo tỷ lệ về tiền.');
  }
  rankUnits(
    indicators,
    rankBy,
    table.units.map((u) => u.score),
  );
  const validation = { regime: opts.options.regime, moneyUnit: table.moneyUnit, rowOffset: naming.rowOffset, columnOffset: naming.columnOffset, sections: table.sections ?? [], columns: table.columns };
  const findings = validateTable(table.units, opts.inRange ? { ...validation, inRange: true } : validation);
  const unmatched = match ? unmatchedUnitsFinding(match, opts.previousSource ?? 'bảng so sánh', opts.unmatchedHint) : null;
  if (unmatched) findings.unshift(unmatched);
  return { ok: true, table, indicators, findings };
}
