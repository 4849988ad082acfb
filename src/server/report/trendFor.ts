import { ThadsError } from '../../core/errors';
import type { IndicatorOptions } from '../../core/indicators/types';
import { detectTable } from '../../core/read/detectTable';
import { buildTrend, type ReportTrend, type TrendMonthRecords } from '../../core/report/trend';
import type { Finding, MoneyUnit, Targets, UnitRecord } from '../../core/types';
import { checkMonthSeries } from '../../core/validation/checkMonthSeries';
import type { MonthSeriesSetting } from '../../shared/rpc';
import type { SheetsPort } from '../port';
import { readSource, type SourceGrid } from './sourceGrid';

/**
 * Reads the month tabs of a series other than those the report has read already (its own tab, last
 * year's comparison tab): one read per tab, each sheet once, before anything is computed — the report
 * reads everything first, then computes. Nothing is written.
 *
 * @example readSeriesTabs(port, settings.series, ['T3', 'T3-2023']).get('T10')!.grid // the T10 tab's cells
 */
export function readSeriesTabs(port: SheetsPort, series: MonthSeriesSetting, alreadyRead: readonly string[]): Map<string, SourceGrid> {
  const grids = new Map<string, SourceGrid>();
  for (const { sheet } of [...series.months, ...series.lastYear]) {
    if (!alreadyRead.includes(sheet) && !grids.has(sheet)) grids.set(sheet, readSource(port, sheet, null));
  }
  return grids;
}

/**
 * Builds the report's "Diễn biến" section and the checks across the series from the month tabs read by
 * readSeriesTabs. A tab with no table it can read is refused naming the tab: a trend with a month
 * silently dropped would mislead. `current` is the report's own tab, already read; `context.known` the
 * rows of other whole tabs the report read already (last year's comparison tab), not read twice.
 */
export function trendFor(
  grids: ReadonlyMap<string, SourceGrid>,
  series: MonthSeriesSetting,
  current: TrendMonthRecords,
  context: { year: number; targets: Targets; options: IndicatorOptions; moneyUnit?: MoneyUnit; notRanked: readonly string[]; known?: ReadonlyMap<string, UnitRecord[]> },
): { trend: ReportTrend; findings: Finding[] } {
  const read = (tab: { month: number; sheet: string }): TrendMonthRecords => {
    if (tab.sheet === current.tab) return current;
    const known = context.known?.get(tab.sheet);
    if (known) return { month: tab.month, tab: tab.sheet, records: known };
    const source = grids.get(tab.sheet);
    if (!source) throw new ThadsError(`Diễn biến theo tháng: chưa đọc trang “${tab.sheet}”.`);
    const found = detectTable(source.grid, { merges: source.merges, rowOffset: source.rowOffset, columnOffset: source.columnOffset, ...(context.moneyUnit ? { moneyUnit: context.moneyUnit } : {}), notRanked: [...context.notRanked] });
    if (!found.ok) throw new ThadsError(`Diễn biến theo tháng (trang “${tab.sheet}”): ${found.message}`);
    return { month: tab.month, tab: tab.sheet, records: found.table.units };
  };
  const months = series.months.map(read);
  if (!months.some((m) => m.tab === current.tab)) months.push(current);
  const lastYear = series.lastYear.map(read);
  const trend = buildTrend(context.year, months, context.targets, context.options, lastYear, series.missing);
  const final = lastYear.find((m) => m.month === 12);
  return { trend, findings: checkMonthSeries(months, final) };
}
