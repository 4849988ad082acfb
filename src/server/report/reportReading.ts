import type { IndicatorOptions } from '../../core/indicators/types';
import type { DetectedTable, DetectOptions } from '../../core/table/types';
import type { MoneyUnit } from '../../core/types';
import type { ReportSettings } from '../../shared/rpc';
import type { SourceGrid } from './sourceGrid';

/**
 * The indicator options a report's settings stand for (chế độ, kỳ, cách so chỉ tiêu, tỷ trọng, xếp hạng):
 * one place, so a report and a close of its period compute alike.
 *
 * @example indicatorOptionsOf(settings).regime // 'B'
 */
export function indicatorOptionsOf(settings: ReportSettings): IndicatorOptions {
  return {
    regime: settings.regime,
    period: settings.period,
    targetMode: settings.targetMode,
    shareBase: settings.shareBase,
    rankBy: settings.rankBy,
  };
}

/**
 * How a report reads its source table (cách đọc bảng của báo cáo): the sheet's merges and where the range
 * starts (for messages), the user's mapping and money unit, the rows not to rank, the indicator options
 * (a case register is aggregated over the report's period and regime). The report, the sheets it spans
 * and a close of its period all read the table this way.
 *
 * @example detectTableToSummarize(source.grid, reportDetectOptions(source, settings, settings.notRanked))
 */
export function reportDetectOptions(
  source: SourceGrid,
  settings: ReportSettings,
  notRanked: string[],
): DetectOptions & { options: IndicatorOptions } {
  return {
    merges: source.merges,
    rowOffset: source.rowOffset,
    columnOffset: source.columnOffset,
    mapping: settings.source.mapping ?? undefined,
    moneyUnit: settings.moneyUnit ?? undefined,
    notRanked,
    options: indicatorOptionsOf(settings),
  };
}

/**
 * The money unit another tab of the report is read in when it states none (đơn vị tiền cho trang khác):
 * the one the user set, else the one this table's header states — never one this table only assumed.
 *
 * @example otherTabsMoneyUnit(settings, table) // 'nghin' when the table says "Đơn vị tính: 1.000 đồng"
 */
export function otherTabsMoneyUnit(settings: Pick<ReportSettings, 'moneyUnit'>, table: Pick<DetectedTable, 'moneyUnit' | 'moneyUnitSource'>): MoneyUnit | undefined {
  return settings.moneyUnit ?? (table.moneyUnitSource === 'header' ? table.moneyUnit : undefined);
}
