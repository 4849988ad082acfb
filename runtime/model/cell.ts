/**
 * The in-memory cell, as Sheets keeps it: a value, an optional formula, a number format, and the
 * formatting the add-on writes (recorded as plain data so tests can check it).
 */

/** What a cell holds. A blank cell holds nothing and reads as "". */
export type Value = string | number | boolean | Date;

export interface CellStyle {
  fontWeight?: string;
  fontColor?: string;
  background?: string;
  horizontalAlignment?: string;
  wrap?: boolean;
  border?: boolean;
}

export interface Cell {
  value?: Value;
  /** With the leading "=", as getFormulas returns it. */
  formula?: string;
  numberFormat?: string;
  /** True when the formula's cached value came from a file or a recalculation. */
  computed?: boolean;
  /** A1 of the formula cell whose result spilled here (the cell holds a plain value). */
  spillFrom?: string;
  note?: string;
  style?: CellStyle;
}

/** True when the cell shows nothing and holds no formula. */
export function isBlank(cell: Cell | undefined): boolean {
  return !cell || ((cell.value === undefined || cell.value === '') && !cell.formula);
}

/** Cross-realm test for a Date (values may come from the add-on's vm context). */
export function isDate(x: unknown): x is Date {
  return Object.prototype.toString.call(x) === '[object Date]';
}
