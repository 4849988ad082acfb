import { describe, expect, it } from 'vitest';
import { cellNumber } from '../../../src/core/numbers/cellNumber';

describe('cellNumber reads one cell as a number', () => {
  it('keeps numbers as they are and reads a blank cell as null', () => {
    expect(cellNumber(3420)).toEqual({ ok: true, value: 3420 });
    expect(cellNumber(-12.5)).toEqual({ ok: true, value: -12.5 });
    expect(cellNumber('')).toEqual({ ok: true, value: null });
    expect(cellNumber('   ')).toEqual({ ok: true, value: null });
    expect(cellNumber(undefined)).toEqual({ ok: true, value: null });
  });

  it('reads Vietnamese number text: "." groups thousands, "," is the decimal mark', () => {
    expect(cellNumber('4.555')).toEqual({ ok: true, value: 4555 });
    expect(cellNumber('1.431.146.957')).toEqual({ ok: true, value: 1431146957 });
    expect(cellNumber('79,32')).toEqual({ ok: true, value: 79.32 });
    expect(cellNumber('1.234,5')).toEqual({ ok: true, value: 1234.5 });
    expect(cellNumber(' -12 ')).toEqual({ ok: true, value: -12 });
  });

  it('reads "1.234" as one thousand two hundred thirty-four and "1,234" as one point two three four', () => {
    expect(cellNumber('1.234')).toEqual({ ok: true, value: 1234 });
    expect(cellNumber('1,234')).toEqual({ ok: true, value: 1.234 });
  });

  it('refuses an ambiguous "4.5" instead of guessing the English reading', () => {
    const r = cellNumber('4.5');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain('"4.5" không rõ');
  });

  it('refuses English grouping "1,234,567"', () => {
    const r = cellNumber('1,234,567');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain('1,234,567');
  });

  it.each([
    [true, 'giá trị logic TRUE không phải là số'],
    [false, 'giá trị logic FALSE không phải là số'],
    ['#N/A', 'ô báo lỗi "#N/A"'],
    ['#DIV/0!', 'ô báo lỗi "#DIV/0!"'],
    ['abc', '"abc" không phải là số'],
    ['80%', '"80%" là tỷ lệ phần trăm, ở đây cần một số'],
  ])('refuses %j with a Vietnamese reason quoting the value', (value, reason) => {
    expect(cellNumber(value)).toEqual({ ok: false, reason });
  });

  it('refuses a date, naming it as a date', () => {
    const r = cellNumber(new Date(2020, 0, 5));
    expect(r).toEqual({ ok: false, reason: 'ngày 05/01/2020 là ngày tháng, không phải là số' });
  });

  it('refuses NaN and Infinity', () => {
    expect(cellNumber(NaN).ok).toBe(false);
    expect(cellNumber(Infinity).ok).toBe(false);
  });
});
