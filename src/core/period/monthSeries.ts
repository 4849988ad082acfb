import type { Period } from '../types';
import { periodOfTabName } from './periodOfTabName';

/** One tab of the workbook as the series finder sees it (một trang của bảng tính). */
export interface MonthTab {
  /** The tab's name ("T10", "T11/2023", "6 tháng"). */
  name: string;
  /** The period its table's title states, when it does: it beats the tab's name. */
  titlePeriod: Period | null;
  /** What form its table is (formSignature of the detected table); null when the tab holds no table. */
  form: string | null;
}

/** A month of the series and the tab that holds it. */
export interface SeriesMonth {
  /** Cumulative months from 01/10 (1 = T10 … 12 = T9). */
  month: number;
  tab: string;
}

/** Diễn biến theo tháng: successive cumulative months of one statistical year, in one form. */
export interface MonthSeries {
  year: number;
  form: string;
  /** The months present, ascending, one tab each. */
  months: SeriesMonth[];
  /** Months between the first and the last with no tab (said, never interpolated). */
  missing: number[];
  /** Months two or more tabs claim: left out until the user chooses one; named in `messages`. */
  disputed: { month: number; tabs: string[] }[];
  /** Month tabs of another year lying among the series' tabs: named and left out. */
  otherYear: { tab: string; period: Period }[];
  /** Month tabs of the same form with no year, placed in the series' year. */
  yearFromSeries: string[];
  /** Vietnamese messages for the user: missing months, disputed months, tabs left out. */
  messages: string[];
}

/**
 * Tìm chuỗi các trang theo tháng (the month series of a workbook): tabs of the same form whose
 * periods — the title's, else the tab name's (periodOfTabName) — are cumulative months of one
 * statistical year. The year is the one most tabs of the commonest form fall in (the latest on a tie);
 * a tab with no year takes it. A month with no tab between the first and the last is said ("thiếu"),
 * two tabs claiming one month are both named and the month is left out unless `chosen` names one
 * (the choice is the user's, never a silent pick), and a tab of another year lying among the series'
 * tabs is named and left out. Tabs of another year outside that stretch (last year's series) are not
 * the series' and are not mentioned. Null when fewer than two months are found.
 *
 * @example findMonthSeries([{ name: 'T10/2023', titlePeriod: null, form: 'f' }, { name: 'T11/2023', titlePeriod: null, form: 'f' }])
 *   // { year: 2024, form: 'f', months: [{ month: 1, tab: 'T10/2023' }, { month: 2, tab: 'T11/2023' }], missing: [], … }
 */
export function findMonthSeries(tabs: readonly MonthTab[], chosen: Readonly<Record<number, string>> = {}): MonthSeries | null {
  const placed: { index: number; tab: MonthTab; period: Period }[] = [];
  const noYear: { index: number; tab: MonthTab; month: number }[] = [];
  tabs.forEach((tab, index) => {
    if (tab.form === null) return;
    if (tab.titlePeriod) return void placed.push({ index, tab, period: tab.titlePeriod });
    const read = periodOfTabName(tab.name);
    if (read.ok) placed.push({ index, tab, period: read.period });
    else if (read.reason === 'missingYear') noYear.push({ index, tab, month: read.month });
  });
  const form = commonest([...placed, ...noYear].map((p) => p.tab.form!));
  if (form === null) return null;
  const year = commonest(placed.filter((p) => p.tab.form === form).map((p) => String(p.period.year)), true);
  if (year === null) return null;
  const y = Number(year);

  const members = [
    ...placed.filter((p) => p.tab.form === form && p.period.year === y).map((p) => ({ index: p.index, name: p.tab.name, month: p.period.month })),
    ...noYear.filter((p) => p.tab.form === form).map((p) => ({ index: p.index, name: p.tab.name, month: p.month })),
  ].sort((a, b) => a.index - b.index);
  const byMonth = new Map<number, string[]>();
  for (const m of members) byMonth.set(m.month, [...(byMonth.get(m.month) ?? []), m.name]);

  const months: SeriesMonth[] = [];
  const disputed: MonthSeries['disputed'] = [];
  const messages: string[] = [];
  for (const [month, names] of [...byMonth].sort((a, b) => a[0] - b[0])) {
    const pick = chosen[month];
    if (names.length === 1) months.push({ month, tab: names[0]! });
    else if (pick !== undefined && names.includes(pick)) months.push({ month, tab: pick });
    else {
      disputed.push({ month, tabs: names });
      messages.push(
        `Các trang ${names.map((n) => `“${n}”`).join(' và ')} cùng là số liệu ${monthWords(month, y)}: chưa dùng trang nào cho tháng này — hãy chọn một trang.`,
      );
    }
  }
  if (months.length + disputed.length < 2) return null;

  const present = new Set(byMonth.keys());
  const first = Math.min(...present);
  const last = Math.max(...present);
  const missing: number[] = [];
  for (let m = first; m <= last; m++) if (!present.has(m)) missing.push(m);
  if (missing.length > 0) messages.push(`Diễn biến năm ${y}: thiếu ${missing.map((m) => monthWords(m, y)).join(', ')} (không có trang nào; không nội suy).`);

  const firstIndex = members[0]!.index;
  const lastIndex = members[members.length - 1]!.index;
  const otherYear = placed
    .filter((p) => p.tab.form === form && p.period.year !== y && p.index > firstIndex && p.index < lastIndex)
    .map((p) => ({ tab: p.tab.name, period: p.period }));
  for (const o of otherYear) {
    messages.push(`Trang “${o.tab}” nằm giữa các trang năm ${y} nhưng là số liệu ${monthWords(o.period.month, o.period.year)} của năm ${o.period.year}: không đưa vào diễn biến.`);
  }
  const yearFromSeries = noYear.filter((p) => p.tab.form === form).map((p) => p.tab.name);
  return { year: y, form, months, missing, disputed, otherYear, yearFromSeries, messages };
}

/**
 * The calendar month a cumulative month ends in (tháng dương lịch): 1 → 10, 3 → 12, 4 → 1, 12 → 9.
 *
 * @example calendarMonth(6) // 3
 */
export function calendarMonth(month: number): number {
  return ((month + 8) % 12) + 1;
}

/**
 * A cumulative month as a short label, by its calendar month: "T10", "T3".
 *
 * @example monthLabel(6) // "T3"
 */
export function monthLabel(month: number): string {
  return `T${calendarMonth(month)}`;
}

/** "tháng 1/2024 (4 tháng)": the calendar month and year a cumulative month of year y ends in, and its count. */
function monthWords(month: number, year: number): string {
  const c = calendarMonth(month);
  return `tháng ${c}/${c >= 10 ? year - 1 : year} (${month} tháng)`;
}

/** The value most often given; on a tie the first given, or (`latest`) the largest. Null for none. */
function commonest(values: readonly string[], latest = false): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [v, n] of counts) {
    const b = best === null ? 0 : counts.get(best)!;
    if (n > b || (latest && n === b && Number(v) > Number(best))) best = v;
  }
  return best;
}
