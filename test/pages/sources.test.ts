/** The sidebar's other sheets (issue 13): the tiền sheet and the unit tabs, from the state to the settings. */
import { describe, expect, it } from 'vitest';
import { reportSettingsSchema, type SidebarState } from '../../src/shared/rpc';
import { buildSettings, formFromState } from '../../src/pages/sidebar/form';
import { fakeState } from '../browser/fake-server';

const units = ['Chi cục THADS huyện A', 'Chi cục THADS huyện B'];

function state(sources: SidebarState['sources']): SidebarState {
  return { ...fakeState(units), sources };
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
