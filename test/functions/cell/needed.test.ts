import { describe, expect, it } from 'vitest';
import { call, col, thrown } from './helpers';

describe('THADS_NEEDED — còn phải giải quyết thêm để đạt chỉ tiêu cả năm', () => {
  it('gives, row by row, the whole number that brings the rate shown to the target', () => {
    expect(call('THADS_NEEDED', col(3000, 3420, 0, 10), col(4029, 4029, 0, 20), 0.8)).toEqual([[223], [0], [''], [6]]);
  });

  it('reads the target as a percentage and refuses 80 for 80%', () => {
    expect(call('THADS_NEEDED', 3000, 4029, '80%')).toBe(223);
    expect(thrown(() => call('THADS_NEEDED', 3000, 4029, 80))).toContain('có phải 80%?');
  });

  it('is the whole of Đ − X for a target of 100%, and a target above 100% is refused', () => {
    expect(call('THADS_NEEDED', 90, 100, '100%')).toBe(10);
    expect(thrown(() => call('THADS_NEEDED', 90, 100, '120%'))).toContain('lớn hơn 100%');
  });

  it('refuses X above Đ or a negative figure in the row’s cell, naming the row', () => {
    expect(call('THADS_NEEDED', col(120, 5), col(100, -1), 0.8)).toEqual([
      ['Lỗi: dòng 1, cột 1 của vùng: giải quyết xong 120 lớn hơn số có điều kiện thi hành 100'],
      ['Lỗi: dòng 2, cột 1 của vùng: số có điều kiện thi hành là số âm (-1)'],
    ]);
  });
});
