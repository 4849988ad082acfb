/**
 * Số liệu từ nhiều trang: the tiền sheet of a việc-only table ("Số liệu tiền: trang “Tiền”", a select of
 * the candidates and "không dùng"; with two candidates none is chosen and the server's message is shown)
 * and "Tổng hợp nhiều trang" (off by default; when ticked, the tabs of the same form and period, each
 * ticked, named by its title's unit or its tab name, and "Xếp hạng mọi chấp hành viên toàn tỉnh", off by
 * default: the report then adds every officer of those tabs ranked together), the month series
 * ("Diễn biến: 6 tháng (T10 … T3)", ticked by default; a select for each month two tabs claim, none
 * picked) and last year's tab found by period (a select of the candidates, the server's warning when
 * there is none or several). Drawn only when the server found something to offer for the sheet shown;
 * the choices become the settings' tienSource, consolidate, series and comparison (sources.ts, form.ts).
 */
import type { Actions, Model } from './app';
import { field, section, select } from './controls';
import { h, uid } from './dom';
import type { Form } from './form';
import { t } from './i18n';
import { formYear } from './form';
import { seriesSetting } from './sources';
import { monthLabel } from '../../core/period/monthSeries';
import { seriesLine } from '../../core/period/reportMonths';

export function sourcesSection(model: Model, form: Form, actions: Actions): HTMLElement | null {
  const sources = model.state?.sources;
  if (!sources || form.sheet !== form.sourcesSheet) return null;
  const lang = model.lang;
  const { tien, unitTabs } = sources;
  const seriesPart = seriesSection(form, actions);
  const lastYearPart = lastYearSection(model, form, actions);
  if (tien.candidates.length === 0 && unitTabs.length === 0 && !seriesPart && !lastYearPart) return null;
  const tienPart =
    tien.candidates.length === 0
      ? null
      : h(
          'div',
          { className: 'sub', id: 'tien-source' },
          form.tienSheet !== '' ? h('p', { id: 'tien-proposed', attrs: { lang: 'vi' } }, `Số liệu tiền: trang “${form.tienSheet}”`) : null,
          tien.message && form.tienSheet === '' ? h('p', { className: 'msg warn', id: 'tien-message', attrs: { lang: 'vi' } }, tien.message) : null,
          field(
            t(lang, 'tienSheet'),
            select('tien-sheet', [{ value: '', label: t(lang, 'tienNone') }, ...tien.candidates.map((c) => ({ value: c, label: c }))], form.tienSheet, (v) => actions.update({ tienSheet: v }), form.consolidateOn),
            t(lang, 'tienSheetHint'),
          ),
        );
  const tabsPart =
    unitTabs.length === 0
      ? null
      : h(
          'div',
          { className: 'sub', id: 'consolidate' },
          checkbox('consolidate-on', t(lang, 'consolidate'), form.consolidateOn, (on) => actions.update({ consolidateOn: on })),
          form.consolidateOn
            ? h(
                'fieldset',
                { id: 'consolidate-tabs' },
                h('legend', null, t(lang, 'consolidateTabs')),
                unitTabs.map((tab) =>
                  checkbox(`tab-${tab.sheet}`, tab.name === tab.sheet ? tab.name : `${tab.name} (${tab.sheet})`, form.consolidateSheets.includes(tab.sheet), (on) =>
                    actions.update({ consolidateSheets: unitTabs.map((u) => u.sheet).filter((s) => (s === tab.sheet ? on : form.consolidateSheets.includes(s))) }),
                  ),
                ),
                form.consolidateSheets.length === 0 ? h('p', { className: 'msg warn', id: 'consolidate-none' }, t(lang, 'consolidateNone')) : null,
                checkbox('consolidate-officers', t(lang, 'consolidateOfficers'), form.consolidateOfficers, (on) => actions.update({ consolidateOfficers: on })),
              )
            : null,
        );
  return section('sec-sources', t(lang, 'secSources'), tienPart, tabsPart, seriesPart, lastYearPart);
}

/** Diễn biến theo tháng: the months the report will carry, the box to leave it out, a select per disputed month. */
function seriesSection(form: Form, actions: Actions): HTMLElement | null {
  const series = form.seriesFound;
  if (!series || form.consolidateOn) return null;
  const lang = form.lang;
  const period = { year: formYear(form), month: form.month };
  const chosen = seriesSetting({ ...form, seriesOn: true }, period);
  return h(
    'div',
    { className: 'sub', id: 'series' },
    h('p', { id: 'series-found', attrs: { lang: 'vi' } }, seriesLine(chosen ? chosen.months : series.months)),
    checkbox('series-on', t(lang, 'seriesOn'), form.seriesOn && chosen !== null, (on) => actions.update({ seriesOn: on })),
    series.disputed
      .filter((d) => d.month <= form.month)
      .map((d) => {
        const pick = form.seriesPicks[d.month] ?? '';
        return h(
          'div',
          { className: 'sub' },
          pick === '' ? h('p', { className: 'msg warn', attrs: { lang: 'vi', 'data-month': String(d.month) } }, d.message) : null,
          field(
            t(lang, 'seriesPick').replace('%s', () => `${monthLabel(d.month)} (${d.month} tháng)`),
            select(`series-pick-${d.month}`, [{ value: '', label: t(lang, 'seriesPickNone') }, ...d.tabs.map((tab) => ({ value: tab, label: tab }))], pick, (v) =>
              actions.update({ seriesPicks: { ...form.seriesPicks, [d.month]: v } }),
            ),
          ),
        );
      }),
    series.messages.map((m) => h('p', { className: 'msg warn', attrs: { lang: 'vi' } }, m)),
  );
}

/**
 * Cùng kỳ năm trước found by period, for the period the server read: a select of the candidates (and the
 * one chosen elsewhere), the warning when none or several were found. Hidden once the user changes the
 * period (the candidates were for the other one); the comparison section still lists every sheet.
 */
function lastYearSection(model: Model, form: Form, actions: Actions): HTMLElement | null {
  const sources = model.state?.sources;
  const found = sources?.lastYear;
  if (!sources || !found || !sources.period || sources.period.year !== formYear(form) || sources.period.month !== form.month) return null;
  const lang = form.lang;
  const options = [...found.candidates];
  if (form.comparison !== '' && !options.includes(form.comparison)) options.push(form.comparison);
  return h(
    'div',
    { className: 'sub', id: 'last-year-source' },
    form.comparison !== '' ? h('p', { id: 'last-year-chosen', attrs: { lang: 'vi' } }, `Cùng kỳ: trang “${form.comparison}”`) : null,
    found.message && form.comparison === '' ? h('p', { className: 'msg warn', id: 'last-year-message', attrs: { lang: 'vi' } }, found.message) : null,
    field(
      t(lang, 'lastYearSheet'),
      select('last-year', [{ value: '', label: t(lang, 'compareNone') }, ...options.map((c) => ({ value: c, label: c }))], form.comparison, (v) => actions.update({ comparison: v })),
    ),
  );
}

/** A ticked-or-not box with its label; the id is kept as a data attribute (a sheet name may hold any character). */
function checkbox(key: string, label: string, checked: boolean, onChange: (checked: boolean) => void): HTMLElement {
  const id = uid('cb');
  const input = h('input', { id, type: 'checkbox', checked, attrs: { 'data-key': key } });
  input.addEventListener('change', () => onChange(input.checked));
  return h('div', { className: 'check' }, input, h('label', { htmlFor: id }, label));
}
