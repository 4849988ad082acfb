/**
 * Display values as a vi_VN spreadsheet shows them: the number format is applied with the ssf
 * library (formats in en-US), then the separators are swapped ("." groups thousands, "," is the
 * decimal mark), e.g. 1234 with "#,##0" → "1.234", 0.8488 with "0.00%" → "84,88%".
 */
import SSF from 'ssf';
import type { Value } from './cell';
import { isDate } from './cell';
import { serialFromWallClock, toWallClock } from './time';

/** Sheets' default display for a date value without a number format, in vi_VN. */
export const DEFAULT_DATE_FORMAT = 'dd/MM/yyyy';

/**
 * @example displayValue(1234, '#,##0', 'Asia/Ho_Chi_Minh', 'vi_VN') // '1.234'
 */
export function displayValue(value: Value | undefined, numberFormat: string | undefined, tz: string, locale = 'vi_VN'): string {
  if (value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') {
    return numberFormat && numberFormat !== 'General' && numberFormat.includes('@') ? safeFormat(numberFormat, value) : value;
  }
  if (isDate(value)) {
    const serial = serialFromWallClock(toWallClock(value.getTime(), tz));
    const fmt = numberFormat && numberFormat !== 'General' ? numberFormat : DEFAULT_DATE_FORMAT;
    return localize(safeFormat(fmt, serial), locale);
  }
  const fmt = numberFormat && numberFormat !== '' ? numberFormat : 'General';
  if (fmt === 'General' && Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  return localize(safeFormat(fmt, value), locale);
}

const dateFormats = new Map<string, boolean>();

/** True for a date or time number format ("dd/MM/yyyy", "HH:mm"): Sheets reads such a number as a Date. */
export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt || fmt === 'General') return false;
  let d = dateFormats.get(fmt);
  if (d === undefined) {
    try {
      d = SSF.is_date(fmt);
    } catch {
      d = false;
    }
    dateFormats.set(fmt, d);
  }
  return d;
}

function safeFormat(fmt: string, v: number | string): string {
  try {
    return SSF.format(fmt, v);
  } catch {
    return String(v);
  }
}

/** Swaps en-US separators for the locale's: vi_VN (and most of Europe) write 1.234,5. */
export function localize(text: string, locale: string): string {
  if (!/^(vi|de|fr|es|it|pt|nl|id|ru|tr)/.test(locale)) return text;
  // Only separators between digits: a literal such as "tr.đ" in the format stays as written.
  return text.replace(/(?<=\d)[.,](?=\d)/g, (c) => (c === '.' ? ',' : '.'));
}
