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

describe('parseVietnameseNumber on odd words', () => {
  it('keeps a two-word hedge', () => {
    expect(parseVietnameseNumber('gần như 9 nghìn việc')).toEqual({ ok: true, value: 9000, hedge: 'gần như', kind: 'count' });
  });

  it('does not take a word like "constructor" for a scale', () => {
    expect(parseVietnameseNumber('5 constructor').ok).toBe(false);
  });
});
