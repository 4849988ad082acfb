import type { CellNaming } from '../text/columnName';
import type { ColumnMapping, MoneyUnit, Regime } from '../types';

/** How to check a table and how to name its rows and columns in the messages (CellNaming). */
export interface ValidationOptions extends CellNaming {
  /** Classification regime (domain §3): A puts hoãn/tạm đình chỉ inside Đ, B beside it. */
  regime: Regime;
  /** The sheet's money unit: tiền figures are quoted in it, as the user typed them. */
  moneyUnit: MoneyUnit;
  /** Rows of sub-headings (DetectedTable.sections): a subtotal totals the units since the last one. */
  sections?: readonly number[];
  /** The table's column mapping: findings then name the column of the figure in question. */
  columns?: readonly ColumnMapping[];
}
