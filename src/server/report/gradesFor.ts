import type { GradeRule } from '../../core/grade/gradeRules';
import { unitKey } from '../../core/text/unitKey';
import type { Grid } from '../../core/types';
import type { SheetsPort } from '../port';
import { GRADES_OWNER, readGradeSheet } from '../settings/gradeSheet';
import { TARGETS_OWNER, readPointsGrid } from '../settings/targetsSheet';

/** The grading rules and each unit's points, with where they came from in words. */
export interface GradesSource {
  rules: GradeRule[];
  pointsOf: (label: string) => number | null;
  description: string;
}

/**
 * Where grades come from (nguồn xếp loại): the rules of the add-on's "Xếp loại" sheet and the points
 * of the "Điểm thi đua" column of its "Chỉ tiêu" sheet for the report's year, both found by their
 * mark and only read. No "Xếp loại" sheet: no grading (null). `targetsRead` is the "Chỉ tiêu" sheet
 * when the report's targets were already read from it.
 */
export function gradesFor(port: SheetsPort, year: number, targetsRead?: { name: string; values: Grid }): GradesSource | null {
  const sheets = port.listSheets();
  const rulesSheet = sheets.find((s) => s.owner === GRADES_OWNER);
  if (!rulesSheet) return null;
  const rules = readGradeSheet(port.readSheet(rulesSheet.name)?.values ?? [], rulesSheet.name);
  const targetsSheet = targetsRead ?? sheets.find((s) => s.owner === TARGETS_OWNER);
  const values = targetsRead ? targetsRead.values : targetsSheet ? port.readSheet(targetsSheet.name)?.values ?? [] : [];
  const points = targetsSheet ? readPointsGrid(values, year, targetsSheet.name) : new Map<string, number>();
  return {
    rules,
    pointsOf: (label) => points.get(unitKey(label)) ?? null,
    description: `trang “${rulesSheet.name}”, điểm ở cột “Điểm thi đua” của trang ${targetsSheet ? `“${targetsSheet.name}”` : 'Chỉ tiêu (chưa có)'}`,
  };
}
