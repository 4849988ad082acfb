import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldVietnamese, isUnaccented, normalizeText } from '../../../src/core/text/normalize';

describe('normalizeText', () => {
  it('folds case, spacing and punctuation to one space, keeping accents', () => {
    expect(normalizeText('  Thi hành  XONG (2)')).toBe('thi hành xong 2');
    expect(normalizeText('Chi cục THADS huyện A.')).toBe('chi cục thads huyện a');
    expect(normalizeText('Tổng\u00a0cộng\t(I+II)')).toBe('tổng cộng i ii');
    expect(normalizeText('Công')).not.toBe(normalizeText('Cộng'));
  });

  it('compares precomposed and combining forms alike (NFC)', () => {
    expect(normalizeText('Co\u0302\u0323ng')).toBe('cộng');
  });

  it('places tone marks the new way where oa, oe, uy end the syllable, and only there', () => {
    expect(normalizeText('Uỷ thác; hoà giải; khoẻ')).toBe('ủy thác hòa giải khỏe');
    expect(normalizeText('Hoà Bình')).toBe(normalizeText('Hòa Bình'));
    // "hoàn", "toàn", "khoảng", "huỳnh" are written alike in both styles; "quý" belongs to qu.
    expect(normalizeText('Toàn tỉnh hoàn thành khoảng')).toBe('toàn tỉnh hoàn thành khoảng');
    expect(normalizeText('Huỳnh Quý')).toBe('huỳnh quý');
  });

  it('keeps punctuation when asked, collapsing only white space', () => {
    expect(normalizeText(' Đơn vị tính:  1.000 đồng ', { keepPunctuation: true })).toBe('đơn vị tính: 1.000 đồng');
    expect(normalizeText('6T/2019', { keepPunctuation: true })).toBe('6t/2019');
  });

  it('gives the empty string for blank text', () => {
    expect(normalizeText('  ;  ')).toBe('');
    expect(normalizeText('   ', { keepPunctuation: true })).toBe('');
  });
});

describe('foldVietnamese', () => {
  it('is normalizeText without accents, đ read as d', () => {
    expect(foldVietnamese('  Nghìn   Đồng ')).toBe('nghin dong');
    expect(foldVietnamese('Chưa có điều kiện (CĐK)')).toBe('chua co dieu kien cdk');
    expect(foldVietnamese('Uỷ thác')).toBe(foldVietnamese('Ủy thác'));
  });

  it('keeps punctuation when asked', () => {
    expect(foldVietnamese('Đơn vị tính: 1.000 đ', { keepPunctuation: true })).toBe('don vi tinh: 1.000 d');
  });
});

describe('isUnaccented', () => {
  it('is true only for text without any letter outside ASCII', () => {
    expect(isUnaccented('thi hanh xong')).toBe(true);
    expect(isUnaccented('Tong cong (I+II)')).toBe(true);
    expect(isUnaccented('công')).toBe(false);
    expect(isUnaccented('đ')).toBe(false);
  });
});

describe('the text normaliser is defined once', () => {
  it('no other file of src/ normalises Unicode or defines a normaliser of its own', () => {
    const root = join(__dirname, '../../../src');
    const files = (readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts'));
    const others = files.filter((f) => {
      if (f.replace(/\\/g, '/') === 'core/text/normalize.ts') return false;
      const text = readFileSync(join(root, f), 'utf8');
      return /\.normalize\(['"]NF|function (normalizeText|foldVietnamese|normalizeLabel|stripAccents|isUnaccented)\b/.test(text);
    });
    expect(others).toEqual([]);
  });
});
