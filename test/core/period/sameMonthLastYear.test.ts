import { describe, expect, it } from 'vitest';
import type { MonthTab } from '../../../src/core/period/monthSeries';
import { sameMonthLastYear } from '../../../src/core/period/sameMonthLastYear';

const tab = (name: string, form: string | null = 'f', titlePeriod: MonthTab['titlePeriod'] = null): MonthTab => ({ name, form, titlePeriod });

describe('sameMonthLastYear — trang cùng kỳ năm trước theo kỳ', () => {
  it('takes the tab of the same months of year − 1, by name or title', () => {
    expect(sameMonthLastYear([tab('T3/2024'), tab('T3/2023'), tab('T2/2023')], { year: 2024, month: 6 })).toEqual({ ok: true, tab: 'T3/2023' });
    expect(sameMonthLastYear([tab('Cùng kỳ', 'f', { year: 2019, month: 12 })], { year: 2020, month: 12 })).toEqual({ ok: true, tab: 'Cùng kỳ' });
  });

  it('never takes a "cùng kỳ" tab of another year', () => {
    const r = sameMonthLastYear([tab('Cùng kỳ 2019', 'f', { year: 2019, month: 12 })], { year: 2030, month: 12 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('12 tháng năm 2029');
  });

  it('leaves out a tab of another form when the form is given', () => {
    expect(sameMonthLastYear([tab('T3/2023', 'g')], { year: 2024, month: 6 }, 'f').ok).toBe(false);
  });

  it('names every candidate when several claim the period', () => {
    const r = sameMonthLastYear([tab('T3/2023'), tab('6 tháng năm 2023')], { year: 2024, month: 6 });
    expect(r).toMatchObject({ ok: false, candidates: ['T3/2023', '6 tháng năm 2023'] });
  });
});
