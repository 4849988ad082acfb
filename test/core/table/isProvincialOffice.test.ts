import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDistrictUnit, isProvincialOffice } from '../../../src/core/table/isProvincialOffice';
import { foldVietnamese } from '../../../src/core/text/normalize';

/** The definition, without the cheap refusal: fold, drop a numbering, compare the starts. */
function reference(label: string): boolean {
  const t = foldVietnamese(label, { keepPunctuation: true }).replace(/^\s*(\d+|[ivx]+)\s*[.\-)]\s*/, '');
  return ['cuc thads', 'cuc thi hanh an', 'van phong cuc', 'thads tinh', 'thads thanh pho', 'thi hanh an dan su tinh', 'co quan thads tinh', 'co quan thi hanh an dan su tinh'].some(
    (p) => t.slice(0, p.length) === p,
  );
}

describe('isProvincialOffice', () => {
  it.each([
    ['Cục THADS tỉnh Nam Sơn', true],
    ['Văn phòng Cục THADS tỉnh', true],
    ['THADS tỉnh Nam Sơn', true],
    ['thads thanh pho Ha Noi', true],
    ['Co quan thi hanh an dan su tinh A', true],
    ['1. Cục THADS tỉnh A', true],
    ['IV - Văn phòng Cục', true],
    ['  cuc thads tinh A', true],
    ['Chi cục THADS huyện Tân Phú', false],
    ['Phòng THADS khu vực 1 - Nam Sơn', false],
    ['Tổng cộng', false],
    ['C', false],
  ])('%s → %s', (label, expected) => {
    expect(isProvincialOffice(label)).toBe(expected);
    expect(reference(label)).toBe(expected);
  });

  it('the refusal before folding never changes the answer (any text, accented or not)', () => {
    const piece = fc.constantFrom('Cục', 'cuc', 'CO', 'co quan', 'Văn', 'van phong', 'TH', 'thads', 'Thi hành án dân sự', 'tỉnh', 'tinh', 'Chi', 'chi cục', ' ', '  ', '1.', 'iv -', 'x)', 'v', 'i', 'đ', '\u0301', 'Ć', 'thanh pho', 'phòng', '-', 'A');
    fc.assert(
      fc.property(fc.oneof(fc.array(piece, { maxLength: 6 }).map((p) => p.join(' ')), fc.array(piece, { maxLength: 6 }).map((p) => p.join('')), fc.string({ maxLength: 12 })), (label) => {
        expect(isProvincialOffice(label)).toBe(reference(label));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('isDistrictUnit', () => {
  it('knows Chi cục and phòng THADS khu vực, not the provincial office', () => {
    expect(isDistrictUnit('Chi cục THADS huyện Tân Phú')).toBe(true);
    expect(isDistrictUnit('Phòng THADS khu vực 2')).toBe(true);
    expect(isDistrictUnit('Cục THADS tỉnh A')).toBe(false);
  });
});
