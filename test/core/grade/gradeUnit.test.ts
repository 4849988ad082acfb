import { describe, expect, it } from 'vitest';
import { GRADE_RULES_2015 } from '../../../src/core/grade/gradeRules';
import { gradeUnit } from '../../../src/core/grade/gradeUnit';
import { gradeRulesFromGrid } from '../../../src/core/grade/gradeRulesFromGrid';

describe('gradeUnit — competition grade from the editable rule table', () => {
  it('2015 table: A from 180 points with all targets met', () => {
    expect(gradeUnit(185, 3, 3, GRADE_RULES_2015)).toEqual({ ok: true, grade: 'A', name: 'Xuất sắc' });
  });

  it('2015 table: unknown thresholds are not guessed', () => {
    const b = gradeUnit(185, 2, 3, GRADE_RULES_2015); // not A (a target missed); B's target rule unknown
    expect(b.ok).toBe(false);
    if (!b.ok) expect(b.reason).toContain('loại B (Khá)');
    const c = gradeUnit(150, 3, 3, GRADE_RULES_2015);
    expect(c.ok).toBe(false);
    if (!c.ok) expect(c.reason).toContain('chưa có ngưỡng điểm của loại C (Trung bình)');
  });

  it('gives no A for "all targets met" to a unit that was given no target', () => {
    const none = gradeUnit(185, 0, 0, GRADE_RULES_2015);
    expect(none.ok).toBe(false);
    if (!none.ok) expect(none.reason).toContain('chưa được giao chỉ tiêu nào');
    expect(gradeUnit(185, 1, 1, GRADE_RULES_2015)).toMatchObject({ ok: true, grade: 'A' });
  });

  it('a table filled in by the user grades every unit', () => {
    const rules = gradeRulesFromGrid([
      ['Loại', 'Điểm tối thiểu', 'Chỉ tiêu phải đạt', 'Tên'],
      ['A', 180, 'tất cả', 'Xuất sắc'],
      ['B', 160, 2, 'Khá'],
      ['C', 120, 'không', 'Trung bình'],
      ['D', 0, 'không', 'Yếu'],
    ]);
    expect(gradeUnit(190, 3, 3, rules)).toMatchObject({ ok: true, grade: 'A' });
    expect(gradeUnit(190, 2, 3, rules)).toMatchObject({ ok: true, grade: 'B' });
    expect(gradeUnit(170, 1, 3, rules)).toMatchObject({ ok: true, grade: 'C' });
    expect(gradeUnit(100, 0, 3, rules)).toMatchObject({ ok: true, grade: 'D' });
  });
});
