import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatMoney } from '../../../src/core/numbers/formatMoney';
import { parseVietnameseNumber } from '../../../src/core/numbers/parseVietnameseNumber';

describe('formatMoney — amounts as the press writes them', () => {
  it('writes money in tỷ, triệu or đồng with at most 2 decimals', () => {
    expect(formatMoney(406_500_000_000)).toBe('406,5 tỷ đồng');
    expect(formatMoney(310_100_000_000)).toBe('310,1 tỷ đồng');
    expect(formatMoney(73_916_469_661)).toBe('73,92 tỷ đồng');
    expect(formatMoney(12_500_000)).toBe('12,5 triệu đồng');
    expect(formatMoney(999_999_999)).toBe('1 tỷ đồng');
    expect(formatMoney(350_000)).toBe('350.000 đồng');
    expect(formatMoney(-125_500_000_000)).toBe('-125,5 tỷ đồng');
    expect(formatMoney(168_182_330_867_000)).toBe('168.182,33 tỷ đồng');
  });

  it('reads back to the shown precision (0,01 tỷ from 1 tỷ up, 0,01 triệu from 1 triệu, 1 đồng below)', () => {
    const onGrid = fc.oneof(
      fc.integer({ min: 100, max: 99_999_999 }).map((k) => k * 1e7),
      fc.integer({ min: 100, max: 99_999 }).map((k) => k * 1e4),
      fc.integer({ min: 0, max: 999_999 }),
    );
    fc.assert(
      fc.property(onGrid, (amount) => {
        const r = parseVietnameseNumber(formatMoney(amount));
        return r.ok && r.value === amount;
      }),
    );
  });
});
