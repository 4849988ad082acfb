import { describe, expect, it } from 'vitest';
import { call, col, thrown } from './helpers';

describe('THADS_SENTENCE', () => {
  it('writes the row’s sentence with rank "5/15"', () => {
    expect(call('THADS_SENTENCE', 5211, 4029, 3420, 0.8, undefined, 5, 15)).toBe(
      'Tổng số thụ lý 5.211 việc; có điều kiện thi hành 4.029 việc; đã giải quyết xong 3.420 việc, đạt tỷ lệ 84,88%, vượt chỉ tiêu 4,88%; xếp hạng 5/15 đơn vị.',
    );
  });

  it('writes money kept in nghìn đồng', () => {
    expect(call('THADS_SENTENCE', '', col(310_100_000, ''), col(180_700_000, ''), 0.38, '', '', '', 'nghìn đồng')).toEqual([
      ['Có điều kiện thi hành 310,1 tỷ đồng; đã giải quyết xong 180,7 tỷ đồng, đạt tỷ lệ 58,27%, vượt chỉ tiêu 20,27%.'],
      [''],
    ]);
  });

  it('compares with last year', () => {
    expect(call('THADS_SENTENCE', '', 708674, 576933, 0.8, 0.7859)).toBe(
      'Có điều kiện thi hành 708.674 việc; đã giải quyết xong 576.933 việc, đạt tỷ lệ 81,41%, vượt chỉ tiêu 1,41%; tăng 2,82% so với cùng kỳ.',
    );
  });

  it('at the rounding boundary says "đạt chỉ tiêu" as THADS_GAP gives 0: 79,996% shows 80,00%', () => {
    expect(call('THADS_SENTENCE', '', 25000, 19999, 0.8)).toBe(
      'Có điều kiện thi hành 25.000 việc; đã giải quyết xong 19.999 việc, đạt tỷ lệ 80,00%, đạt chỉ tiêu.',
    );
    expect(call('THADS_GAP', 19999 / 25000, 0.8)).toBe(0);
    expect(call('THADS_SENTENCE', '', 25000, 19997, 0.8)).toContain('đạt tỷ lệ 79,99%, thiếu 0,01% so với chỉ tiêu; còn phải giải quyết thêm 2 việc để đạt chỉ tiêu cả năm.');
    expect(call('THADS_GAP', 19997 / 25000, 0.8)).toBe(-0.0001);
  });

  it('refuses completed above enforceable in the row’s cell', () => {
    expect(call('THADS_SENTENCE', '', col(10, 10), col(12, 5))).toEqual([
      ['Lỗi: dòng 1, cột 1 của vùng: giải quyết xong 12 lớn hơn số có điều kiện thi hành 10'],
      ['Có điều kiện thi hành 10 việc; đã giải quyết xong 5 việc, đạt tỷ lệ 50,00%.'],
    ]);
  });
});

describe('THADS_GRADE', () => {
  it('grades with the 2015 table by default, and says which threshold is missing', () => {
    expect(call('THADS_GRADE', col(185, 150), col(3, 3), 3)).toEqual([
      ['A'],
      [expect.stringContaining('Lỗi: dòng 2, cột 1 của vùng: 150 điểm, đạt 3/3 chỉ tiêu: chưa có ngưỡng điểm của loại C (Trung bình)')],
    ]);
  });

  it('grades with a table from the sheet', () => {
    const rules = [
      ['Loại', 'Điểm', 'Chỉ tiêu'],
      ['A', 180, 'tất cả'],
      ['B', 160, 2],
      ['C', 0, 'không'],
    ];
    expect(call('THADS_GRADE', col(190, 170, 100), col(2, 2, 0), 3, rules)).toEqual([['B'], ['B'], ['C']]);
  });

  it('refuses targets met above targets set', () => {
    expect(thrown(() => call('THADS_GRADE', 190, 4, 3))).toBe('THADS_GRADE: số chỉ tiêu đạt 4 lớn hơn số chỉ tiêu được giao 3');
  });
});
