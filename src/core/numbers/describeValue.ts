import { formatNumber } from './formatNumber';

/**
 * How a value found in a cell is quoted in a message (giá trị tìm thấy), as the user sees it:
 * text in quotes, numbers the Vietnamese way, dates as dd/mm/yyyy, TRUE/FALSE.
 *
 * @example describeValue(0.85) // "0,85"
 * @example describeValue('abc') // "\"abc\""
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'number') {
    if (value !== value) return 'NaN';
    if (!Number.isFinite(value)) return value > 0 ? 'vô cực' : 'âm vô cực';
    return formatNumber(value, 10, true);
  }
  if (typeof value === 'string') return `"${value.length > 60 ? value.slice(0, 57) + '…' : value}"`;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value === null || value === undefined) return 'ô trống';
  if (isDate(value)) {
    const d = value as Date;
    return `ngày ${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()}`;
  }
  if (Array.isArray(value)) return 'một vùng';
  return String(value);
}

/** A Date from any realm (values cross a vm boundary in the local runtime: no instanceof). */
export function isDate(value: unknown): boolean {
  return Object.prototype.toString.call(value) === '[object Date]';
}

function two(n: number): string {
  return n < 10 ? '0' + n : String(n);
}
