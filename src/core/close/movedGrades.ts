import { gradeUnits } from '../grade/gradeUnits';
import type { GradeRule } from '../grade/gradeRules';
import { computeUnitIndicators } from '../indicators/computeUnitIndicators';
import type { IndicatorOptions } from '../indicators/types';
import { movedBetween, type Moved } from './movedBetween';
import type { Targets, UnitRecord } from '../types';

/** A unit whose competition grade the edit moves (xếp loại thay đổi); null: not graded on that side. */
export type GradeMoved = Moved<string>;

/** The rules and points the report grades with (server/report/gradesFor). */
export interface Grading {
  rules: readonly GradeRule[];
  pointsOf: (label: string) => number | null;
}

/**
 * Xếp loại thay đổi: every unit of `current` whose grade differs from its partner's grade in `closed`
 * (matched by name), both graded here with the same rules, points, targets and options, so that a grade
 * moves only because a figure did (a figure decides the targets met, and through them the grade). A
 * unit that cannot be graded on one side (a withheld figure, no points) counts as ungraded there: a
 * grade lost to an edit is a change the Cục must see.
 *
 * @example movedGrades(closed, current, () => ({ viec: 0.8 }), options, { rules: GRADE_RULES_2015, pointsOf: () => 185 })
 *   // [{ unit: 'Chi cục B', closed: 'A', now: 'B' }]
 */
export function movedGrades(
  closed: readonly UnitRecord[],
  current: readonly UnitRecord[],
  targets: (row: UnitRecord) => Targets,
  options: IndicatorOptions,
  grading: Grading,
): GradeMoved[] {
  return movedBetween(closed, current, (records) => {
    const graded = gradeUnits(records.map((u) => computeUnitIndicators(u, targets(u), options)), grading.pointsOf, grading.rules).units;
    return new Map(records.map((u, i) => [u, graded[i]!.grade ?? null] as const));
  });
}
