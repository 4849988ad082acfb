import { describe, expect, it } from 'vitest';
import { isTotalsLabel } from '../../../src/core/ranking/isTotalsLabel';

describe('isTotalsLabel recognises totals rows, which are never ranked', () => {
  it.each([
    'Tổng cộng',
    'Cộng',
    'Toàn tỉnh',
    'Toàn ngành',
    'Tổng số',
    'Cộng khối huyện',
    'Tổng cộng (I+II)',
    '  TỔNG   CỘNG  ',
    'toàn TỈNH',
    'Cộng:',
    'I. Tổng cộng',
    'TONG CONG',
    'Toan tinh',
    'Tổng',
  ])('"%s" is a totals row', (label) => {
    expect(isTotalsLabel(label)).toBe(true);
  });

  it('ignores Unicode composition: a decomposed "Cộng" is still "Cộng"', () => {
    expect(isTotalsLabel('Tổng cộng'.normalize('NFD'))).toBe(true);
  });

  it.each([
    'Công',
    'Công an tỉnh',
    'Chi cục THADS huyện Công Sơn',
    'Chi cục THADS huyện A',
    'Cục THADS tỉnh',
    'Tổng cục THADS',
    'Phòng THADS khu vực 1',
    'Tân Châu',
    '',
  ])('"%s" is not a totals row ("Cộng" is never confused with "Công")', (label) => {
    expect(isTotalsLabel(label)).toBe(false);
  });

  it('is false for non-text labels', () => {
    expect(isTotalsLabel(12)).toBe(false);
    expect(isTotalsLabel(null)).toBe(false);
  });
});
