import { describe, expect, it } from 'vitest';
import { periodOfTabName } from '../../../src/core/period/periodOfTabName';

const read = (name: string, fallbackYear?: number) => {
  const r = periodOfTabName(name, fallbackYear);
  return r.ok ? { ...r.period, form: r.form, from: r.year } : r.reason;
};

describe('periodOfTabName — kỳ của trang theo tên trang', () => {
  it('turns a calendar month with a year into the statistical year and cumulative month (year from 01/10)', () => {
    expect(read('T11/2023')).toEqual({ year: 2024, month: 2, form: 'calendar', from: 'name' });
    expect(read('tháng 3 năm 2024')).toEqual({ year: 2024, month: 6, form: 'calendar', from: 'name' });
    expect(read('Tháng 12/2023')).toEqual({ year: 2024, month: 3, form: 'calendar', from: 'name' });
    expect(read('T9-2024')).toEqual({ year: 2024, month: 12, form: 'calendar', from: 'name' });
    expect(read('T10 2023')).toEqual({ year: 2024, month: 1, form: 'calendar', from: 'name' });
  });

  it('maps every calendar month c to (c + 2) mod 12 + 1: T10 → 1, T3 → 6, T9 → 12', () => {
    const months = [10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((c) => read(`T${c}`, 2024));
    expect(months.map((p) => (typeof p === 'string' ? p : p.month))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(months.every((p) => typeof p !== 'string' && p.year === 2024 && p.from === 'fallback')).toBe(true);
  });

  it('takes a calendar month with no year into the fallback (statistical) year', () => {
    expect(read('T10', 2024)).toEqual({ year: 2024, month: 1, form: 'calendar', from: 'fallback' });
    expect(read('Tháng 12', 2024)).toEqual({ year: 2024, month: 3, form: 'calendar', from: 'fallback' });
  });

  it('reads cumulative names as they are', () => {
    expect(read('6T/2019')).toEqual({ year: 2019, month: 6, form: 'cumulative', from: 'name' });
    expect(read('12 tháng năm 2024')).toEqual({ year: 2024, month: 12, form: 'cumulative', from: 'name' });
    expect(read('6 tháng', 2024)).toEqual({ year: 2024, month: 6, form: 'cumulative', from: 'fallback' });
    expect(read('6 THÁNG ĐẦU NĂM 2019', 2030)).toEqual({ year: 2019, month: 6, form: 'cumulative', from: 'name' });
  });

  it('says the year is missing, with the cumulative month, when the name has none and no fallback is given', () => {
    const r = periodOfTabName('T10');
    expect(r).toEqual({ ok: false, reason: 'missingYear', month: 1, message: expect.stringContaining('“T10” không ghi năm') });
    expect(periodOfTabName('6 tháng')).toMatchObject({ ok: false, reason: 'missingYear', month: 6 });
  });

  it('refuses names with no month, and impossible months or years, naming the tab', () => {
    expect(periodOfTabName('Tổng hợp')).toEqual({ ok: false, reason: 'noMonth', message: expect.stringContaining('“Tổng hợp” không ghi tháng') });
    expect(read('Biểu 01')).toBe('noMonth');
    expect(read('Sheet1')).toBe('noMonth');
    expect(periodOfTabName('T13', 2024)).toEqual({ ok: false, reason: 'invalid', message: 'Tên trang “T13”: tháng 13 không có trong năm.' });
    expect(read('Tháng 0', 2024)).toBe('invalid');
    expect(read('13 tháng năm 2024')).toBe('invalid');
    expect(read('T10/2100')).toBe('invalid'); // statistical year 2101
  });
});
