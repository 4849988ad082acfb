import { describe, expect, it } from 'vitest';
import { call, col, thrown } from './helpers';

describe('THADS_NUMBER(text, [unit])', () => {
  it('reads the figures of the reports', () => {
    expect(call('THADS_NUMBER', '4.555')).toBe(4555);
    expect(call('THADS_NUMBER', '79,32%')).toBe(0.7932);
    expect(call('THADS_NUMBER', '406,5 tỷ đồng')).toBe(406_500_000_000);
    expect(call('THADS_NUMBER', '168.182 tỷ 330 triệu 867 nghìn đồng')).toBe(168_182_330_867_000);
    expect(call('THADS_NUMBER', 'gần 9 nghìn việc')).toBe(9000);
  });

  it('converts money into the unit asked for', () => {
    expect(call('THADS_NUMBER', '406,5 tỷ đồng', 'tỷ')).toBe(406.5);
    expect(call('THADS_NUMBER', '1.431.146.957 nghìn đồng', 'nghìn đồng')).toBe(1_431_146_957);
    expect(call('THADS_NUMBER', col('406,5 tỷ đồng', '', '12 triệu'), 'triệu')).toEqual([[406_500], [''], [12]]);
  });

  it('says why a text is not a figure, in the row’s cell', () => {
    expect(call('THADS_NUMBER', col('4.555', 'không rõ', '4.5'))).toEqual([
      [4555],
      ['Lỗi: dòng 2, cột 1 của vùng: "không rõ" không phải là một con số'],
      [expect.stringContaining('Lỗi: dòng 3, cột 1 của vùng: "4.5" không rõ')],
    ]);
    expect(thrown(() => call('THADS_NUMBER', '1', 'đô la'))).toContain('đơn vị "đô la" không hợp lệ');
  });

  it('refuses "1 tỷ 2"-style text (1,2 tỷ in speech) and says how to write it', () => {
    expect(call('THADS_NUMBER', col('1 tỷ 200 triệu', '1 tỷ 2', '12 tỷ 500'), 'tỷ')).toEqual([
      [1.2],
      [
        'Lỗi: dòng 2, cột 1 của vùng: "1 tỷ 2" không rõ nghĩa: số 2 sau "tỷ" không có đơn vị riêng, nên có thể là 1,2 tỷ ' +
          '(như khi nói) hoặc 1.000.000.002. Hãy viết "1,2 tỷ" hoặc "1 tỷ 200 triệu".',
      ],
      [
        'Lỗi: dòng 3, cột 1 của vùng: "12 tỷ 500" không rõ nghĩa: số 500 sau "tỷ" không có đơn vị riêng, nên có thể là 12,5 tỷ ' +
          '(như khi nói) hoặc 12.000.000.500. Hãy viết "12,5 tỷ" hoặc "12 tỷ 500 triệu".',
      ],
    ]);
    expect(thrown(() => call('THADS_NUMBER', '3 triệu 5'))).toContain('Hãy viết "3,5 triệu" hoặc "3 triệu 500 nghìn".');
  });
});

describe('THADS_MONEY(amount, [input_unit])', () => {
  it('writes 406.500.000.000 đồng as "406,5 tỷ đồng"', () => {
    expect(call('THADS_MONEY', 406_500_000_000)).toBe('406,5 tỷ đồng');
  });

  it('reads amounts in nghìn đồng as the forms keep them', () => {
    expect(call('THADS_MONEY', col(406_500_000, 310_100_000), 'nghìn đồng')).toEqual([['406,5 tỷ đồng'], ['310,1 tỷ đồng']]);
  });

  it('refuses text that is not a number in the row’s cell', () => {
    expect(call('THADS_MONEY', col(1e9, 'x'))).toEqual([['1 tỷ đồng'], ['Lỗi: dòng 2, cột 1 của vùng amount: "x" không phải là số']]);
  });
});
