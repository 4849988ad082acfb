import { foldVietnamese } from '../text/normalize';
import type { Period } from '../types';
import { isPeriod } from './isPeriod';
import { periodFromTitle } from './periodFromTitle';

/** How a tab's name gave its period. */
export interface TabPeriodRead {
  ok: true;
  period: Period;
  /** "calendar": a calendar month (T10, Tháng 3) turned into cumulative months; "cumulative": written so (6T/2019, 6 tháng). */
  form: 'calendar' | 'cumulative';
  /** Where the year came from: the name itself, or the fallback year (the series' year). */
  year: 'name' | 'fallback';
}

/** Why a tab's name gives no period. */
export type TabPeriodRefused =
  /** No month in the name at all ("Tổng hợp", "Biểu 01"). */
  | { ok: false; reason: 'noMonth'; message: string }
  /** A month, but no valid period ("T13", "Tháng 0", "13 tháng", a statistical year outside 2000–2100). */
  | { ok: false; reason: 'invalid'; message: string }
  /** A valid month and no year to place it in; `month` is its cumulative month, for the caller to place. */
  | { ok: false; reason: 'missingYear'; month: number; message: string };

export type TabPeriod = TabPeriodRead | TabPeriodRefused;

/** "6 tháng", "6T" with no year: cumulative months (the number comes first). */
const CUMULATIVE_NO_YEAR = /(?:^|[^\d])(\d{1,2}) ?(?:thang|t)(?![a-z\d])/;
/** "T10", "T11/2023", "Tháng 12", "tháng 3 năm 2024", "T3-2024": a calendar month (the number comes after). */
const CALENDAR = /(?:^|[^a-z])(?:thang|t) ?(\d{1,2})(?!\d)(?:(?: ?[/.-] ?| nam | )(\d{4})(?!\d))?/;

/**
 * Kỳ của một trang theo tên trang (the period a month tab's name gives): a calendar month c of year
 * y ("T10", "T11/2023", "Tháng 12", "tháng 3 năm 2024") is statistical year y + 1 when c ≥ 10
 * (the year runs 01/10 to 30/09, domain §2), else y, and cumulative month (c + 2) mod 12 + 1
 * (T10 → 1, T3 → 6, T9 → 12). "6T/2019", "6 tháng", "12 tháng năm 2024" are cumulative already.
 * A name with no year takes `fallbackYear`, a statistical year (the series'), or is refused with
 * reason "missingYear". A name that states no month, or an impossible one ("T13", "Tháng 0"), is
 * refused with a Vietnamese message naming the tab.
 *
 * @example periodOfTabName('T11/2023') // { ok: true, period: { year: 2024, month: 2 }, form: 'calendar', year: 'name' }
 * @example periodOfTabName('T3', 2024) // { ok: true, period: { year: 2024, month: 6 }, form: 'calendar', year: 'fallback' }
 * @example periodOfTabName('6 tháng') // { ok: false, reason: 'missingYear', month: 6, message: … }
 * @example periodOfTabName('Tổng hợp') // { ok: false, reason: 'noMonth', message: … }
 */
export function periodOfTabName(name: string, fallbackYear?: number): TabPeriod {
  const written = periodFromTitle(name);
  if (written) return { ok: true, period: written, form: 'cumulative', year: 'name' };
  const folded = foldVietnamese(name, { keepPunctuation: true });
  const cumulative = CUMULATIVE_NO_YEAR.exec(folded);
  if (cumulative) return place(name, Number(cumulative[1]), 'cumulative', undefined, fallbackYear);
  const calendar = CALENDAR.exec(folded);
  if (calendar) {
    const month = Number(calendar[1]);
    if (!(month >= 1 && month <= 12)) return invalid(name, `tháng ${month} không có trong năm`);
    const year = calendar[2] === undefined ? undefined : Number(calendar[2]) + (month >= 10 ? 1 : 0);
    return place(name, ((month + 2) % 12) + 1, 'calendar', year, fallbackYear);
  }
  return { ok: false, reason: 'noMonth', message: `Tên trang “${name}” không ghi tháng nào (ví dụ “T10”, “Tháng 3/2024”, “6 tháng năm 2024”).` };
}

/** The period once the cumulative month is known: the name's statistical year, else the fallback. */
function place(name: string, month: number, form: TabPeriodRead['form'], year: number | undefined, fallbackYear: number | undefined): TabPeriod {
  if (!(month >= 1 && month <= 12)) return invalid(name, `${month} tháng cộng dồn không hợp lệ (từ 1 đến 12)`);
  const chosen = year ?? fallbackYear;
  if (chosen === undefined) {
    return { ok: false, reason: 'missingYear', month, message: `Tên trang “${name}” không ghi năm: chưa biết trang thuộc năm thống kê nào.` };
  }
  const period = { year: chosen, month };
  if (!isPeriod(period)) return invalid(name, `năm thống kê ${chosen} không hợp lệ (từ 2000 đến 2100)`);
  return { ok: true, period, form, year: year === undefined ? 'fallback' : 'name' };
}

function invalid(name: string, why: string): TabPeriodRefused {
  return { ok: false, reason: 'invalid', message: `Tên trang “${name}”: ${why}.` };
}
