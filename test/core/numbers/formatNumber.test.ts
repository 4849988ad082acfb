import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatCount, formatNumber } from '../../../src/core/numbers/formatNumber';
import { cellNumber } from '../../../src/core/numbers/cellNumber';

describe('formatCount — counts grouped with "."', () => {
  it('groups thousands the Vietnamese way', () => {
    expect(formatCount(3420)).toBe('3.420');
    expect(formatCount(936046)).toBe('936.046');
    expect(formatCount(39080)).toBe('39.080');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(-1250)).toBe('-1.250');
  });

  it('reads back as the same whole number', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        const r = cellNumber(formatCount(n));
        return r.ok && r.value === n;
      }),
    );
  });
});

describe('formatNumber — decimals with ",", rounding half up', () => {
  it('rounds the digits the user sees, not their binary approximation (1,005 → 1,01)', () => {
    expect(formatNumber(1.005, 2)).toBe('1,01');
  });

  it('keeps fewer decimals rather than overflow the digits', () => {
    expect(formatNumber(123456789012.5, 10, true)).toBe('123.456.789.012,5');
  });

  it('writes huge and non-finite values readably, never a broken number', () => {
    expect(formatNumber(1e21, 2)).toBe('1 × 10^21');
    expect(formatNumber(1.7976931348623157e308, 10, true)).toBe('1,8 × 10^308');
    expect(formatNumber(-1e308, 0)).toBe('-1 × 10^308');
    expect(formatNumber(12345678901234567000, 2)).toBe('12.345.678.901.234.567.168');
    expect(formatNumber(Infinity, 2)).toBe('vô cực');
    expect(formatNumber(NaN, 2)).toBe('không phải số');
  });
});
