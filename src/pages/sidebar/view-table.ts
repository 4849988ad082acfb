/**
 * Sections 1 and 2 of the sidebar: the table found (bảng số liệu) and its columns (các cột), each
 * with its role, its confidence ("đoán" when below 1) and why the detector thought so.
 */
import type { MoneyUnit } from '../../core/types';
import type { Actions, Model } from './app';
import { columnName, rowNumber } from './columns';
import { shortHeaders } from './shortHeaders';
import { button, field, lazySelect, section, select, textInput } from './controls';
import { h } from './dom';
import { count, t, type Lang } from './i18n';
import { issueText } from './issue-text';
import { mappingIssues, type Form, type FormColumn } from './form';
import { roleGroups, roleKey, roleFromKey } from './roles';

const MONEY: Record<MoneyUnit, Record<Lang, string>> = {
  dong: { vi: 'đồng', en: 'đồng' },
  nghin: { vi: 'nghìn đồng', en: 'thousand đồng' },
  trieu: { vi: 'triệu đồng', en: 'million đồng' },
  ty: { vi: 'tỷ đồng', en: 'billion đồng' },
};

export function tableSection(model: Model, form: Form, actions: Actions): HTMLElement {
  const lang = model.lang;
  const sheets = (model.state ? model.state.sheets : []).filter((s) => s.kind === 'data');
  const busy = model.busy !== null;
  const table = model.table;
  const rangeInput = textInput('range', form.range, (v) => actions.setRange(v), { placeholder: 'A5:P30' });
  rangeInput.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && model.busy === null) actions.detect();
  });
  return section(
    'sec-table',
    t(lang, 'secTable'),
    field(t(lang, 'sheet'), select('sheet', sheets.map((s) => ({ value: s.name, label: s.name })), form.sheet, (v) => actions.chooseSheet(v), busy)),
    h(
      'div',
      { className: 'row' },
      field(t(lang, 'range'), rangeInput, t(lang, 'rangeHint')),
      button('detect', model.busy === 'detect' ? t(lang, 'detecting') : t(lang, 'detect'), () => actions.detect(), { busy: model.busy === 'detect', disabled: busy }),
    ),
    model.tableMessage ? h('div', { className: 'msg error', attrs: { role: 'alert', lang: 'vi' } }, model.tableMessage) : null,
    table ? tableSummary(model, form, table, actions) : null,
  );
}

function tableSummary(model: Model, form: Form, table: NonNullable<Model['table']>, actions: Actions): HTMLElement {
  const lang = model.lang;
  const units = table.units.filter((u) => u.kind === 'unit');
  const totals = table.units.length - units.length;
  const source = { header: t(lang, 'moneyFromHeader'), setting: t(lang, 'moneyFromSetting'), default: t(lang, 'moneyDefault') }[table.moneyUnitSource];
  return h(
    'div',
    { className: 'found', id: 'table-found' },
    h(
      'p',
      null,
      h('strong', null, count(lang, units.length, 'unit')),
      totals > 0 ? `, ${count(lang, totals, 'totalsRow')}` : '',
      ` · ${t(lang, 'rows')} ${rowNumber(table.firstDataRow, table.range)}–${rowNumber(table.lastDataRow, table.range)}`,
    ),
    h('p', null, `${t(lang, 'moneyUnit')}: ${MONEY[table.moneyUnit][lang]} (${source})`),
    table.titleRows.length > 0 ? h('p', { className: 'titles' }, table.titleRows[0] ?? '') : null,
    h(
      'details',
      { id: 'units' },
      h('summary', null, lang === 'vi' ? 'Danh sách đơn vị' : 'Units'),
      h('p', { className: 'hint' }, t(lang, 'notRankedHelp')),
      h(
        'ol',
        { className: 'units' },
        table.units.map((u, i) => {
          if (u.kind !== 'unit') return h('li', { className: 'total' }, u.label);
          const id = `unit-${i}`;
          const mine = form.notRanked.indexOf(u.label) >= 0;
          return h(
            'li',
            { className: 'unit' },
            h('input', {
              id,
              type: 'checkbox',
              checked: !u.ranked,
              disabled: model.busy !== null || (!u.ranked && !mine),
              // Not ranked by the sheet itself (a flag column, or recognised as the provincial office).
              title: !u.ranked && !mine ? t(lang, 'notRankedBySheet') : undefined,
              attrs: { 'aria-label': `${t(lang, 'notRanked')}: ${u.label}` },
              on: { change: (e) => actions.setNotRanked(u.label, (e.target as HTMLInputElement).checked) },
            }),
            h('label', { htmlFor: id }, u.label),
          );
        }),
      ),
    ),
    table.warnings.length <= 2
      ? table.warnings.map((w) => h('p', { className: 'msg warn', attrs: { lang: 'vi' } }, w))
      : h(
          'details',
          { className: 'msg warn', id: 'warnings' },
          h('summary', null, count(lang, table.warnings.length, 'readNote')),
          h('ul', { attrs: { lang: 'vi' } }, table.warnings.map((w) => h('li', null, w))),
        ),
  );
}

