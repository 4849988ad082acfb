import type { GradeRule } from './gradeRules';
import { cellNumber } from '../numbers/cellNumber';
import { describeValue } from '../numbers/describeValue';
import { foldVietnamese } from '../text/normalize';
import { ThadsError } from '../errors';
import { cellName, type CellNaming } from '../text/columnName';

/**
 * Reads a grading table typed in a sheet (bảng xếp loại), best grade first, one rule a row:
 * loại | điểm tối thiểu | chỉ tiêu phải đạt | [tên]. Points blank = not known yet. Targets: "tất cả"
 * (all), a number (at least that many), "không" (no condition), blank = not known yet. A first row
 * whose points cell is text is a header and skipped; rows with a blank grade are skipped.
 *
 * @example gradeRulesFromGrid([['A', 180, 'tất cả'], ['B', 160, 2]]) // two rules
 */
export function gradeRulesFromGrid(grid: readonly (readonly unknown[])[]): GradeRule[] {
  const rules = gradeRuleRows(grid);
  if (rules.length === 0) throw new ThadsError('Bảng xếp loại không có dòng nào (loại | điểm tối thiểu | chỉ tiêu phải đạt).');
  return rules;
}

/**
 * The rules of a grading table as gradeRulesFromGrid reads them, none when it holds no rule row (a
 * sheet the user has emptied): the caller decides whether that is an error. A bad cell is named as
 * `naming` says: by its position in the table (a custom function's range, the default), or by the
 * sheet's row and letter (the "Xếp loại" sheet, read from A1).
 *
 * @example gradeRuleRows([['Loại', 'Điểm tối thiểu', 'Chỉ tiêu phải đạt']]) // []
 */
export function gradeRuleRows(grid: readonly (readonly unknown[])[], naming: CellNaming = { inRange: true }): GradeRule[] {
  const rules: GradeRule[] = [];
  grid.forEach((row, r) => {
    const grade = row[0];
    if (grade === '' || grade === null || grade === undefined) return;
    // In a range "dòng 3 của bảng xếp loại, cột 2"; in the sheet "dòng 3, cột B".
    const at = (c: number) => (naming.inRange ? `dòng ${r + 1} của bảng xếp loại, cột ${c + 1}` : cellName(r, c, naming));
    const pointsCell = row[1];
    if (r === 0 && typeof pointsCell === 'string' && !cellNumber(pointsCell).ok) return; // header
    const points = cellNumber(pointsCell);
    if (!points.ok) throw new ThadsError(`${at(1)} (điểm tối thiểu): ${points.reason}`);
    const name = row[3];
    rules.push({
      grade: String(grade).trim(),
      name: typeof name === 'string' ? name.trim() : '',
      minPoints: points.value,
      targets: readTargets(row[2], at(2)),
    });
  });
  return rules;
}

function readTargets(cell: unknown, where: string): GradeRule['targets'] {
  if (cell === '' || cell === null || cell === undefined) return null;
  if (typeof cell === 'string') {
    const t = foldVietnamese(cell, { keepPunctuation: true });
    if (t === 'tat ca' || t === 'all' || t === 'ca') return 'all';
    if (t === 'khong' || t === 'none') return 'none';
  }
  const n = cellNumber(cell);
  if (n.ok && n.value !== null && Number.isInteger(n.value) && n.value >= 0) return n.value;
  throw new ThadsError(
    `${where} (chỉ tiêu phải đạt): ${describeValue(cell)} không hợp lệ; hãy ghi "tất cả", "không" hoặc một số nguyên`,
  );
}
