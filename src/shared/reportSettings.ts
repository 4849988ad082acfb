import { regimeForYear } from '../core/period/regimeForYear';
import type { ReportSettings } from './rpc';

/**
 * Report settings (thiết lập báo cáo) from what must be given — the data and the period — with
 * every other choice as the published reports make it: the regime of the year, no targets,
 * gaps against the full-year target, shares over P, ranked by the việc rate (ties by tiền), no
 * comparison, money unit from the sheet, the sidebar in Vietnamese. Anything given wins.
 *
 * @example withReportDefaults({ source: { sheet: 'Thống kê', range: null, mapping: null }, period: { year: 2020, month: 12 } }).regime // "B"
 */
export function withReportDefaults(given: Pick<ReportSettings, 'source' | 'period'> & Partial<ReportSettings>): ReportSettings {
  return {
    regime: regimeForYear(given.period.year),
    targets: { kind: 'none' },
    targetMode: 'fullYear',
    shareBase: 'mustEnforce',
    comparison: null,
    rankBy: { kind: 'viec' },
    moneyUnit: null,
    notRanked: [],
    language: 'vi',
    ...given,
  };
}
