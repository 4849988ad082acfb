import type { Finding, UnitRecord } from '../types';
import { checkCellProblems } from './checkCellProblems';
import { checkRowIdentities } from './checkRowIdentities';
import { checkTotals } from './checkTotals';
import { checkTypedRate } from './checkTypedRate';
import type { ValidationOptions } from './types';

/**
 * Kiểm tra số liệu của bảng: every cell that cannot be used (one error each), every identity of domain §3 on every row (units and totals), the totals
 * rows against the sum of their units, typed rates against the data. Findings come in sheet order,
 * each naming the row and unit, the identity, the values and the difference, in Vietnamese.
 *
 * @example validateTable(table.units, { regime: 'B', moneyUnit: table.moneyUnit }) // [] for a consistent table
 */
export function validateTable(units: readonly UnitRecord[], opts: ValidationOptions): Finding[] {
  const findings: Finding[] = [];
  for (const u of units) {
    findings.push(...checkCellProblems(u, opts), ...checkRowIdentities(u, opts), ...checkTypedRate(u, opts));
  }
  findings.push(...checkTotals(units, opts));
  return findings.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}
