import { describe, expect, it } from 'vitest';
import { call, col, thrown } from './helpers';

describe('THADS_GAP(rate, target)', () => {
  it('gives rate − target in points: a province 2020, 83,46% − 80% = 3,46%', () => {
    expect(call('THADS_GAP', 0.8346, 0.8)).toBeCloseTo(0.0346, 12);
    expect(call('THADS_GAP', '41,42%', '38%')).toBeCloseTo(0.0342, 12);
  });

  it('gives a negative gap below the target: 4 months of 2017, 51% − 74% = −23%', () => {
    expect(call('THADS_GAP', col(0.51, 0.11), col(0.74, 0.32))).toEqual([[-0.23], [-0.21]]);
  });

  it('refuses a rate and a target on different scales (0,85 against 80): "80 — có phải 80%?"', () => {
    expect(thrown(() => call('THADS_GAP', 0.85, 80))).toContain('THADS_GAP: đối số target: 80 — có phải 80%?');
    expect(call('THADS_GAP', col(0.85, 85), 0.8)).toEqual([
      [0.05],
      ['Lỗi: dòng 2, cột 1 của vùng rate: 85 — có phải 85%? Tỷ lệ nhập dạng 80% hoặc 0,8'],
    ]);
  });
});

describe('THADS_PROGRESS(rate, target, months)', () => {
  it('gives rate − target × months / 12', () => {
    // 51,00% − 24,67% (74% × 4 / 12 as shown): the gap of the figures the reader sees.
    expect(call('THADS_PROGRESS', 0.51, 0.74, 4)).toBe(0.2633);
    expect(call('THADS_PROGRESS', 0.5, 0.8, 6)).toBeCloseTo(0.1, 12);
  });

  it('refuses a month outside 1–12', () => {
    expect(thrown(() => call('THADS_PROGRESS', 0.5, 0.8, 13))).toContain('số tháng 13 không hợp lệ');
  });
});

describe('THADS_YOY(current, previous, [kind])', () => {
  it('gives the relative change by default: 736.747 vs 697.667 → 5,60%', () => {
    expect(call('THADS_YOY', 736747, 697667)).toBeCloseTo(0.0560153, 7);
  });

  it('gives the difference in points for rates: 81,41% vs 78,59% → 2,82%', () => {
    expect(call('THADS_YOY', 0.8141, 0.7859, 'tỷ lệ')).toBeCloseTo(0.0282, 12);
    expect(call('THADS_YOY', '81,41%', '78,59%', 'rate')).toBeCloseTo(0.0282, 12);
  });

  it('gives the absolute difference with "chênh lệch": tăng 39.080 việc', () => {
    expect(call('THADS_YOY', 736747, 697667, 'chênh lệch')).toBe(39080);
    expect(call('THADS_YOY', col(100, 50), col(80, 60), 'diff')).toEqual([[20], [-10]]);
  });

  it('refuses a previous value of 0 for a relative change, and an unknown kind', () => {
    expect(call('THADS_YOY', col(6, 5), col(3, 0))).toEqual([
      [1],
      ['Lỗi: dòng 2, cột 1 của vùng: cùng kỳ bằng 0: không tính được tỷ lệ tăng/giảm (kỳ này 5)'],
    ]);
    expect(thrown(() => call('THADS_YOY', 1, 2, 'xyz'))).toContain('kind "xyz" không hợp lệ');
  });
});

describe('THADS_BACKLOG(must_enforce, fully_enforced, [terminated])', () => {
  it('gives P − X1 − X2', () => {
    expect(call('THADS_BACKLOG', 3703, 3000, 86)).toBe(617);
    expect(call('THADS_BACKLOG', col(100, ''), col(40, ''), col(10, ''))).toEqual([[50], ['']]);
  });

  it('refuses completed above must_enforce', () => {
    expect(call('THADS_BACKLOG', col(10, 10), col(11, 4))).toEqual([
      ['Lỗi: dòng 1, cột 1 của vùng: giải quyết xong 11 lớn hơn số phải thi hành 10'],
      [6],
    ]);
  });
});

describe('a result too large for a number', () => {
  it('is reported in its row, the other rows computed', () => {
    expect(call('THADS_YOY', col(1e308, 5), col(1e-10, 4))).toEqual([
      ['Lỗi: dòng 1, cột 1 của vùng: kết quả vượt quá giới hạn của số (số liệu quá lớn hoặc quá nhỏ), hãy kiểm tra số liệu'],
      [0.25],
    ]);
  });
});

describe('THADS_YOY refuses negative counts', () => {
  it('in the row’s cell', () => {
    expect(call('THADS_YOY', col(10, -5), col(8, 4), 'chênh lệch')).toEqual([[2], ['Lỗi: dòng 2, cột 1 của vùng: số kỳ này là số âm (-5)']]);
  });
});
