import type { CellProblem, Measure } from '../types';
import { quantityName } from '../vocabulary/quantities';
import { cellName, type CellNaming } from '../text/columnName';

/**
 * Ô số liệu sai, in words: where the cell is, what it holds and why it cannot be used —
 * "dòng 7, cột E (thi hành xong (X1)): "#N/A" …".
 *
 * @example cellProblemText({ kind: 'negative', measure: 'viec', key: 'fullyEnforced', row: 6, column: 4, value: '-50', reason: '-50 là số âm: số việc không thể âm' }, {})
 *   // 'dòng 7, cột E (thi hành xong (X1)): -50 là số âm: số việc không thể âm'
 */
export function cellProblemText(p: CellProblem, naming: CellNaming): string {
  const where = p.column >= 0 ? cellName(p.row, p.column, naming) : `dòng ${p.row + (naming.rowOffset ?? 1)}`;
  return `${where} (${quantityName(p.key, 'short')}): ${p.reason}`;
}

/**
 * Lý do không tính (vì sao không tính): the problems of one measure of a row, in words, joined;
 * null when the measure has none — then its figures are computed.
 *
 * @example withheldReason(unit.problems, 'viec', {}) // 'dòng 7, cột E (thi hành xong (X1)): ô báo lỗi "#N/A"'
 */
export function withheldReason(problems: readonly CellProblem[] | undefined, measure: Measure, naming: CellNaming): string | null {
  if (!problems) return null;
  const texts: string[] = [];
  for (const p of problems) if (p.measure === measure) texts.push(cellProblemText(p, naming));
  return texts.length === 0 ? null : texts.join('; ');
}
