import type { GradeRule } from './gradeRules';

export type GradeResult = { ok: true; grade: string; name: string } | { ok: false; reason: string };

/**
 * The competition grade (xếp loại thi đua) of a unit with `points` that met `targetsMet` of its
 * `targetsSet` targets: the first rule, best first, whose points and targets conditions hold. When a
 * rule that might apply has an unknown threshold, no grade is given and the reason says which
 * threshold to fill in, rather than falling through to a lower grade that would look right.
 *
 * @example gradeUnit(185, 3, 3, GRADE_RULES_2015) // { ok: true, grade: 'A', name: 'Xuất sắc' }
 * @example gradeUnit(150, 1, 3, GRADE_RULES_2015) // { ok: false, reason: 'chưa có ngưỡng điểm của loại C (Trung bình) …' }
 */
export function gradeUnit(points: number, targetsMet: number, targetsSet: number, rules: readonly GradeRule[]): GradeResult {
  for (const rule of rules) {
    const label = `loại ${rule.grade}${rule.name ? ` (${rule.name})` : ''}`;
    if (rule.minPoints === null) {
      return { ok: false, reason: `chưa có ngưỡng điểm của ${label} trong bảng xếp loại: hãy nhập ngưỡng` };
    }
    if (points < rule.minPoints) continue;
    if (rule.targets === null) {
      return { ok: false, reason: `chưa có quy định về số chỉ tiêu phải đạt của ${label} trong bảng xếp loại: hãy nhập quy định` };
    }
    // "All targets met" says nothing of a unit that was given none: no grade, rather than an A.
    if (rule.targets === 'all' && targetsSet === 0) {
      return { ok: false, reason: `đơn vị chưa được giao chỉ tiêu nào nên chưa xét được điều kiện “đạt tất cả chỉ tiêu” của ${label}` };
    }
    const targetsOk =
      rule.targets === 'none' ? true : rule.targets === 'all' ? targetsMet >= targetsSet : targetsMet >= rule.targets;
    if (targetsOk) return { ok: true, grade: rule.grade, name: rule.name };
  }
  return { ok: false, reason: 'không đạt điều kiện của loại nào trong bảng xếp loại' };
}
