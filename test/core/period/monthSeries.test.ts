import { describe, expect, it } from 'vitest';
import { calendarMonth, findMonthSeries, monthLabel, type MonthTab } from '../../../src/core/period/monthSeries';

const tab = (name: string, form: string | null = 'f', titlePeriod: MonthTab['titlePeriod'] = null): MonthTab => ({ name, form, titlePeriod });
const months = (s: ReturnType<typeof findMonthSeries>) => s?.months.map((m) => `${m.month}:${m.tab}`);

describe('findMonthSeries — chuỗi các trang theo tháng', () => {
  it('finds T10 … T3 of statistical year 2024 as months 1 … 6, in month order whatever the tab order', () => {
    const s = findMonthSeries(['T3/2024', 'T10/2023', 'T11/2023', 'T12/2023', 'T1/2024', 'T2/2024'].map((n) => tab(n)));
    expect(s?.year).toBe(2024);
    expect(months(s)).toEqual(['1:T10/2023', '2:T11/2023', '3:T12/2023', '4:T1/2024', '5:T2/2024', '6:T3/2024']);
    expect(s?.missing).toEqual([]);
    expect(s?.messages).toEqual([]);
  });

  it('says a missing month, never fills it', () => {
    const s = findMonthSeries(['T10/2023', 'T11/2023', 'T12/2023', 'T2/2024'].map((n) => tab(n)));
    expect(s?.missing).toEqual([4]);
    expect(s?.months.map((m) => m.month)).toEqual([1, 2, 3, 5]);
    expect(s?.messages.join(' ')).toContain('thiếu tháng 1/2024 (4 tháng)');
  });

  it('lets a title period beat the tab name', () => {
    const s = findMonthSeries([tab('Sheet1', 'f', { year: 2024, month: 1 }), tab('T11/2023'), tab('Bản cũ T10', 'f', { year: 2024, month: 3 })]);
    expect(months(s)).toEqual(['1:Sheet1', '2:T11/2023', '3:Bản cũ T10']);
  });

  it('places tabs with no year in the series year', () => {
    const s = findMonthSeries([tab('T10/2023'), tab('T11'), tab('Tháng 12')]);
    expect(s?.year).toBe(2024);
    expect(months(s)).toEqual(['1:T10/2023', '2:T11', '3:Tháng 12']);
    expect(s?.yearFromSeries).toEqual(['T11', 'Tháng 12']);
  });

  it('names two tabs claiming one month and leaves the month out until one is chosen', () => {
    const tabs = [tab('T10/2023'), tab('T11/2023'), tab('T11/2023 (sửa)'), tab('T12/2023')];
    const s = findMonthSeries(tabs);
    expect(s?.disputed).toEqual([{ month: 2, tabs: ['T11/2023', 'T11/2023 (sửa)'] }]);
    expect(s?.months.map((m) => m.month)).toEqual([1, 3]);
    expect(s?.messages[0]).toContain('“T11/2023” và “T11/2023 (sửa)”');
    expect(s?.missing).toEqual([]);
    expect(months(findMonthSeries(tabs, { 2: 'T11/2023 (sửa)' }))).toEqual(['1:T10/2023', '2:T11/2023 (sửa)', '3:T12/2023']);
  });

  it('names a tab of another year lying among the series and leaves it out; last year’s tabs elsewhere are not mentioned', () => {
    const s = findMonthSeries([tab('T10/2022'), tab('T11/2022'), tab('T10/2023'), tab('T11/2022 '), tab('T11/2023'), tab('T12/2023')]);
    expect(s?.year).toBe(2024);
    expect(s?.otherYear).toEqual([{ tab: 'T11/2022 ', period: { year: 2023, month: 2 } }]);
    expect(s?.messages).toHaveLength(1);
    expect(s?.messages[0]).toContain('“T11/2022 ”');
  });

  it('keeps to the commonest form: a tab of another form or with no table is not in the series', () => {
    const s = findMonthSeries([tab('T10/2023'), tab('T11/2023', 'other'), tab('T12/2023'), tab('T1/2024', null), tab('T2/2024')]);
    expect(s?.form).toBe('f');
    expect(s?.months.map((m) => m.tab)).toEqual(['T10/2023', 'T12/2023', 'T2/2024']);
    expect(s?.missing).toEqual([2, 4]);
  });

  it('is null for fewer than two months, or tabs with no month', () => {
    expect(findMonthSeries([tab('T10/2023')])).toBeNull();
    expect(findMonthSeries([tab('Số liệu'), tab('Chỉ tiêu')])).toBeNull();
    expect(findMonthSeries([])).toBeNull();
  });
});

describe('calendarMonth, monthLabel', () => {
  it('maps cumulative months back to calendar months', () => {
    expect([1, 3, 4, 6, 12].map(calendarMonth)).toEqual([10, 12, 1, 3, 9]);
    expect(monthLabel(6)).toBe('T3');
  });
});
