/**
 * The other sheets a report may read with the shown one (nguồn số liệu từ nhiều trang), as the sidebar's
 * form holds them and as they go into the settings: the tiền sheet of a việc-only table (Số liệu tiền),
 * the unit tabs to consolidate (Tổng hợp nhiều trang), with or without every officer ranked together,
 * and the month series (Diễn biến: its tabs up to the report's month, the user's pick for a month two
 * tabs claim). Pure: no DOM (tested in test/pages).
 *
 * @example
 * sourcesSettings({ sheet: 'Việc', sourcesSheet: 'Việc', tienSheet: 'Tiền', consolidateOn: false, consolidateSheets: [], consolidateOfficers: false })
 * // { tienSource: { sheet: 'Tiền', range: null }, consolidate: null }
 */
import type { MonthSeriesSetting, ReportSettings, SeriesSources, SidebarState } from '../../shared/rpc';

export interface SourcesForm {
  /** The sheet the server listed the candidates for; they apply only while the form shows that sheet. */
  sourcesSheet: string;
  /** The chosen tiền sheet; '' = không dùng. */
  tienSheet: string;
  /** "Tổng hợp nhiều trang" ticked (off by default). */
  consolidateOn: boolean;
  /** The unit tabs ticked (all of them by default). */
  consolidateSheets: string[];
  /** The month series the server found for the shown sheet (null: none). */
  seriesFound: SeriesSources | null;
  /** "Diễn biến" ticked: on by default when a series is found. */
  seriesOn: boolean;
  /** The tab the user picked for a month two tabs claim, by cumulative month; none is picked for them. */
  seriesPicks: Record<number, string>;
  /** "Xếp hạng mọi chấp hành viên toàn tỉnh" ticked (off by default): a second table of every officer of the tabs. */
  consolidateOfficers: boolean;
}

/**
 * The first choices: the saved ones when the settings are for the shown sheet, else the proposed tiền
 * sheet (none when there are two candidates: the user's choice) and every unit tab ticked, consolidation off.
 */
export function sourcesFromState(state: SidebarState, saved: ReportSettings | null): SourcesForm {
  const tabs = state.sources.unitTabs.map((t) => t.sheet);
  const savedTien = saved?.tienSource?.sheet;
  return {
    sourcesSheet: state.activeSheet,
    tienSheet: savedTien !== undefined && state.sources.tien.candidates.includes(savedTien) ? savedTien : saved ? '' : state.sources.tien.proposed ?? '',
    consolidateOn: Boolean(saved?.consolidate),
    consolidateSheets: saved?.consolidate ? saved.consolidate.sheets.filter((s) => tabs.includes(s)) : tabs,
    seriesFound: state.sources.series,
    seriesOn: saved ? Boolean(saved.series) : state.sources.series !== null,
    seriesPicks: savedPicks(state.sources.series, saved),
    consolidateOfficers: saved?.consolidate?.officers === true,
  };
}

/** The disputed months' tabs the saved settings used: the user's earlier picks. */
function savedPicks(series: SeriesSources | null, saved: ReportSettings | null): Record<number, string> {
  const picks: Record<number, string> = {};
  for (const d of series?.disputed ?? []) {
    const used = saved?.series?.months.find((m) => m.month === d.month);
    if (used && d.tabs.includes(used.sheet)) picks[d.month] = used.sheet;
  }
  return picks;
}

/**
 * The series the report carries (settings.series): the months found up to the report's month, the user's
 * pick for each disputed month, last year's tab of each month kept, and the months missing — a disputed
 * month left unpicked among them (said in the report, never filled). Null when "Diễn biến" is off, the
 * report's year is not the series', or fewer than two months remain.
 *
 * @example seriesSetting({ seriesFound, seriesOn: true, seriesPicks: { 2: 'T11 (sửa)' } }, { year: 2024, month: 3 })
 *   // { months: [{ month: 1, sheet: 'T10' }, { month: 2, sheet: 'T11 (sửa)' }, { month: 3, sheet: 'T12' }], lastYear: [], missing: [] }
 */
export function seriesSetting(
  form: Pick<SourcesForm, 'seriesFound' | 'seriesOn' | 'seriesPicks'>,
  period: { year: number | null; month: number },
): MonthSeriesSetting | null {
  const series = form.seriesFound;
  if (!series || !form.seriesOn || period.year !== series.year) return null;
  const upTo = (m: number) => m <= period.month;
  const picked: Array<{ month: number; sheet: string }> = [];
  const unpicked: number[] = [];
  for (const d of series.disputed) {
    if (!upTo(d.month)) continue;
    const pick = form.seriesPicks[d.month];
    if (pick !== undefined && d.tabs.includes(pick)) picked.push({ month: d.month, sheet: pick });
    else unpicked.push(d.month);
  }
  const months = [...series.months.filter((m) => upTo(m.month)), ...picked].sort((a, b) => a.month - b.month);
  if (months.length < 2) return null;
  const present = new Set(months.map((m) => m.month));
  return {
    months: months.map((m) => ({ month: m.month, sheet: m.sheet })),
    lastYear: series.lastYear.filter((m) => present.has(m.month)).map((m) => ({ month: m.month, sheet: m.sheet })),
    missing: [...series.missing.filter(upTo), ...unpicked].sort((a, b) => a - b),
  };
}

/** The settings' tienSource, consolidate and series; all null once the form shows another sheet than the one listed for. */
export function sourcesSettings(
  form: SourcesForm & { sheet: string },
  period: { year: number | null; month: number } = { year: null, month: 12 },
): Pick<ReportSettings, 'tienSource' | 'consolidate' | 'series'> {
  const here = form.sheet === form.sourcesSheet;
  return {
    tienSource: here && form.tienSheet !== '' && !form.consolidateOn ? { sheet: form.tienSheet, range: null } : null,
    consolidate:
      here && form.consolidateOn && form.consolidateSheets.length > 0
        ? { sheets: [...form.consolidateSheets], ...(form.consolidateOfficers ? { officers: true } : {}) }
        : null,
    // A consolidation's rows are unit tabs, not months: no series with it.
    series: here && !form.consolidateOn ? seriesSetting(form, period) : null,
  };
}
