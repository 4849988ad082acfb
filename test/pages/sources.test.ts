/** The sidebar's other sheets (issue 13): the tiền sheet and the unit tabs, from the state to the settings. */
import { describe, expect, it } from 'vitest';
import { reportSettingsSchema, type SidebarState } from '../../src/shared/rpc';
import { buildSettings, formFromState } from '../../src/pages/sidebar/form';
import { seriesSetting } from '../../src/pages/sidebar/sources';
import { fakeState } from '../browser/fake-server';

const units = ['Chi cục THADS huyện A', 'Chi cục THADS huyện B'];

function state(sources: Pick<SidebarState['sources'], 'tien' | 'unitTabs'> & Partial<SidebarState['sources']>): SidebarState {
  return { ...fakeState(units), sources: { period: null, series: null, lastYear: null, ...sources } };
}

function settingsOf(form: ReturnType<typeof formFromState>) {
  const r = buildSettings(form);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  expect(reportSettingsSchema().safeParse(r.settings).success).toBe(true);
  return r.settings;
}

const oneTien = { tien: { candidates: ['Tiền'], proposed: 'Tiền', message: null }, unitTabs: [] };
const twoTien = { tien: { candidates: ['Tiền', 'Biểu 02'], proposed: null, message: 'Có 2 trang…' }, unitTabs: [] };
const tabs = { tien: { candidates: [], proposed: null, message: null }, unitTabs: [{ sheet: 'Thống kê', name: 'Chi cục A' }, { sheet: 'BL', name: 'Chi cục B' }, { sheet: 'CG', name: 'CG' }] };

describe('the tiền sheet', () => {
  it('takes the proposed one into tienSource', () => {
    expect(settingsOf(formFromState(state(oneTien))).tienSource).toEqual({ sheet: 'Tiền', range: null });
  });

  it('takes none of two candidates until the user chooses one', () => {
    const form = formFromState(state(twoTien));
    expect(settingsOf(form).tienSource).toBeNull();
    form.tienSheet = 'Biểu 02';
    expect(settingsOf(form).tienSource).toEqual({ sheet: 'Biểu 02', range: null });
  });

  it('"không dùng" sends none, and a saved choice is restored', () => {
    const form = formFromState(state(oneTien));
    form.tienSheet = '';
    expect(settingsOf(form).tienSource).toBeNull();
    const saved = state(twoTien);
    saved.settings = { ...settingsOf(form), tienSource: { sheet: 'Biểu 02', range: null } };
    expect(formFromState(saved).tienSheet).toBe('Biểu 02');
  });

  it('is dropped once the user shows another sheet than the one it was listed for', () => {
    const form = formFromState(state(oneTien));
    form.sheet = 'Cùng kỳ 2019';
    expect(settingsOf(form).tienSource).toBeNull();
  });
});

describe('Tổng hợp nhiều trang', () => {
  it('is off by default, all tabs ticked when turned on', () => {
    const form = formFromState(state(tabs));
    expect(form.consolidateOn).toBe(false);
    expect(settingsOf(form).consolidate).toBeNull();
    form.consolidateOn = true;
    expect(settingsOf(form).consolidate).toEqual({ sheets: ['Thống kê', 'BL', 'CG'] });
  });

  it('sends the ticked tabs only, and none when none is ticked', () => {
    const form = formFromState(state(tabs));
    form.consolidateOn = true;
    form.consolidateSheets = ['Thống kê', 'CG'];
    expect(settingsOf(form).consolidate).toEqual({ sheets: ['Thống kê', 'CG'] });
    form.consolidateSheets = [];
    expect(settingsOf(form).consolidate).toBeNull();
  });

  it('adds every officer ranked together only when that box is ticked too, and restores it', () => {
    const form = formFromState(state(tabs));
    expect(form.consolidateOfficers).toBe(false);
    form.consolidateOfficers = true;
    expect(settingsOf(form).consolidate).toBeNull();
    form.consolidateOn = true;
    expect(settingsOf(form).consolidate).toEqual({ sheets: ['Thống kê', 'BL', 'CG'], officers: true });
    const saved = state(tabs);
    saved.settings = settingsOf(form);
    expect(formFromState(saved).consolidateOfficers).toBe(true);
    form.consolidateOfficers = false;
    expect(settingsOf(form).consolidate).toEqual({ sheets: ['Thống kê', 'BL', 'CG'] });
  });

  it('wins over a tiền sheet (the report reads the tabs, not a join)', () => {
    const form = formFromState(state({ ...tabs, tien: oneTien.tien }));
    form.consolidateOn = true;
    const s = settingsOf(form);
    expect(s.tienSource).toBeNull();
    expect(s.consolidate).not.toBeNull();
  });
});

describe('the month series (Diễn biến)', () => {
  const series = {
    year: 2024,
    months: [
      { month: 1, sheet: 'T10' },
      { month: 2, sheet: 'T11' },
      { month: 4, sheet: 'T1' },
    ],
    disputed: [{ month: 3, tabs: ['T12', 'T12 (sửa)'], message: 'Các trang “T12” và “T12 (sửa)” …' }],
    missing: [],
    lastYear: [
      { month: 3, sheet: 'T12/2022' },
      { month: 4, sheet: 'T1/2023' },
    ],
    messages: [],
  };
  const monthsState = () => {
    const s = state({ tien: { candidates: [], proposed: null, message: null }, unitTabs: [], period: { year: 2024, month: 4 }, series, lastYear: { candidates: ['T1/2023'], proposed: 'T1/2023', message: null } });
    return { ...s, periodGuess: null };
  };

  it('is on by default, takes the period from the tab, proposes last year’s tab, and counts an unpicked month as missing', () => {
    const form = formFromState(monthsState());
    expect(form.seriesOn).toBe(true);
    const settings = settingsOf(form);
    expect(settings.period).toEqual({ year: 2024, month: 4 });
    expect(settings.comparison).toEqual({ sheet: 'T1/2023', range: null });
    expect(settings.series).toEqual({ months: series.months, lastYear: [{ month: 4, sheet: 'T1/2023' }], missing: [3] });
  });

  it('takes the user’s pick for a disputed month, with its last-year tab', () => {
    const form = { ...formFromState(monthsState()), seriesPicks: { 3: 'T12 (sửa)' } };
    expect(settingsOf(form).series).toEqual({
      months: [...series.months.slice(0, 2), { month: 3, sheet: 'T12 (sửa)' }, series.months[2]],
      lastYear: series.lastYear,
      missing: [],
    });
  });

  it('keeps only the months up to the report’s, and none for another year or once unticked', () => {
    expect(seriesSetting({ seriesFound: series, seriesOn: true, seriesPicks: {} }, { year: 2024, month: 2 })?.months.map((m) => m.sheet)).toEqual(['T10', 'T11']);
    expect(seriesSetting({ seriesFound: series, seriesOn: true, seriesPicks: {} }, { year: 2025, month: 4 })).toBeNull();
    expect(seriesSetting({ seriesFound: series, seriesOn: false, seriesPicks: {} }, { year: 2024, month: 4 })).toBeNull();
    expect(seriesSetting({ seriesFound: series, seriesOn: true, seriesPicks: { 3: 'not one of them' } }, { year: 2024, month: 4 })?.missing).toEqual([3]);
  });
});
