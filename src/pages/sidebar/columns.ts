import { columnLetters as columnLetter } from '../../core/report/a1';

/**
 * Column names as the user sees them in Sheets (tên cột: A, B, …, AA), for a grid that starts at
 * column A or at the first column of a chosen A1 range.
 *
 * @example
 * columnLetter(0)            // "A"
 * columnLetter(27)           // "AB"
 * columnName(2, 'Thống kê!C5:P30') // "E" (third column of a range starting at C)
 */

/** 0-based column index → "A", "B", …, "Z", "AA" (the report's own A1 helper: one implementation). */
export { columnLetter };

/** 0-based index of the first column of an A1 range ("C5:P30", "'Thống kê'!C5:P30"); 0 when none. */
export function rangeStartColumn(range: string | null): number {
  if (!range) return 0;
  const cell = range.slice(range.lastIndexOf('!') + 1);
  const m = /^\$?([A-Za-z]{1,3})/.exec(cell);
  if (!m || !m[1]) return 0;
  let n = 0;
  for (const ch of m[1].toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** The sheet column name of a 0-based grid column read from `range` (null = the whole sheet). */
export function columnName(index: number, range: string | null): string {
  return columnLetter(rangeStartColumn(range) + index);
}
