import { describe, expect, it } from 'vitest';
import { GRADE_RULES_2015 } from '../../../src/core/grade/gradeRules';
import { gradeRulesFromGrid } from '../../../src/core/grade/gradeRulesFromGrid';
import { gradeUnits } from '../../../src/core/grade/gradeUnits';
import { computeUnitIndicators } from '../../../src/core/indicators/computeUnitIndicators';
import { defaultIndicatorOptions } from '../../../src/core/indicators/defaultOptions';
import type { RowKind, Targets } from '../../../src/core/types';

const options = defaultIndicatorOptions({ year: 2020, month: 12 });

/** A unit that completed `rate` of 100 enforceable cases, with targets. */
function unit(label: string, rate: number, targets: Targets, kind: RowKind = 'unit') {
  return computeUnitIndicators(
    { label, row: 0, kind, ranked: kind === 'unit', viec: { enforceable: 100, completed: rate * 100 }, tien: {} },
    targets,
    options,
  );
}

const RULES = gradeRulesFromGrid([
  ['Loại', 'Điểm tối thiểu', 'Chỉ tiêu phải đạt', 'Tên'],
  ['A', 180, 'tất cả', 'Xuất sắc'],
  ['B', 160, 'không', 'Khá'],
  ['C', 0, 'không', 'Trung bình'],
]);

describe('gradeUnits — xếp loại thi đua of a report’s units', () => {
  it('grades each unit from its points and the targets it met of its own set', () => {
    const points = new Map([['A', 190], ['B', 190], ['C', 120]]);
    const units = [unit('A', 0.85, { viec: 0.8 }), unit('B', 0.75, { viec: 0.8 }), unit('C', 0.9, { viec: 0.8 })];
    const graded = gradeUnits(units, (l) => points.get(l) ?? null, RULES);
    // B has the points of A but missed its target: B (Khá), never A.
    expect(graded.units.map((u) => u.grade)).toEqual(['A', 'B', 'C']);
    expect(graded.notes).toEqual([]);
  });

  it('grades no unit whose figures are withheld (a cell that cannot be used), and says why', () => {
    const bad = computeUnitIndicators(
      {
        label: 'X',
        row: 1,
        kind: 'unit',
        ranked: true,
        viec: { enforceable: 100 },
        tien: {},
        problems: [{ kind: 'unreadable', measure: 'viec', key: 'completed', row: 1, column: 2, value: '"#N/A"', reason: 'ô báo lỗi "#N/A"' }],
      },
      { viec: 0.8 },
      options,
    );
    const graded = gradeUnits([unit('A', 0.85, { viec: 0.8 }), bad], () => 190, RULES);
    expect(graded.units.map((u) => u.grade)).toEqual(['A', null]);
    expect(graded.notes).toEqual(['Chưa xếp loại được X: số liệu sai nên không tính được số chỉ tiêu đạt (xem phần kiểm tra số liệu).']);
  });

  it('leaves totals rows alone and names the units without points', () => {
    const units = [unit('A', 0.85, {}), unit('Tổng cộng', 0.85, {}, 'total'), unit('B', 0.85, {})];
    const graded = gradeUnits(units, (l) => (l === 'A' ? 170 : null), RULES);
    expect(graded.units.map((u) => u.grade)).toEqual(['B', null, null]);
    expect(graded.notes).toEqual(['Chưa xếp loại 1 đơn vị chưa có điểm thi đua: B.']);
  });

  it('does not guess where the rule table leaves a threshold blank (the 2015 example)', () => {
    const units = [unit('A', 0.85, { viec: 0.8 }), unit('B', 0.85, { viec: 0.8 }), unit('C', 0.85, { viec: 0.8 })];
    const graded = gradeUnits(units, (l) => ({ A: 185, B: 150, C: 140 })[l] ?? null, GRADE_RULES_2015);
    expect(graded.units.map((u) => u.grade)).toEqual(['A', null, null]);
    expect(graded.notes).toEqual([
      'Chưa xếp loại được B, C: chưa có ngưỡng điểm của loại C (Trung bình) trong bảng xếp loại: hãy nhập ngưỡng.',
    ]);
  });

  it('does not change the units it was given', () => {
    const units = [unit('A', 0.85, {})];
    gradeUnits(units, () => 190, RULES);
    expect(units[0]!.grade).toBeNull();
  });
});
