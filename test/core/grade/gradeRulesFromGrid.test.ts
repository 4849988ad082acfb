import { describe, expect, it } from 'vitest';
import { gradeRuleRows, gradeRulesFromGrid } from '../../../src/core/grade/gradeRulesFromGrid';

describe('gradeRulesFromGrid — a grading table typed in a sheet', () => {
  it('reads one rule a row, skipping a header row and rows with no grade', () => {
    const rules = gradeRulesFromGrid([
      ['Loại', 'Điểm tối thiểu', 'Chỉ tiêu phải đạt', 'Tên'],
      ['A', 180, 'tất cả', 'Xuất sắc'],
      ['', '', '', ''],
      ['B', '160', 2, ' Khá '],
      ['C', '', '', 'Trung bình'],
      ['D', 0, 'không', 'Yếu'],
    ]);
    expect(rules).toEqual([
      { grade: 'A', name: 'Xuất sắc', minPoints: 180, targets: 'all' },
      { grade: 'B', name: 'Khá', minPoints: 160, targets: 2 },
      { grade: 'C', name: 'Trung bình', minPoints: null, targets: null },
      { grade: 'D', name: 'Yếu', minPoints: 0, targets: 'none' },
    ]);
  });

  it('refuses a table with no rule, while gradeRuleRows leaves that to the caller', () => {
    const header = [['Loại', 'Điểm tối thiểu', 'Chỉ tiêu phải đạt']];
    expect(gradeRuleRows(header)).toEqual([]);
    expect(() => gradeRulesFromGrid(header)).toThrow('Bảng xếp loại không có dòng nào');
  });

  it('refuses a bad rule table naming the row and the value', () => {
    expect(() => gradeRulesFromGrid([['A', 180, 'nhiều']])).toThrow('dòng 1 của bảng xếp loại, cột 3 (chỉ tiêu phải đạt): "nhiều" không hợp lệ');
    expect(() => gradeRulesFromGrid([['A', 180, 3], ['B', 'abc', 1]])).toThrow('dòng 2 của bảng xếp loại, cột 2 (điểm tối thiểu): "abc" không phải là số');
  });
});
