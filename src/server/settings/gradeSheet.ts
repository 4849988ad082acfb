import { ThadsError, isThadsError } from '../../core/errors';
import { GRADE_RULES_2015, type GradeRule } from '../../core/grade/gradeRules';
import { gradeRuleRows } from '../../core/grade/gradeRulesFromGrid';
import type { PlanValue, SheetPlan } from '../../core/report/plan';
import type { Grid } from '../../core/types';

/** The add-on's mark on the grading-rules sheet. */
export const GRADES_OWNER = 'grades';
export const GRADES_SHEET_NAME = 'Xếp loại';

/** Columns as gradeRulesFromGrid reads them: loại | điểm tối thiểu | chỉ tiêu phải đạt | tên. */
const HEADERS = ['Loại', 'Điểm tối thiểu', 'Chỉ tiêu phải đạt', 'Tên'];

function targetsCell(t: GradeRule['targets']): PlanValue {
  return t === null ? '' : t === 'all' ? 'tất cả' : t === 'none' ? 'không' : t;
}

/**
 * The "Xếp loại" sheet as created once (bảng xếp loại thi đua): the 2015 table of domain §4, best
 * grade first, its unknown thresholds left blank for the user to fill; then it is the user's, and
 * the add-on only reads it. Points per unit go in the "Điểm thi đua" column of the "Chỉ tiêu" sheet.
 *
 * @example gradeSheetPlan().values[1] // ["A", 180, "tất cả", "Xuất sắc"]
 */
export function gradeSheetPlan(rules: readonly GradeRule[] = GRADE_RULES_2015): SheetPlan {
  const values: PlanValue[][] = [HEADERS, ...rules.map((r) => [r.grade, r.minPoints ?? '', targetsCell(r.targets), r.name])];
  const all = { row: 0, column: 0, rows: 1, columns: HEADERS.length };
  return {
    values,
    numberFormats: [],
    bold: [all],
    backgrounds: [{ range: all, color: '#d9e2f3' }],
    wrap: [],
    frozenRows: 1,
    columnWidths: [60, 110, 130, 140],
    conditionalRules: [],
    charts: [],
  };
}

/**
 * The rules the user keeps in the grading sheet (none when they emptied it); a bad cell stops the
 * report naming the sheet and row.
 */
export function readGradeSheet(grid: Grid, sheetName: string): GradeRule[] {
  try {
    return gradeRuleRows(grid, {});
  } catch (e) {
    if (isThadsError(e)) throw new ThadsError(`Trang “${sheetName}”: ${e.message}`);
    throw e;
  }
}
