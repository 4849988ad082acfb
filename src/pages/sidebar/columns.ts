import { parseA1Range } from '../../core/a1/parseA1Range';
import { columnLetters as columnLetter } from '../../core/report/a1';

/**
 * Column names as the user sees them in Sheets (tên cột: A, B, …, AA), for a grid that starts at
 * column A or at the first column of a chosen A1 range.
 *
 * @example
 * columnLetter(0)            // "A"
 * columnLetter(27)           // "AB"
 * columnName(2, "'Thống kê'!C5:P30") // "E" (third column of a range starting at C)
 */

/** 0-based column index → "A", "B", …, "Z", "AA" (the report's own A1 helper: one implementation). */
export { columnLetter };

/**
 * 0-based index of the first column of an A1 range ("C5:P30", "'Thống kê'!C5:P30"), read by the
 * core's parser, the one the server cuts the table with; 0 for none or for text it refuses (the
 * server then reads no range either).
 */
export function rangeStartColumn(range: string | null): number {
  const r = range ? parseA1Range(range) : null;
  return r ? r.column : 0;
}

/** The sheet row number (1-based, as Sheets shows it) of a 0-based grid row read from `range`. */
export function rowNumber(index: number, range: string | null): number {
  const r = range ? parseA1Range(range) : null;
  return (r ? r.row : 0) + index + 1;
}

/** The sheet column name of a 0-based grid column read from `range` (null = the whole sheet). */
export function columnName(index: number, range: string | null): string {
  return columnLetter(rangeStartColumn(range) + index);
}
