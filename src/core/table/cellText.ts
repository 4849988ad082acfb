import type { CellValue } from '../types';

/**
 * Chữ của ô (a cell's text): strings trimmed, numbers as written, blanks as "".
 * Dates and booleans give "" (they are never header or label text).
 *
 * @example cellText('  Tổng cộng ') // 'Tổng cộng'
 * @example cellText(null) // ''
 */
export function cellText(value: CellValue): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  return '';
}
