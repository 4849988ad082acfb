import { describe, expect, it } from 'vitest';
import { call, col, thrown } from './helpers';

describe('THADS_RATE(fully_enforced, enforceable, [terminated])', () => {
  it('gives (X1 + X2) / Đ as a fraction: a district 2020, 3.420 of 4.029 → 84,88%', () => {
    expect(call('THADS_RATE', 3420, 4029)).toBeCloseTo(0.848846, 6);
    expect(call('THADS_RATE', 3000, 4029, 420)).toBe(3420 / 4029);
  });

  it('combines ranges cell by cell: national 2020 and the 2019 province', () => {
    expect(call('THADS_RATE', col(576933, 2628), col(708674, 3313))).toEqual([[576933 / 708674], [2628 / 3313]]);
  });

  it('broadcasts a single value over a range', () => {
    expect(call('THADS_RATE', col(10, 20), 40)).toEqual([[0.25], [0.5]]);
  });

  it('accepts Vietnamese number text', () => {
    expect(call('THADS_RATE', '3.420', '4.029')).toBe(3420 / 4029);
  });

  it('gives a blank for a blank row and for Đ = 0 (no rate, not 0%)', () => {
    expect(call('THADS_RATE', col(10, '', 0), col(20, '', 0))).toEqual([[0.5], [''], ['']]);
  });

  it('keeps the shape of 2D ranges', () => {
    expect(call('THADS_RATE', [[1, 2], [3, 4]], [[4, 4], [4, 8]])).toEqual([[0.25, 0.5], [0.75, 0.5]]);
  });

  describe('bad input: the row’s cell names the row, column and value; other rows still compute', () => {
    it('text', () => {
      expect(call('THADS_RATE', col(10, 'abc', 5), col(20, 20, 10))).toEqual([
        [0.5],
        ['Lỗi: dòng 2, cột 1 của vùng fully_enforced: "abc" không phải là số'],
        [0.5],
      ]);
    });

    it('a boolean, a date, an error value', () => {
      const out = call('THADS_RATE', col(true, new Date(2020, 0, 5), '#N/A'), col(20, 20, 20)) as unknown[][];
      expect(out[0]![0]).toBe('Lỗi: dòng 1, cột 1 của vùng fully_enforced: giá trị logic TRUE không phải là số');
      expect(out[1]![0]).toBe('Lỗi: dòng 2, cột 1 của vùng fully_enforced: ngày 05/01/2020 là ngày tháng, không phải là số');
      expect(out[2]![0]).toBe('Lỗi: dòng 3, cột 1 của vùng fully_enforced: ô báo lỗi "#N/A"');
    });

    it('a negative count', () => {
      expect(call('THADS_RATE', col(5, 5), col(10, -10))).toEqual([
        [0.5],
        ['Lỗi: dòng 2, cột 1 của vùng: số có điều kiện thi hành là số âm (-10)'],
      ]);
    });

    it('fully_enforced plus terminated above enforceable', () => {
      expect(call('THADS_RATE', col(1, 5), col(10, 4), col(0, 1))).toEqual([
        [0.1],
        ['Lỗi: dòng 2, cột 1 của vùng: giải quyết xong 5 + đình chỉ 1 = 6 lớn hơn số có điều kiện thi hành 4'],
      ]);
    });

    it('a row not filled in yet (a required figure blank) gives a blank, not a rate', () => {
      expect(call('THADS_RATE', col(5, 5), col('', 10))).toEqual([[''], [0.5]]);
      expect(call('THADS_RATE', 5, '')).toBe('');
    });

    it('a required argument left out of the formula fails the call', () => {
      expect(thrown(() => call('THADS_RATE', col(5)))).toBe('THADS_RATE: thiếu đối số enforceable.');
    });

    it('ranges of different shapes fail the whole call', () => {
      expect(thrown(() => call('THADS_RATE', col(1, 2, 3), col(4, 5)))).toBe(
        'THADS_RATE: các vùng phải cùng kích thước — vùng fully_enforced có 3 dòng × 1 cột, vùng enforceable có 2 dòng × 1 cột.',
      );
    });

    it('a single bad cell (no range) fails with #ERROR! and the message', () => {
      expect(thrown(() => call('THADS_RATE', 'abc', 10))).toBe('THADS_RATE: đối số fully_enforced: "abc" không phải là số');
      expect(thrown(() => call('THADS_RATE', 11, 10))).toBe('THADS_RATE: giải quyết xong 11 lớn hơn số có điều kiện thi hành 10');
    });
  });
});
