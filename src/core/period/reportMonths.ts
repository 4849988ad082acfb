import type { Period } from '../types';
import { findMonthSeries, monthLabel, type MonthSeries, type MonthTab } from './monthSeries';
import { periodOfTabName } from './periodOfTabName';
import { sameMonthLastYear, type LastYearTab } from './sameMonthLastYear';

/** A month and the tab that holds it. */
export interface MonthSheet {
  /** Cumulative months from 01/10 (1 = T10 … 12 = T9). */
  month: number;
  sheet: string;
}

/** The series as a report's settings carry it (shared/rpc monthSeriesSchema): this year's tabs, last year's, the gaps. */
export interface SeriesSetting {
  months: MonthSheet[];
  lastYear: MonthSheet[];
  missing: number[];
}

/** What the workbook's month tabs give a report: its tab and period, its series, last year's tab. */
export interface ReportMonths {
  /** The report's tab: the one asked for, else the series' latest; null when neither. */
  tab: string | null;
  /** The report's period: the one given, else the tab's title's, else its name's (in the series' year). */
  period: Period | null;
  /** The series the report's tab is a month of (its own month chosen for it); null when it is in none. */
  series: MonthSeries | null;
  /** The series up to the report's month, as the settings carry it; null without a series. */
  setting: SeriesSetting | null;
  /** Last year's tab of the report's period, found by period; null when the period is not known. */
  lastYear: LastYearTab | null;
  /** Vietnamese, for the user: the series' messages, tabs given the series' year, tabs left out for want of one. */
  messages: string[];
}

/**
 * Các trang theo tháng của một báo cáo (the month tabs a report uses, found once for the demo and the
 * sidebar): the month series (findMonthSeries) the report's tab belongs to — when no tab is asked for,
 * the report is for the series' latest month —, the series up to the report's month with last year's
 * same months (found by period, never by a "cùng kỳ" name) and the months missing, and last year's tab
 * of the report's own period. A tab that two tabs' month disputes is taken for that month when it is the
 * report's own tab (the user chose it); other disputes stay the user's to settle. Tabs with no year take
 * the series' year (said), or, when no tab of their form states a year, are named and left out.
 *
 * @example reportMonths([{ name: 'T10/2023', titlePeriod: null, form: 'f' }, { name: 'T11/2023', titlePeriod: null, form: 'f' }, { name: 'T11/2022', titlePeriod: null, form: 'f' }], { tab: null })
 *   // { tab: 'T11/2023', period: { year: 2024, month: 2 }, setting: { months: [{ month: 1, sheet: 'T10/2023' }, { month: 2, sheet: 'T11/2023' }], lastYear: [{ month: 2, sheet: 'T11/2022' }], missing: [] }, lastYear: { ok: true, tab: 'T11/2022' }, … }
 */
export function reportMonths(
  tabs: readonly MonthTab[],
  report: { tab: string | null; period?: Period | null },
  chosen: Readonly<Record<number, string>> = {},
): ReportMonths {
  let series = findMonthSeries(tabs, chosen);
  let tab = report.tab ?? (series ? series.months[series.months.length - 1]!.tab : null);
  if (series && tab !== null && !series.months.some((m) => m.tab === tab)) {
    // The report's own tab settles its month's dispute: the user chose it by showing it.
    const disputed = series.disputed.find((d) => d.tabs.includes(tab!));
    series = disputed ? findMonthSeries(tabs, { ...chosen, [disputed.month]: tab }) : null;
  }
  const messages = series ? [...series.messages, ...yearTaken(series)] : yearMissing(tabs);
  const own = tabs.find((t) => t.name === tab);
  const period = report.period ?? (own ? (own.titlePeriod ?? tabPeriod(own.name, series?.year)) : null);
  const form = own?.form ?? undefined;
  const lastYear = period ? sameMonthLastYear(tabs.filter((t) => t.name !== tab), period, form) : null;
  let setting: SeriesSetting | null = null;
  if (series && period && period.year === series.year) {
    const upTo = (m: number) => m <= period.month;
    const months = series.months.filter((m) => upTo(m.month)).map((m) => ({ month: m.month, sheet: m.tab }));
    if (months.length >= 2) {
      setting = { months, lastYear: lastYearMonths(tabs, series.year, months.map((m) => m.month), series.form), missing: series.missing.filter(upTo) };
    }
  }
  return { tab, period, series, setting, lastYear, messages };
}

/**
 * Last year's tab of each month given (the same cumulative months of year − 1, found by period); a
 * month with none, or with several (the user's to choose), has none here.
 *
 * @example lastYearMonths([{ name: 'T3/2023', titlePeriod: null, form: 'f' }], 2024, [5, 6], 'f') // [{ month: 6, sheet: 'T3/2023' }]
 */
export function lastYearMonths(tabs: readonly MonthTab[], year: number, months: readonly number[], form?: string): MonthSheet[] {
  return months.flatMap((month) => {
    const found = sameMonthLastYear(tabs, { year, month }, form);
    return found.ok ? [{ month, sheet: found.tab }] : [];
  });
}

/**
 * "Diễn biến: 6 tháng (T10 … T3)": the months a series holds, as the demo prints it and the sidebar shows it.
 *
 * @example seriesLine([{ month: 1, sheet: 'T10' }, { month: 6, sheet: 'T3' }]) // "Diễn biến: 2 tháng (T10 … T3)"
 */
export function seriesLine(months: readonly MonthSheet[]): string {
  const sorted = [...months].sort((a, b) => a.month - b.month);
  if (sorted.length === 0) return 'Diễn biến: không có tháng nào';
  return `Diễn biến: ${sorted.length} tháng (${monthLabel(sorted[0]!.month)} … ${monthLabel(sorted[sorted.length - 1]!.month)})`;
}

function tabPeriod(name: string, year: number | undefined): Period | null {
  const read = periodOfTabName(name, year);
  return read.ok ? read.period : null;
}

/** Tabs with no year placed in the series' year: said, so that a wrong guess can be seen. */
function yearTaken(series: MonthSeries): string[] {
  if (series.yearFromSeries.length === 0) return [];
  const names = series.yearFromSeries.map((n) => `“${n}”`).join(', ');
  return [`Tên trang ${names} không ghi năm: coi là năm thống kê ${series.year} như các trang khác của diễn biến.`];
}

/** With no series, month tabs of one form none of which states a year: named and left out. */
function yearMissing(tabs: readonly MonthTab[]): string[] {
  const byForm = new Map<string, { noYear: string[]; count: number }>();
  for (const t of tabs) {
    if (t.form === null) continue;
    const read = t.titlePeriod ? null : periodOfTabName(t.name);
    const month = t.titlePeriod !== null || (read !== null && (read.ok || read.reason === 'missingYear'));
    if (!month) continue;
    const entry = byForm.get(t.form) ?? { noYear: [], count: 0 };
    entry.count++;
    if (read && !read.ok) entry.noYear.push(t.name);
    byForm.set(t.form, entry);
  }
  return [...byForm.values()]
    .filter((e) => e.noYear.length > 0 && e.count >= 2)
    .map(
      (e) =>
        `Tên trang ${e.noYear.map((n) => `“${n}”`).join(', ')} không ghi năm và không trang nào cùng biểu mẫu cho biết năm: không đưa vào diễn biến — hãy ghi năm vào tên trang (ví dụ “T10/2023”) hoặc vào tiêu đề bảng.`,
    );
}
