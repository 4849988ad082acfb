import { columnLetters } from '../report/a1';

/**
 * How a message names the rows and columns of a grid (cách gọi dòng, cột trong thông báo): by the
 * sheet's row numbers and column letters when the caller knows where the grid sits (the sidebar and
 * the report read a sheet or a range of it), or by positions within the range for a custom function,
 * which is given values only and cannot see their address.
 */
export interface CellNaming {
  /** Added to a 0-based grid row to name it (default 1: the grid starts at row 1 of the sheet). */
  rowOffset?: number;
  /** Added to a 0-based grid column to name its sheet column by letter (default 0: column A; unused in a range). */
  columnOffset?: number;
  /** True when the grid is a custom function's range: "cột 5 của vùng", "dòng 3 của vùng". */
  inRange?: boolean;
}

/**
 * Tên cột trong thông báo: its letter in the sheet ("cột E"), or "cột 5 của vùng" in a custom
 * function's range. The one way every message of the reader, the checks and the server names a column.
 *
 * @example columnName(4, {}) // 'cột E'
 * @example columnName(0, { columnOffset: 2 }) // 'cột C'
 * @example columnName(4, { inRange: true }) // 'cột 5 của vùng'
 */
export function columnName(column: number, naming: CellNaming): string {
  return naming.inRange ? `cột ${column + 1} của vùng` : `cột ${columnLetters(column + (naming.columnOffset ?? 0))}`;
}

/**
 * Several columns named at once (tên các cột): "cột J, K" in the sheet, "cột 10, 11 của vùng" in a range.
 *
 * @example columnNames([9, 10], { columnOffset: 0 }) // 'cột J, K'
 * @example columnNames([9, 10], { inRange: true }) // 'cột 10, 11 của vùng'
 */
export function columnNames(columns: readonly number[], naming: CellNaming): string {
  if (naming.inRange) return `cột ${columns.map((c) => c + 1).join(', ')} của vùng`;
  return `cột ${columns.map((c) => columnLetters(c + (naming.columnOffset ?? 0))).join(', ')}`;
}

/**
 * A cell named in a message (tên ô): "dòng 7, cột E" in the sheet, "dòng 3, cột 5 của vùng" in a range.
 *
 * @example cellName(6, 4, {}) // 'dòng 7, cột E'
 * @example cellName(2, 4, { inRange: true }) // 'dòng 3, cột 5 của vùng'
 */
export function cellName(row: number, column: number, naming: CellNaming): string {
  return `dòng ${row + (naming.rowOffset ?? 1)}, ${columnName(column, naming)}`;
}

/** The same name with a capital first letter, to open a sentence ("Cột J …"). */
export function capitalized(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}
