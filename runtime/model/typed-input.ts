/**
 * Typed input in a vi_VN spreadsheet (nhập liệu theo ngôn ngữ Việt Nam): what Sheets turns a string
 * written with setValue/setValues into — a number, a percentage, a date or time, a boolean — or
 * undefined when it stays text. "," is the decimal mark and "." groups thousands; dates are read day
 * first. Where Sheets' exact rule is not documented the reading that converts is chosen, so that the
 * add-on's escaping (src/core/report/asText.ts) is tested against the worst case. Each rule is listed
 * in runtime/README.md.
 */
import { serialFromWallClock, toWallClock } from './time';

export interface Typed {
  value: number | boolean;
  /** The format Sheets gives the cell with the value (a percent, a date); none for a plain number. */
  numberFormat?: string;
}

const DATE = 'dd/MM/yyyy';
const DATE_TIME = 'dd/MM/yyyy HH:mm:ss';
const TIME = 'HH:mm:ss';

/** "1.234.567,89", "1,5", ",5", "12", with an exponent: the digits of a vi_VN number (no sign). */
const NUMBER = /^(?:(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d*))?|,(\d+))(?:[eE]([+-]?\d+))?$/;

/**
 * @example parseVietnameseNumber('1.234,5') // 1234.5
 * @example parseVietnameseNumber('1.5') // undefined (not a vi_VN number)
 */
export function parseVietnameseNumber(text: string): number | undefined {
  const m = NUMBER.exec(text);
  if (!m) return undefined;
  const whole = (m[1] ?? '0').replace(/\./g, '');
  const fraction = m[2] ?? m[3] ?? '';
  const n = Number(`${whole}.${fraction || '0'}e${m[4] ?? '0'}`);
  return Number.isFinite(n) ? n : undefined;
}

/** A number with an optional sign, accounting parentheses, currency sign and percent sign. */
function typedNumber(text: string): Typed | undefined {
  let t = text;
  let sign = 1;
  const paren = /^\((.*)\)$/.exec(t);
  if (paren) {
    t = paren[1]!.trim();
    sign = -1;
  }
  if (/^[+-]/.test(t)) {
    if (t[0] === '-') sign = -sign;
    t = t.slice(1).trim();
  }
  // A currency sign before or after: "₫1.000", "1.000 ₫", "$5".
  let currency = false;
  const cur = /^[₫$]\s*(.+)$/.exec(t) ?? /^(.+?)\s*[₫$]$/.exec(t);
  if (cur) {
    t = cur[1]!;
    currency = true;
  }
  let percent = false;
  const pct = /^(.+?)\s*%$/.exec(t);
  if (pct && !currency) {
    t = pct[1]!;
    percent = true;
  }
  const n = parseVietnameseNumber(t);
  if (n === undefined) return undefined;
  if (percent) {
    const value = (sign * n) / 100;
    return { value, numberFormat: Number.isInteger(n) ? '0%' : '0.00%' };
  }
  if (currency) return { value: sign * n, numberFormat: '#,##0 [$₫-42A]' };
  return { value: sign * n };
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Two-digit years as Sheets reads them: 00–29 → 2000s, 30–99 → 1900s. */
function fullYear(y: string): number {
  const n = Number(y);
  return y.length === 2 ? (n < 30 ? 2000 + n : 1900 + n) : n;
}

/** "H:mm" or "H:mm:ss" → the fraction of a day, or undefined. */
function timeFraction(text: string): number | undefined {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  if (!m) return undefined;
  const [h, mi, s] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
  if (h > 23 || mi > 59 || s > 59) return undefined;
  return (h * 3600 + mi * 60 + s) / 86400;
}

/** Day, month, year of a vi_VN date text (day first), or undefined. */
function dateParts(text: string, currentYear: () => number): [number, number, number] | undefined {
  let m = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/.exec(text);
  if (m) return [Number(m[4]), Number(m[3]), Number(m[1])];
  m = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})$/.exec(text);
  if (m) return [Number(m[1]), Number(m[3]), fullYear(m[4]!)];
  // "12/5", "12-5", "12.5": the day and month of the current year.
  m = /^(\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (m) return [Number(m[1]), Number(m[2]), currentYear()];
  // "5/2024": the first day of that month.
  m = /^(\d{1,2})[-/](\d{4})$/.exec(text);
  if (m) return [1, Number(m[1]), Number(m[2])];
  return undefined;
}

function typedDate(text: string, currentYear: () => number): Typed | undefined {
  const time = timeFraction(text);
  if (time !== undefined) return { value: time, numberFormat: TIME };
  const [datePart, timePart, ...rest] = text.split(/\s+/);
  if (rest.length > 0 || datePart === undefined) return undefined;
  const parts = dateParts(datePart, currentYear);
  if (!parts) return undefined;
  const [d, mo, y] = parts;
  if (mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo)) return undefined;
  const serial = serialFromWallClock(Date.UTC(y, mo - 1, d));
  if (timePart === undefined) return { value: serial, numberFormat: DATE };
  const t = timeFraction(timePart);
  return t === undefined ? undefined : { value: serial + t, numberFormat: DATE_TIME };
}

/**
 * What Sheets stores for `text` typed into a vi_VN spreadsheet, or undefined when it stays text.
 * `now` gives the current year for a date typed without one, in the spreadsheet's time zone.
 * @example typedInput('80%', …) // { value: 0.8, numberFormat: '0%' }
 * @example typedInput('12/5/2024', …) // 12 May 2024, as a date serial with format dd/MM/yyyy
 */
export function typedInput(text: string, timeZone: string, now: number = Date.now()): Typed | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === 'true' };
  // No rule reads a letter other than an exponent's "e": most text stops here, cheaply.
  if (/[^\P{L}eE]/u.test(t) || !/\d/.test(t)) return undefined;
  const number = typedNumber(t);
  if (number) return number;
  return typedDate(t, () => new Date(toWallClock(now, timeZone)).getUTCFullYear());
}
