import { cellFunction } from '../spec';
import { ThadsError } from '../../core/errors';
import { describeValue } from '../../core/numbers/describeValue';
import { GRADE_RULES_2015, type GradeRule } from '../../core/grade/gradeRules';
import { gradeUnit } from '../../core/grade/gradeUnit';
import { gradeRulesFromGrid } from '../../core/grade/gradeRulesFromGrid';

function wholeCount(value: number, what: string): number {
  if (!(value >= 0 && Math.floor(value) === value)) throw new ThadsError(`${what} ${describeValue(value)} phải là số nguyên không âm`);
  return value;
}

/**
 * THADS_GRADE(points, targets_met, targets_set, [rules]) — competition grade from a rule table.
 *
 * @example =THADS_GRADE(L5:L19; M5:M19; 3; $P$2:$S$5)
 */
export const THADS_GRADE = cellFunction({
  name: 'THADS_GRADE',
  description:
    'Xếp loại thi đua theo điểm và số chỉ tiêu đạt, theo bảng rules (mặc định bảng 2015: A từ 180 điểm và đạt mọi chỉ tiêu, B từ 160; ngưỡng chưa biết phải nhập); lỗi hiện ở ô của dòng đó.',
  summaryEn: 'Competition grade from points and targets met, by an editable rule table (2015 table by default).',
  mode: 'cell',
  params: [
    { name: 'points', description: 'Điểm thi đua.', example: 'L5:L19', kind: 'numbers' },
    { name: 'targets_met', description: 'Số chỉ tiêu đạt.', example: 'M5:M19', kind: 'numbers' },
    { name: 'targets_set', description: 'Số chỉ tiêu được giao.', example: '3', kind: 'numbers' },
    { name: 'rules', description: 'Bảng: loại | điểm tối thiểu | chỉ tiêu phải đạt ("tất cả", số, "không") | tên.', example: '$P$2:$S$5', kind: 'options', optional: true },
  ],
  returns: 'Loại thi đua.',
  examples: ['=THADS_GRADE(L5:L19; M5:M19; 3)', '=THADS_GRADE(L5:L19; M5:M19; 3; $P$2:$S$5)'],
  errors: 'cell',
  prepare(rules) {
    let table: readonly GradeRule[] = GRADE_RULES_2015;
    if (rules !== undefined && rules !== '') {
      if (!Array.isArray(rules) || !Array.isArray(rules[0])) {
        throw new ThadsError('rules phải là một vùng (loại | điểm tối thiểu | chỉ tiêu phải đạt).');
      }
      try {
        table = gradeRulesFromGrid(rules as unknown[][]);
      } catch (e) {
        throw e instanceof Error ? new ThadsError(e.message) : e;
      }
    }
    return (points, targetsMet, targetsSet) => {
      const met = wholeCount(targetsMet, 'số chỉ tiêu đạt');
      const set = wholeCount(targetsSet, 'số chỉ tiêu được giao');
      if (met > set) throw new ThadsError(`số chỉ tiêu đạt ${met} lớn hơn số chỉ tiêu được giao ${set}`);
      const g = gradeUnit(points, met, set, table);
      if (!g.ok) throw new ThadsError(`${describeValue(points)} điểm, đạt ${met}/${set} chỉ tiêu: ${g.reason}`);
      return g.grade;
    };
  },
});
