import { describe, expect, it } from 'vitest';
import { call, col, thrown } from './helpers';

describe('THADS_RANK(values, [labels], [tiebreak])', () => {
  it('ranks highest first, ties sharing (1, 2, 2, 4)', () => {
    expect(call('THADS_RANK', col(0.9, 0.8, 0.8, 0.7))).toEqual([[1], [2], [2], [4]]);
  });

  it('leaves totals rows and blanks unranked and uncounted', () => {
    const values = col(0.85, 0.9, '', 0.8, 0.86);
    const labels = col('Chi cục A', 'Chi cục B', 'Chi cục C', 'Chi cục D', 'Tổng cộng');
    expect(call('THADS_RANK', values, labels)).toEqual([[2], [1], [''], [3], ['']]);
  });

  it('does not take "Công" for "Cộng"', () => {
    expect(call('THADS_RANK', col(0.5, 0.6), col('Công Sơn', 'Cộng'))).toEqual([[1], ['']]);
  });

  it('breaks ties by the tiebreak column', () => {
    expect(call('THADS_RANK', col(0.8, 0.8, 0.9), undefined, col(0.3, 0.4, 0.1))).toEqual([[3], [2], [1]]);
  });

  it('ranks rates as shown: 84,881% and 84,879% both show 84,88% and tie, then the tiebreak decides', () => {
    // Full-precision fractions, as THADS_RATE leaves them in the sheet.
    expect(call('THADS_RANK', col(84881 / 100000, 84879 / 100000, 0.9))).toEqual([[2], [2], [1]]);
    expect(call('THADS_RANK', col(84881 / 100000, 84879 / 100000), undefined, col(0.41, 0.42))).toEqual([[2], [1]]);
    // A text "84,88%" ties with a fraction shown as 84,88%.
    expect(call('THADS_RANK', col('84,88%', 0.848812))).toEqual([[1], [1]]);
  });

  it('ranks points and counts with up to four decimals exactly as given', () => {
    expect(call('THADS_RANK', col(185.25, 185.2501, 3420, 3419))).toEqual([[4], [3], [1], [2]]);
  });

  it('reads rates written as text', () => {
    expect(call('THADS_RANK', col('84,88%', '90%'))).toEqual([[2], [1]]);
  });

  it('fails the whole call on a bad value, naming row, column and value', () => {
    expect(thrown(() => call('THADS_RANK', col(0.5, 'abc')))).toBe('THADS_RANK: dòng 2, cột 1 của vùng values: "abc" không phải là số');
    expect(thrown(() => call('THADS_RANK', col(0.5, 0.6), col('A')))).toContain('các vùng phải cùng kích thước');
  });
});
