/**
 * Số liệu từ nhiều trang: the tiền sheet of a việc-only table ("Số liệu tiền: trang “Tiền”", a select of
 * the candidates and "không dùng"; with two candidates none is chosen and the server's message is shown)
 * and "Tổng hợp nhiều trang" (off by default; when ticked, the tabs of the same form and period, each
 * ticked, named by its title's unit or its tab name, and "Xếp hạng mọi chấp hành viên toàn tỉnh", off by
 * default: the report then adds every officer of those tabs ranked together). Drawn only when the server found something to
 * offer for the sheet shown; the choices become the settings' tienSource and consolidate (sources.ts).
 */
import type { Actions, Model } from './app';
import { field, section, select } from './controls';
import { h, uid } from './dom';
import type { Form } from './form';
import { t } from './i18n';

export function sourcesSection(model: Model, form: Form, actions: Actions): HTMLElement | null {
  const sources = model.state?.sources;
  if (!sources || form.sheet !== form.sourcesSheet) return null;
  const lang = model.lang;
  const { tien, unitTabs } = sources;
  if (tien.candidates.length === 0 && unitTabs.length === 0) return null;
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
  return section('sec-sources', t(lang, 'secSources'), tienPart, tabsPart);
}

/** A ticked-or-not box with its label; the id is kept as a data attribute (a sheet name may hold any character). */
function checkbox(key: string, label: string, checked: boolean, onChange: (checked: boolean) => void): HTMLElement {
  const id = uid('cb');
  const input = h('input', { id, type: 'checkbox', checked, attrs: { 'data-key': key } });
  input.addEventListener('change', () => onChange(input.checked));
  return h('div', { className: 'check' }, input, h('label', { htmlFor: id }, label));
}
