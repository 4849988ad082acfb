import type { ColumnMapping, MoneyUnit, Regime } from '../types';

/** How to check a table and how to name its rows in the messages. */
export interface ValidationOptions {
  /** Classification regime (domain §3): A puts hoãn/tạm đình chỉ inside Đ, B beside it. */
  regime: Regime;
  /** The sheet's money unit: tiền figures are quoted in it, as the user typed them. */
  moneyUnit: MoneyUnit;
  /** Added to a 0-based grid row to name it (default 1: the grid starts at row 1 of the sheet). */
  rowOffset?: number;
  /** Added to a 0-based grid column to name its sheet column by letter (default 0; unused in a range). */
  columnOffset?: number;
  /** True when the grid is a custom function's range: rows are named "dòng 3 của vùng". */
  inRange?: boolean;
  /** Rows of sub-headings (DetectedTable.sections): a subtotal totals the units since the last one. */
  sections?: readonly number[];
  /** The table's column mapping: findings then name the column of the figure in question. */
  columns?: readonly ColumnMapping[];
}
