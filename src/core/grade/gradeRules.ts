/**
 * One row of a competition grading table (bảng xếp loại thi đua). Thresholds not known are null:
 * the table is configuration the user edits, never a guess of ours.
 */
export interface GradeRule {
  /** The grade written in the result: "A", "B", … */
  grade: string;
  /** Its name: "Xuất sắc", "Khá", "Trung bình", "Yếu". */
  name: string;
  /** Minimum points (of 200 in the 2015 table); null = not known yet. */
  minPoints: number | null;
  /** Targets to meet: 'all' of the unit's targets, at least N, 'none' = no condition; null = not known yet. */
  targets: 'all' | 'none' | number | null;
}

/**
 * The 2015 table (domain §4) as the default example, best grade first: A (xuất sắc) from 180 of
 * 200 points with all three THADS targets met; B (khá) from 160 points, its partial target rule not
 * found; C (trung bình) and D (yếu) thresholds not found. What is unknown stays null for the user.
 */
export const GRADE_RULES_2015: readonly GradeRule[] = [
  { grade: 'A', name: 'Xuất sắc', minPoints: 180, targets: 'all' },
  { grade: 'B', name: 'Khá', minPoints: 160, targets: null },
  { grade: 'C', name: 'Trung bình', minPoints: null, targets: null },
  { grade: 'D', name: 'Yếu', minPoints: null, targets: null },
];
