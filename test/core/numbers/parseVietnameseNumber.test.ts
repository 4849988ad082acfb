import { describe, expect, it } from 'vitest';
import { parseVietnameseNumber } from '../../../src/core/numbers/parseVietnameseNumber';

describe('parseVietnameseNumber reads figures as reports write them', () => {
  it.each([
    ['4.555', 4555, null, 'number'],
    ['79,32%', 0.7932, null, 'percent'],
    ['406,5 tỷ đồng', 406_500_000_000, null, 'money'],
    ['1.431.146.957 nghìn đồng', 1_431_146_957_000, null, 'money'],
    ['168.182 tỷ 330 triệu 867 nghìn đồng', 168_182_330_867_000, null, 'money'],
    ['1 nghìn 4 trăm tỷ đồng', 1_400_000_000_000, null, 'money'],
    ['gần 9 nghìn việc', 9000, 'gần', 'count'],
    ['hơn 212 tỷ', 212_000_000_000, 'hơn', 'money'],
    ['trên 84,88%', 0.8488, 'trên', 'percent'],
    ['khoảng 3.313 việc', 3313, 'khoảng', 'count'],
    ['(5,60%)', 0.056, null, 'percent'],
  ])('%s → %d', (text, value, hedge, kind) => {
    expect(parseVietnameseNumber(text)).toEqual({ ok: true, value, hedge, kind });
  });

  it('shifts the decimal point exactly: "79,32 tỷ" is 79.320.000.000 đồng, no float noise', () => {
    const r = parseVietnameseNumber('79,32 tỷ đồng');
    expect(r.ok && r.value).toBe(79_320_000_000);
  });

  it('refuses text that is not a figure and the ambiguous "4.5 tỷ"', () => {
    expect(parseVietnameseNumber('tăng 57').ok).toBe(false);
    expect(parseVietnameseNumber('abc').ok).toBe(false);
    const r = parseVietnameseNumber('4.5 tỷ');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain('"4.5" không rõ');
  });
});

describe('parseVietnameseNumber refuses a bare number after a scale word (issue 11, case 12)', () => {
  const reason = (text: string) => {
    const r = parseVietnameseNumber(text);
    return r.ok ? `read as ${r.value}` : r.reason;
  };

  it('"1 tỷ 2" is 1,2 tỷ in speech and 1.000.000.002 literally: refused, with both ways to write it', () => {
    expect(reason('1 tỷ 2')).toBe(
      '"1 tỷ 2" không rõ nghĩa: số 2 sau "tỷ" không có đơn vị riêng, nên có thể là 1,2 tỷ (như khi nói) hoặc 1.000.000.002. ' +
        'Hãy viết "1,2 tỷ" hoặc "1 tỷ 200 triệu".',
    );
    expect(reason('12 tỷ 500')).toBe(
      '"12 tỷ 500" không rõ nghĩa: số 500 sau "tỷ" không có đơn vị riêng, nên có thể là 12,5 tỷ (như khi nói) hoặc 12.000.000.500. ' +
        'Hãy viết "12,5 tỷ" hoặc "12 tỷ 500 triệu".',
    );
    expect(reason('3 triệu 5')).toBe(
      '"3 triệu 5" không rõ nghĩa: số 5 sau "triệu" không có đơn vị riêng, nên có thể là 3,5 triệu (như khi nói) hoặc 3.000.005. ' +
        'Hãy viết "3,5 triệu" hoặc "3 triệu 500 nghìn".',
    );
  });

  it('keeps the hedge and the unit in the ways it suggests, and the money sign written onto the number', () => {
    expect(reason('gần 1 tỷ 25 đồng')).toBe(
      '"gần 1 tỷ 25 đồng" không rõ nghĩa: số 25 sau "tỷ" không có đơn vị riêng, nên có thể là gần 1,25 tỷ đồng (như khi nói) ' +
        'hoặc 1.000.000.025. Hãy viết "gần 1,25 tỷ đồng" hoặc "gần 1 tỷ 250 triệu đồng".',
    );
    expect(reason('1 tỷ 2đ')).toContain('Hãy viết "1,2 tỷ đồng" hoặc "1 tỷ 200 triệu đồng".');
    expect(reason('168.182 tỷ 330 triệu 867')).toContain('Hãy viết "168.182 tỷ 330,867 triệu" hoặc "168.182 tỷ 330 triệu 867 nghìn".');
    expect(reason('1 nghìn 2')).toContain('nên có thể là 1,2 nghìn (như khi nói) hoặc 1.002. Hãy viết "1,2 nghìn" hoặc "1.200".');
    expect(reason('4 trăm 5')).toContain('nên có thể là 450 (như khi nói) hoặc 405. Hãy viết "450".');
  });

  it('says how in general when the spoken reading cannot be rebuilt', () => {
    const general = 'Hãy ghi đơn vị cho từng phần (như "1 tỷ 200 triệu") hoặc viết số thập phân (như "1,2 tỷ").';
    expect(reason('1 tỷ 2,5')).toBe(`"1 tỷ 2,5" không rõ nghĩa: số 2,5 sau "tỷ" không có đơn vị riêng. ${general}`);
    expect(reason('1 nghìn 4 trăm tỷ 5')).toContain(general);
    expect(reason('1,5 tỷ 2')).toContain(general);
  });

  it('reads compound forms where every part has its own scale word, and a last group written in full', () => {
    expect(reason('1 tỷ 200 triệu')).toBe('read as 1200000000');
    expect(reason('168.182 tỷ 330 triệu 867 nghìn đồng')).toBe('read as 168182330867000');
    // Both readings agree: 1.000 + 200, or 1 nghìn and 200 more.
    expect(reason('1 nghìn 200')).toBe('read as 1200');
    expect(reason('5 triệu 300 nghìn 500 đồng')).toBe('read as 5300500');
    expect(reason('2 nghìn 4 trăm 50')).toBe('read as 2450');
  });
});

describe('parseVietnameseNumber on odd words', () => {
  it('keeps a two-word hedge', () => {
    expect(parseVietnameseNumber('gần như 9 nghìn việc')).toEqual({ ok: true, value: 9000, hedge: 'gần như', kind: 'count' });
  });

  it('does not take a word like "constructor" for a scale', () => {
    expect(parseVietnameseNumber('5 constructor').ok).toBe(false);
  });
});
