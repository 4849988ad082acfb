import { describe, expect, it } from 'vitest';
import { bareRemainderReason } from '../../../src/core/numbers/bareRemainderReason';

describe('bareRemainderReason — a bare number after a scale word', () => {
  it('explains "1 tỷ 2" with both readings and both ways to write the spoken one', () => {
    expect(bareRemainderReason('1 tỷ 2', ['1', 'tỷ', '2'], { number: 0, scale: 1, exponent: 9, remainder: 2 }, 1_000_000_002)).toBe(
      '"1 tỷ 2" không rõ nghĩa: số 2 sau "tỷ" không có đơn vị riêng, nên có thể là 1,2 tỷ (như khi nói) hoặc 1.000.000.002. ' +
        'Hãy viết "1,2 tỷ" hoặc "1 tỷ 200 triệu".',
    );
  });

  it('is null when both readings agree: a last group written in full', () => {
    expect(bareRemainderReason('1 nghìn 200', ['1', 'nghìn', '200'], { number: 0, scale: 1, exponent: 3, remainder: 2 }, 1200)).toBeNull();
    expect(bareRemainderReason('4 trăm 50', ['4', 'trăm', '50'], { number: 0, scale: 1, exponent: 2, remainder: 2 }, 450)).toBeNull();
    expect(bareRemainderReason('1 nghìn 20', ['1', 'nghìn', '20'], { number: 0, scale: 1, exponent: 3, remainder: 2 }, 1020)).toContain('không rõ nghĩa');
  });

  it('says how in general when the scale word multiplied a sum', () => {
    const words = ['1', 'nghìn', '4', 'trăm', 'tỷ', '5'];
    expect(bareRemainderReason('1 nghìn 4 trăm tỷ 5', words, { number: -1, scale: 4, exponent: 9, remainder: 5 }, 1_400_000_000_005)).toBe(
      '"1 nghìn 4 trăm tỷ 5" không rõ nghĩa: số 5 sau "tỷ" không có đơn vị riêng. ' +
        'Hãy ghi đơn vị cho từng phần (như "1 tỷ 200 triệu") hoặc viết số thập phân (như "1,2 tỷ").',
    );
  });
});
