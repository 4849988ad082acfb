import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatCount, formatNumber } from '../../../src/core/numbers/formatNumber';
import { formatPercent } from '../../../src/core/numbers/formatPercent';
import { formatMoney } from '../../../src/core/numbers/formatMoney';
import { roundHalfUp } from '../../../src/core/numbers/roundHalfUp';
import { cellNumber } from '../../../src/core/numbers/cellNumber';
import { parsePercent } from '../../../src/core/numbers/parsePercent';
import { parseVietnameseNumber } from '../../../src/core/numbers/parseVietnameseNumber';
import { moneyUnitFactor, parseMoneyUnit } from '../../../src/core/numbers/moneyUnit';

describe('formatting the Vietnamese way', () => {
  it('groups counts with "."', () => {
    expect(formatCount(3420)).toBe('3.420');
    expect(formatCount(936046)).toBe('936.046');
    expect(formatCount(39080)).toBe('39.080');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(-1250)).toBe('-1.250');
  });

  it('writes rates with "," and 2 decimals, rounding half up', () => {
    expect(formatPercent(0.848846, 2)).toBe('84,88%');
    expect(formatPercent(0.8, 2)).toBe('80,00%');
    expect(formatPercent(0.84885, 2)).toBe('84,89%');
    expect(formatPercent(0.9168, 0)).toBe('92%');
  });

  it('rounds the digits the user sees, not their binary approximation (1,005 → 1,01)', () => {
    expect(roundHalfUp(1.005, 2)).toBe(1.01);
    expect(formatNumber(1.005, 2)).toBe('1,01');
    expect(roundHalfUp(-2.5, 0)).toBe(-3);
  });

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

  it('knows the money units', () => {
    expect(moneyUnitFactor('nghin')).toBe(1000);
    expect(moneyUnitFactor('ty')).toBe(1e9);
    expect(parseMoneyUnit('Nghìn đồng')).toBe('nghin');
    expect(parseMoneyUnit('Đơn vị tính: 1.000 đồng')).toBe('nghin');
    expect(parseMoneyUnit('đồng')).toBe('dong');
    expect(parseMoneyUnit('triệu đồng')).toBe('trieu');
    expect(parseMoneyUnit('tỉ')).toBe('ty');
    expect(parseMoneyUnit('việc')).toBeUndefined();
  });
});

describe('parse(format(x)) = x on the display grid', () => {
  it('whole counts', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        const r = cellNumber(formatCount(n));
        return r.ok && r.value === n;
      }),
    );
  });

  it('rates to 2 decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10000 }), (hundredths) => {
        const rate = hundredths / 10000;
        const r = parsePercent(formatPercent(rate, 2));
        return r.ok && r.value !== null && Math.abs(r.value - rate) < 1e-15;
      }),
    );
  });

  it('money to the shown precision (0,01 tỷ from 1 tỷ up, 0,01 triệu from 1 triệu, 1 đồng below)', () => {
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

describe('formatting never shows a broken number', () => {
  it('writes huge and non-finite values readably', () => {
    expect(formatNumber(1e21, 2)).toBe('1 × 10^21');
    expect(formatNumber(1.7976931348623157e308, 10, true)).toBe('1,8 × 10^308');
    expect(formatNumber(-1e308, 0)).toBe('-1 × 10^308');
    expect(formatNumber(12345678901234567000, 2)).toBe('12.345.678.901.234.567.168');
    expect(formatNumber(Infinity, 2)).toBe('vô cực');
    expect(formatNumber(NaN, 2)).toBe('không phải số');
  });

  it('keeps fewer decimals rather than overflow the digits', () => {
    expect(formatNumber(123456789012.5, 10, true)).toBe('123.456.789.012,5');
  });
});
