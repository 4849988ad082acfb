import { describe, expect, it } from 'vitest';
import { movedGrades } from '../../../src/core/close/movedGrades';
import type { GradeRule } from '../../../src/core/grade/gradeRules';
import { defaultIndicatorOptions } from '../../../src/core/indicators/defaultOptions';
import type { UnitRecord } from '../../../src/core/types';

const unit = (label: string, enforceable: number, completed: number): UnitRecord => ({ label, row: 0, kind: 'unit', ranked: true, viec: { enforceable, completed }, tien: {} });
const options = defaultIndicatorOptions({ year: 2020, month: 12 });
const rules: GradeRule[] = [
  { grade: 'A', name: 'Xuất sắc', minPoints: 180, targets: 'all' },
  { grade: 'B', name: 'Khá', minPoints: 160, targets: 'none' },
];
const grading = { rules, pointsOf: (label: string) => (label === 'C' ? null : 185) };
const target80 = () => ({ viec: 0.8 });

describe('movedGrades', () => {
  it('names a unit whose edited figure takes it below its target, and so from A to B', () => {
    const closed = [unit('A', 100, 90), unit('B', 100, 85)];
    const current = [unit('A', 100, 90), unit('B', 100, 70)];
    expect(movedGrades(closed, current, target80, options, grading)).toEqual([{ unit: 'B', closed: 'A', now: 'B' }]);
  });

  it('names nothing when the figures moved but no grade did', () => {
    const closed = [unit('A', 100, 90)];
    const current = [unit('A', 100, 95)];
    expect(movedGrades(closed, current, target80, options, grading)).toEqual([]);
  });

  it('counts a grade lost to a withheld figure (X > Đ) as a change, and leaves units without points ungraded on both sides', () => {
    const closed = [unit('A', 100, 90), unit('C', 100, 90)];
    // The reader marks X > Đ as a cell problem on the record; the measure is then withheld (domain §5).
    const overCompleted: UnitRecord = {
      ...unit('A', 100, 120),
      problems: [{ kind: 'exceeds', measure: 'viec', key: 'completed', row: 4, column: 5, value: '120', reason: 'X 120 lớn hơn Đ 100' }],
    };
    const current = [overCompleted, unit('C', 100, 50)];
    expect(movedGrades(closed, current, target80, options, grading)).toEqual([{ unit: 'A', closed: 'A', now: null }]);
  });

  it('matches units by name, not by row position', () => {
    const closed = [unit('Chi cục A', 100, 90), unit('Chi cục B', 100, 90)];
    const current = [unit('Chi cục B', 100, 60), unit('Chi cục A', 100, 90)];
    expect(movedGrades(closed, current, target80, options, grading)).toEqual([{ unit: 'Chi cục B', closed: 'A', now: 'B' }]);
  });
});
