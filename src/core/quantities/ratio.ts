/**
 * A quotient that is a number a report can show, or null: null when either side is missing, the
 * denominator is not positive, or the quotient is not finite (a denominator like 5e-324 would
 * otherwise give Infinity, which a cell shows as #NUM!). Every rate, share and per-officer
 * figure goes through here so none of them can leak a non-finite number.
 *
 * @example ratio(3420, 4029) // 0.848846… ; ratio(1, 0) // null ; ratio(1, 5e-324) // null
 */
export function ratio(numerator: number | null | undefined, denominator: number | null | undefined): number | null {
  if (numerator === null || numerator === undefined || denominator === null || denominator === undefined) return null;
  if (!(denominator > 0)) return null;
  const q = numerator / denominator;
  // q − q is 0 only for a finite q: no lookup of the global Number, which in Apps Script costs
  // more than the division itself once per row of a 100.000-row THADS_RATE.
  return q - q === 0 ? q : null;
}
