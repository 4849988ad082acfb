import { describe, expect, it } from 'vitest';
import { decimalValue, readDecimal } from '../../../src/core/numbers/readDecimal';

describe('readDecimal — number text read the Vietnamese way, exactly', () => {
  it('reads "." as thousands grouping and "," as the decimal mark', () => {
    expect(readDecimal('1.431.146.957')).toEqual({ ok: true, negative: false, digits: '1431146957', decimals: 0 });
    expect(readDecimal('79,32')).toEqual({ ok: true, negative: false, digits: '7932', decimals: 2 });
    expect(readDecimal('-1.234,5')).toEqual({ ok: true, negative: true, digits: '12345', decimals: 1 });
  });

  it('refuses a "." that cannot group thousands, rather than read it the English way', () => {
    for (const text of ['4.5', '79.32', '1.23.456']) {
      const r = readDecimal(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.reason).toContain('không rõ');
    }
  });

  it('refuses English grouping and text that is no number', () => {
    const english = readDecimal('1,234,567');
    expect(english.ok).toBe(false);
    if (!english.ok) expect(english.reason).toContain('nhiều dấu ","');
    const text = readDecimal('abc');
    expect(text.ok).toBe(false);
    if (!text.ok) expect(text.reason).toBe('"abc" không phải là số');
  });
});

describe('decimalValue — shifting the decimal point without float noise', () => {
  it('shifts by a power of ten', () => {
    expect(decimalValue({ negative: false, digits: '4065', decimals: 1 }, 9)).toBe(406_500_000_000);
    expect(decimalValue({ negative: false, digits: '7932', decimals: 2 }, -2)).toBe(0.7932);
    expect(decimalValue({ negative: true, digits: '12', decimals: 0 })).toBe(-12);
  });
});
