import type { UnitIndicators } from '../indicators/types';
import type { GradeRule } from './gradeRules';
import { gradeUnit } from './gradeUnit';

const WITHHELD = 'số liệu sai nên không tính được số chỉ tiêu đạt (xem phần kiểm tra số liệu)';

/** The units with their grade set where it can be decided, and what kept the others ungraded. */
export interface GradedUnits {
  units: UnitIndicators[];
  /** Vietnamese notes for the report: units without points, units whose rule is not filled in. */
  notes: string[];
}

/**
 * Xếp loại thi đua cho các đơn vị: each unit row with competition points gets the grade of the rule
 * table (gradeUnit) from its points and the targets it met of its own set; totals rows are left
 * alone. A unit without points, or whose grade depends on a threshold the table leaves blank, keeps
 * no grade and is named in a note, so a missing grade is never read as a low one.
 *
 * @example gradeUnits(units, (label) => points.get(label) ?? null, GRADE_RULES_2015).units[0].grade // "A"
 */
export function gradeUnits(
  units: readonly UnitIndicators[],
  pointsOf: (label: string) => number | null,
  rules: readonly GradeRule[],
): GradedUnits {
  if (rules.length === 0) return { units: [...units], notes: ['Bảng xếp loại chưa có dòng quy định nào: chưa xếp loại đơn vị nào.'] };
  const noPoints: string[] = [];
  const undecided = new Map<string, string[]>();
  const graded = units.map((u) => {
    if (u.kind !== 'unit') return u;
    // Targets met are not known while a figure is withheld (domain §5): no grade rather than a low one.
    if (u.viec.withheld !== undefined || u.tien.withheld !== undefined) {
      undecided.set(WITHHELD, [...(undecided.get(WITHHELD) ?? []), u.label]);
      return u;
    }
    const points = pointsOf(u.label);
    if (points === null) {
      noPoints.push(u.label);
      return u;
    }
    const result = gradeUnit(points, u.targetsMet, u.targetsSet, rules);
    if (result.ok) return { ...u, grade: result.grade };
    undecided.set(result.reason, [...(undecided.get(result.reason) ?? []), u.label]);
    return u;
  });
  const notes: string[] = [];
  if (noPoints.length > 0) {
    notes.push(`Chưa xếp loại ${noPoints.length} đơn vị chưa có điểm thi đua: ${noPoints.join(', ')}.`);
  }
  for (const [reason, labels] of undecided) notes.push(`Chưa xếp loại được ${labels.join(', ')}: ${reason}.`);
  return { units: graded, notes };
}