export function columnsSection(model: Model, form: Form, actions: Actions): HTMLElement {
  const lang = model.lang;
  if (form.columns.length === 0) return section('sec-columns', t(lang, 'secColumns'), h('p', { className: 'hint', id: 'no-columns' }, t(lang, 'noColumns')));
  const groups = roleGroups(lang).map((g) => ({ group: g.label, options: g.options.map((o) => ({ value: o.key, label: o.label })) }));
  const issues = mappingIssues(form);
  const range = form.range.trim() || null;
  // Guesses, corrections and columns named in a problem come first; certain ones fold away, since
  // a real form has 30 columns and the sidebar is 300 px wide.
  const flagged = new Set(issues.flatMap((i) => i.columns));
  // An ignored column below 1 is one the reader could not place though it holds figures: it must stand out.
  const needsLook = (c: FormColumn) => c.edited || flagged.has(c.column) || c.confidence < 1;
  const attention = form.columns.filter(needsLook);
  const sure = form.columns.filter((c) => !needsLook(c));
  const short = shortHeaders(form.columns.map((c) => c.header));
  const shown = new Map(form.columns.map((c, i) => [c.column, short[i] ?? c.header] as const));
  const columnItem = (c: FormColumn): HTMLElement => {
    const letter = columnName(c.column, range);
    const guess = c.confidence < 1 && !c.edited;
    const percent = `${Math.round(c.confidence * 100)}%`;
    const badge = c.edited
      ? h('span', { className: 'badge edited' }, t(lang, 'edited'))
      : guess
        ? h('span', { className: 'badge guess', title: percent }, `${t(lang, 'guess')} ${percent}`)
        : h('span', { className: 'badge sure' }, t(lang, 'sure'));
    const id = `role-${c.column}`;
    const sel = lazySelect(
      id,
      groups,
      roleKey(c.role),
      (v) => {
        const role = roleFromKey(v);
        if (role) actions.setRole(c.column, role);
      },
      model.busy !== null,
    );
    return h(
      'li',
      { className: guess ? 'col guess' : 'col', attrs: { 'data-column': String(c.column) } },
      h(
        'div',
        { className: 'col-head' },
        h('label', { htmlFor: id }, h('span', { className: 'letter' }, `${t(lang, 'column')} ${letter}`), ' ', h('span', { className: 'header', title: c.header }, shown.get(c.column) ?? c.header)),
        badge,
      ),
      sel,
      c.reasons.length > 0 ? h('details', { className: 'why', id: `why-${c.column}` }, h('summary', null, t(lang, 'why')), h('ul', null, c.reasons.map((r) => h('li', null, r)))) : null,
    );
  };
  return section(
    'sec-columns',
    t(lang, 'secColumns'),
    h('p', { className: 'hint' }, t(lang, 'columnsHelp')),
    issues.length > 0
      ? h(
          'ul',
          { className: 'msg error', id: 'mapping-issues', attrs: { role: 'alert' } },
          issues.map((issue) => h('li', { className: issue.severity }, issueText({ kind: 'mapping', issue }, form))),
        )
      : null,
    attention.length > 0 ? h('ul', { className: 'columns', id: 'columns-check' }, attention.map(columnItem)) : null,
    sure.length > 0
      ? h(
          'details',
          { id: 'columns-sure', className: 'more' },
          h('summary', null, `${t(lang, 'sureColumns')} (${sure.length})`),
          h('ul', { className: 'columns', id: 'columns' }, sure.map(columnItem)),
        )
      : null,
    form.columns.some((c) => c.edited) ? button('reset-mapping', t(lang, 'resetMapping'), () => actions.resetMapping(), { disabled: model.busy !== null }) : null,
  );
}
