import type { Period } from '../types';
import type { MonthTab } from './monthSeries';
import { periodOfTabName } from './periodOfTabName';

/** The tab of the same period last year, or why there is none to take. */
export type LastYearTab =
  | { ok: true; tab: string }
  /** None found, or several (named): the user chooses; never a silent pick. */
  | { ok: false; candidates: string[]; message: string };

/**
 * Trang cùng kỳ năm trước, tìm theo kỳ: the tab whose period — its table's title, else its name
 * (periodOfTabName) — is the same cumulative months of year − 1. A tab of another form is not a
 * comparison when `form` is given. A tab named "Cùng kỳ" with no period is not taken: "Cùng kỳ 2019"
 * beside a 2030 report is not last year. None, or several, is a Vietnamese message naming the tabs.
 *
 * @example sameMonthLastYear([{ name: 'T3/2023', titlePeriod: null, form: 'f' }], { year: 2024, month: 6 }).ok // true ("T3/2023" is 6 tháng năm 2023)
 */
export function sameMonthLastYear(tabs: readonly MonthTab[], period: Period, form?: string): LastYearTab {
  const wanted = { year: period.year - 1, month: period.month };
  const found = tabs.filter((t) => {
    if (t.form === null || (form !== undefined && t.form !== form)) return false;
    const p = t.titlePeriod ?? tabPeriod(t.name);
    return p !== null && p.year === wanted.year && p.month === wanted.month;
  });
  const words = `${wanted.month} tháng năm ${wanted.year}`;
  if (found.length === 1) return { ok: true, tab: found[0]!.name };
  const candidates = found.map((t) => t.name);
  if (found.length === 0) {
    return { ok: false, candidates, message: `Không có trang cùng kỳ năm trước (${words}): báo cáo không so sánh với cùng kỳ.` };
  }
  return {
    ok: false,
    candidates,
    message: `Có ${found.length} trang cùng là số liệu ${words}: ${candidates.map((n) => `“${n}”`).join(', ')} — hãy chọn trang cùng kỳ.`,
  };
}

function tabPeriod(name: string): Period | null {
  const read = periodOfTabName(name);
  return read.ok ? read.period : null;
}
