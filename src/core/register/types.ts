import type { CellNaming } from '../text/columnName';
import type { Period, Regime } from '../types';

/** How a register is aggregated into the quantities of domain §3. */
export interface RegisterOptions {
  /** The reporting period: C vs M splits at its first day (01/10 of year − 1); X must close inside it. */
  period: Period;
  regime: Regime;
  /** One record per unit (default when the register has a unit column) or per enforcement officer. */
  groupBy: 'unit' | 'officer';
  /**
   * Tiền of a case still open (đang thi hành) with part of the money collected: by default it counts
   * nothing in X tiền (only closed cases do, with their amount due, as the forms count it); with this
   * setting the amount collected so far is added to X tiền (and so to the tiền rate).
   */
  countPartialCollections: boolean;
  /** đồng per unit of the register's amounts (1 for đồng, 1000 for nghìn đồng). */
  moneyFactor: number;
  /** How the warnings name a case's cell: the sheet's row and letter, or a position in a function's range. */
  naming?: CellNaming;
  /**
   * Called once per case the period counts (mỗi việc được tính trong kỳ), with its grid row, the quantity
   * slot its status counts in after the period's cut (SLOTS; a case closed after the period is đang thi
   * hành), its amount due and what was collected on it (đồng). The close of a register keeps these so
   * that a later report names every case that changed; absent, nothing is kept (the report's own pass).
   */
  onCase?: (row: number, slot: number, due: number, collected: number) => void;
}
