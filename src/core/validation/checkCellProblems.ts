import type { Finding, UnitRecord } from '../types';
import { MEASURES } from '../vocabulary/measures';
import { quantityName } from '../vocabulary/quantities';
import { columnName } from '../text/columnName';
import { rowName } from './describe';
import type { ValidationOptions } from './types';

/**
 * Ô số liệu không dùng được: one error per cell of the row that could not be used (unreadable,
 * negative, a fractional việc count), naming the row, the column and the value, and saying that the
 * row's figures of that measure are not computed (domain §5). X > Đ is the identity check's finding
 * (rule "X<=D"), not repeated here.
 *
 * @example checkCellProblems(unit, { regime: 'B', moneyUnit: 'nghin', inRange: true })
 * // [{ rule: 'cell', message: 'Dòng 3 của vùng (Chi cục A), việc, cột 5 của vùng (thi hành xong (X1)): ô báo lỗi "#N/A"; …' }]
 */
export function checkCellProblems(unit: UnitRecord, opts: ValidationOptions): Finding[] {
  if (!unit.problems) return [];
  const out: Finding[] = [];
  for (const p of unit.problems) {
    if (p.kind === 'exceeds') continue;
    const vi = MEASURES[p.measure].vi;
    out.push({
      severity: 'error',
      rule: 'cell',
      row: p.row,
      column: p.column,
      unit: unit.label,
      measure: p.measure,
      message:
        `${rowName(unit, opts)}, ${vi}, ${columnName(p.column, opts)} (${quantityName(p.key, 'short')}): ${p.reason}; ` +
        `không tính tỷ lệ, chỉ tiêu và xếp hạng về ${vi} của dòng này cho đến khi sửa ô.`,
    });
  }
  return out;
}
