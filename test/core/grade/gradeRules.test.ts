import { describe, expect, it } from 'vitest';
import { GRADE_RULES_2015 } from '../../../src/core/grade/gradeRules';

describe('GRADE_RULES_2015 — the default grading table', () => {
  it('lists A to D best first, with only the thresholds the 2015 table states', () => {
    expect(GRADE_RULES_2015.map((r) => r.grade)).toEqual(['A', 'B', 'C', 'D']);
    expect(GRADE_RULES_2015[0]).toEqual({ grade: 'A', name: 'Xuất sắc', minPoints: 180, targets: 'all' });
    expect(GRADE_RULES_2015[1]).toMatchObject({ minPoints: 160, targets: null });
    expect(GRADE_RULES_2015.slice(2).every((r) => r.minPoints === null && r.targets === null)).toBe(true);
  });
});
