import { describe, expect, it } from 'vitest';
import type { MonthTab } from '../../../src/core/period/monthSeries';
import { lastYearMonths, reportMonths, seriesLine } from '../../../src/core/period/reportMonths';

const tab = (name: string, form: string | null = 'f', titlePeriod: MonthTab['titlePeriod'] = null): MonthTab => ({ name, form, titlePeriod });
const THIS_YEAR = ['T10/2023', 'T11/2023', 'T12/2023', 'T1/2024', 'T2/2024', 'T3/2024'];
const LAST_YEAR = ['T10/2022', 'T11/2022', 'T12/2022', 'T1/2023', 'T2/2023', 'T3/2023'];

describe('reportMonths — các trang theo tháng của một báo cáo', () => {
  it('with no tab asked, reports the latest month, with last year’s same months found by period', () => {
    const r = reportMonths([...LAST_YEAR, ...THIS_YEAR].map((n) => tab(n)), { tab: null });
    expect(r.tab).toBe('T3/2024');
    expect(r.period).toEqual({ year: 2024, month: 6 });
    expect(r.setting?.months.map((m) => m.sheet)).toEqual(THIS_YEAR);
    expect(r.setting?.lastYear).toEqual(LAST_YEAR.map((sheet, i) => ({ month: i + 1, sheet })));
    expect(r.lastYear).toEqual({ ok: true, tab: 'T3/2023' });
    expect(r.messages).toEqual([]);
  });

  it('never takes a "Cùng kỳ" tab of another year; says none was found', () => {
    const r = reportMonths([...THIS_YEAR.map((n) => tab(n)), tab('Cùng kỳ 2019', 'f', { year: 2019, month: 6 })], { tab: null });
    expect(r.lastYear?.ok).toBe(false);
    if (r.lastYear && !r.lastYear.ok) expect(r.lastYear.message).toContain('6 tháng năm 2023');
    expect(r.setting?.lastYear).toEqual([]);
  });

  it('keeps the series up to the report’s month when an earlier tab is the report’s', () => {
    const r = reportMonths(THIS_YEAR.map((n) => tab(n)), { tab: 'T12/2023' });
    expect(r.period).toEqual({ year: 2024, month: 3 });
    expect(r.setting?.months.map((m) => m.sheet)).toEqual(['T10/2023', 'T11/2023', 'T12/2023']);
  });

  it('takes the report’s own tab for a month two tabs claim, and leaves other disputes to the user', () => {
    const tabs = ['T10/2023', 'T11/2023', 'T11/2023 (sửa)', 'T12/2023', 'T12/2023 (cũ)', 'T1/2024'].map((n) => tab(n));
    const r = reportMonths(tabs, { tab: 'T11/2023 (sửa)' });
    expect(r.setting?.months.map((m) => m.sheet)).toEqual(['T10/2023', 'T11/2023 (sửa)']);
    expect(r.series?.disputed).toEqual([{ month: 3, tabs: ['T12/2023', 'T12/2023 (cũ)'] }]);
    expect(r.messages.join(' ')).toContain('“T12/2023” và “T12/2023 (cũ)”');
    // With no tab asked, a disputed month is never picked: the series stops short of it and says so.
    const latest = reportMonths(tabs, { tab: null });
    expect(latest.tab).toBe('T1/2024');
    expect(latest.setting?.months.map((m) => m.month)).toEqual([1, 4]);
    expect(latest.messages.filter((m) => m.includes('hãy chọn một trang'))).toHaveLength(2);
  });

  it('names a tab of another year inside the series and leaves it out', () => {
    const r = reportMonths(['T10/2023', 'T11/2022', 'T11/2023', 'T12/2023'].map((n) => tab(n)), { tab: null });
    expect(r.setting?.months.map((m) => m.sheet)).toEqual(['T10/2023', 'T11/2023', 'T12/2023']);
    expect(r.messages.join(' ')).toContain('Trang “T11/2022” nằm giữa các trang năm 2024');
  });

  it('gives tabs with no year the series’ year and says so; with no year anywhere, names them and leaves them out', () => {
    const r = reportMonths([tab('T10/2023'), tab('T11'), tab('Tháng 12')], { tab: null });
    expect(r.period).toEqual({ year: 2024, month: 3 });
    expect(r.messages).toEqual(['Tên trang “T11”, “Tháng 12” không ghi năm: coi là năm thống kê 2024 như các trang khác của diễn biến.']);
    const none = reportMonths([tab('T10'), tab('T11'), tab('Tổng hợp')], { tab: null });
    expect(none.series).toBeNull();
    expect(none.setting).toBeNull();
    expect(none.messages).toHaveLength(1);
    expect(none.messages[0]).toContain('“T10”, “T11” không ghi năm');
  });

  it('has no series setting when the report’s year is not the series’ (a period typed over it)', () => {
    const r = reportMonths(THIS_YEAR.map((n) => tab(n)), { tab: 'T3/2024', period: { year: 2025, month: 6 } });
    expect(r.setting).toBeNull();
    expect(r.lastYear?.ok).toBe(false);
  });

  it('has no series for a tab outside it, but still finds its last-year tab', () => {
    const r = reportMonths([tab('Số liệu', 'f', { year: 2020, month: 12 }), tab('Năm trước', 'f', { year: 2019, month: 12 })], { tab: 'Số liệu' });
    expect(r.series).toBeNull();
    expect(r.period).toEqual({ year: 2020, month: 12 });
    expect(r.lastYear).toEqual({ ok: true, tab: 'Năm trước' });
  });
});

describe('lastYearMonths and seriesLine', () => {
  it('finds each month’s last-year tab of the form, none where there is none', () => {
    expect(lastYearMonths([tab('T3/2023'), tab('T2/2023', 'g')], 2024, [5, 6], 'f')).toEqual([{ month: 6, sheet: 'T3/2023' }]);
  });

  it('says the months as the demo prints them', () => {
    expect(seriesLine([{ month: 6, sheet: 'T3' }, { month: 1, sheet: 'T10' }, { month: 2, sheet: 'T11' }])).toBe('Diễn biến: 3 tháng (T10 … T3)');
  });
});
