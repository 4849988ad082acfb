import { computeUnitIndicators } from '../indicators/computeUnitIndicators';
import type { IndicatorOptions, UnitIndicators } from '../indicators/types';
import { addRankInput, rankInputs, ranksOf, type RankInputs } from '../ranking/rankUnits';
import { detectTable } from '../read/detectTable';
import type { DetectedTable, DetectionResult, DetectOptions } from '../table/types';
import type { Grid, RankBy, Targets, UnitRecord } from '../types';
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
  const read = readTableToSummarize(grid, opts);
  return read.ok ? summarizeDetected(read.table, read.opts) : read;
}

/**
 * Detection for summarizeTable and THADS_SUMMARY (đọc bảng và chọn chế độ): the table, and the
 * options to compute it with — when the regime only defaulted (no year, no setting), the one the
 * table points to (its warning says so).
 *
 * @example readTableToSummarize(grid, { targets: () => ({}), options: defaultIndicatorOptions() }).ok // true
 */
export function readTableToSummarize<O extends SummarizeOptions>(grid: Grid, opts: O): { ok: true; table: DetectedTable; opts: O } | { ok: false; message: string } {
  const detected = detectTableToSummarize(grid, opts);
  if (!detected.ok) return detected;
  const found = opts.regimeAssumed ? detected.table.regime : undefined;
  return { ok: true, table: detected.table, opts: found ? { ...opts, options: { ...opts.options, regime: found.regime } } : opts };
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
  const { match, naming, indicatorsAt } = rowIndicators(table, opts);
  const indicators: UnitIndicators[] = table.units.map((_, i) => indicatorsAt(i));
  const inputs = rankInputs();
  for (const u of indicators) addRankInput(inputs, u);
  const { ranks, of } = ranksOf(inputs, rankByOf(inputs, opts.options.rankBy, table.warnings), table.units.map((u) => u.score));
  indicators.forEach((u, i) => setRank(u, ranks[i] ?? null, of));
  const validation = { regime: opts.options.regime, moneyUnit: table.moneyUnit, rowOffset: naming.rowOffset, columnOffset: naming.columnOffset, sections: table.sections ?? [], columns: table.columns };
  const findings = validateTable(table.units, opts.inRange ? { ...validation, inRange: true } : validation);
  const unmatched = match ? unmatchedUnitsFinding(match, opts.previousSource ?? 'bảng so sánh', opts.unmatchedHint) : null;
  if (unmatched) findings.unshift(unmatched);
  return { ok: true, table, indicators, findings };
}

/**
 * Each row's indicators, ranked, one row at a time (từng dòng chỉ tiêu đã xếp hạng): what
 * summarizeDetected computes, without its checks and without holding every row's indicators at once
 * — THADS_SUMMARY writes each result row as `visit` is called and keeps nothing else, so that a
 * 50.000-row table is not held three times over. Ranking needs every row's rates first: a first
 * pass keeps only those (RankInputs), the second computes each row again (the same function, so
 * the same figures) and hands it over with its rank.
 *
 * @example forEachRankedRow(table, { targets: () => ({}), options }, (u, i) => rows.push(columns.row(u, i)))
 */
export function forEachRankedRow(
  table: DetectedTable,
  opts: Pick<SummarizeOptions, 'targets' | 'options' | 'previous' | 'match' | 'rowOffset' | 'columnOffset' | 'inRange'>,
  visit: (u: UnitIndicators, i: number) => void,
): void {
  const { units } = table;
  const { indicatorsAt } = rowIndicators(table, opts);
  const inputs = rankInputs();
  for (let i = 0; i < units.length; i++) addRankInput(inputs, indicatorsAt(i));
  const { ranks, of } = ranksOf(inputs, rankByOf(inputs, opts.options.rankBy, table.warnings), units.map((u) => u.score));
  for (let i = 0; i < units.length; i++) {
    const u = indicatorsAt(i);
    setRank(u, ranks[i] ?? null, of);
    visit(u, i);
  }
}

/** Row i's indicators (unranked), with last year's partner matched and cells named as the caller asked. */
function rowIndicators(table: DetectedTable, opts: Pick<SummarizeOptions, 'targets' | 'options' | 'previous' | 'match' | 'rowOffset' | 'columnOffset' | 'inRange'>) {
  const match = opts.previous && opts.previous.length > 0 ? opts.match ?? matchUnits(table.units, opts.previous) : null;
  const naming = { rowOffset: opts.rowOffset ?? 1, columnOffset: opts.columnOffset ?? 0, inRange: opts.inRange ?? false };
  const { units } = table;
  const indicatorsAt = (i: number): UnitIndicators => {
    const u = units[i]!;
    return computeUnitIndicators(u, opts.targets(u), opts.options, match?.partner.get(u), naming);
  };
  return { match, naming, indicatorsAt };
}

/** A table of money only cannot be ranked by the việc rate: its tiền rate is what it has (and the table says so). */
function rankByOf(inputs: RankInputs, rankBy: RankBy, warnings: string[]): RankBy {
  if (rankBy.kind === 'viec' && !inputs.viec.some((r) => r !== null) && inputs.tien.some((r) => r !== null)) {
    warnings.push('Bảng chỉ có số liệu về tiền: xếp hạng theo tỷ lệ về tiền.');
    return { kind: 'tien' };
  }
  return rankBy;
}

/**
 * The rows' indicators ranked exactly as a report ranks them (a money-only table by tiền), for a
 * reading that is not a detected table: a close's snapshot, compared with the table now.
 *
 * @example rankedIndicators(records, () => ({ viec: 0.8 }), options).map((u) => u.rank) // [1, 2]
 */
export function rankedIndicators(records: readonly UnitRecord[], targets: (row: UnitRecord) => Targets, options: IndicatorOptions): UnitIndicators[] {
  const list = records.map((u) => computeUnitIndicators(u, targets(u), options));
  const inputs = rankInputs();
  for (const u of list) addRankInput(inputs, u);
  const { ranks, of } = ranksOf(inputs, rankByOf(inputs, options.rankBy, []), records.map((u) => u.score));
  list.forEach((u, i) => setRank(u, ranks[i] ?? null, of));
  return list;
}

function setRank(u: UnitIndicators, rank: number | null, of: number): void {
  u.rank = rank;
  u.rankOf = rank === null ? null : of;
}
