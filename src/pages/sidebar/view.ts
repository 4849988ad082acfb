/**
 * The whole sidebar, drawn from the model: header with the language switch, the six sections,
 * the "Tạo báo cáo" button with its progress, and the result (sheet name, summary, findings).
 */
import type { Finding } from '../../core/types';
import { UNIT_MAPPING_SHEET_NAME } from '../../core/summary/unitMappingRows';
import type { Actions, Model } from './app';
import { button } from './controls';
import { h } from './dom';
import { t, type Lang } from './i18n';
import { issueText } from './issue-text';
import { percentText } from './percent';
import { columnsSection, tableSection } from './view-table';
import { helpPanel } from './view-help';
import { sourcesSection } from './view-sources';
import { closesSection } from './view-closes';
import { compareSection, optionsSection, periodSection, rankSection, targetsSection } from './view-settings';

export function renderApp(model: Model, actions: Actions): HTMLElement {
  const lang = model.lang;
  const header = h(
    'header',
    { className: 'top' },
    h('h1', null, t(lang, 'appTitle')),
    h(
      'button',
      { id: 'lang', type: 'button', className: 'link', attrs: { 'aria-label': t(lang, 'switchLangLabel'), lang: lang === 'vi' ? 'en' : 'vi' }, on: { click: () => actions.toggleLang() } },
      t(lang, 'switchLang'),
    ),
  );
  if (model.fatal) {
    return h('main', null, header, h('div', { className: 'msg error', id: 'error', attrs: { role: 'alert', tabindex: '-1' } }, model.fatal), button('retry', t(lang, 'retry'), () => actions.reload()));
  }
  if (!model.form) {
    return h('main', { attrs: { 'aria-busy': 'true' } }, header, progress(t(lang, 'loading')));
  }
  const form = model.form;
  return h(
    'main',
    null,
    header,
    model.state ? h('p', { className: 'doc' }, model.state.spreadsheetName) : null,
    tableSection(model, form, actions),
    columnsSection(model, form, actions),
    sourcesSection(model, form, actions),
    periodSection(model, form, actions),
    targetsSection(model, form, actions),
    compareSection(model, form, actions),
    rankSection(model, form, actions),
    optionsSection(model, form, actions),
    reportAction(model, actions),
    closesSection(model, actions),
    helpPanel(model),
  );
}

function progress(text: string): HTMLElement {
  return h('div', { className: 'progress', attrs: { role: 'status' } }, h('div', { className: 'bar', attrs: { 'aria-hidden': 'true' } }, h('span', null)), text);
}

function reportAction(model: Model, actions: Actions): HTMLElement {
  const lang = model.lang;
  const running = model.busy === 'report';
  return h(
    'section',
    { className: 'action', attrs: { 'aria-label': t(lang, 'makeReport') } },
    model.issues.length > 0 && model.form
      ? h(
          'div',
          { className: 'msg error', id: 'issues', attrs: { role: 'alert', tabindex: '-1' } },
          h('p', null, t(lang, 'fixFirst')),
          h('ul', null, model.issues.map((i) => h('li', null, issueText(i, model.form!)))),
        )
      : null,
    button('make-report', running ? t(lang, 'making') : t(lang, 'makeReport'), () => actions.makeReport(), { primary: true, busy: running, disabled: model.busy !== null }),
    running ? progress(t(lang, 'steps')) : null,
    model.error ? h('div', { className: 'msg error', id: 'error', attrs: { role: 'alert', tabindex: '-1', lang: 'vi' } }, model.error) : null,
    model.result ? result(model.result, lang) : null,
    unitMappingOffer(model, actions),
  );
}

/**
 * Đối chiếu đơn vị: offered when the last report left units of the two years without a partner (its
 * "comparison-units" finding), or was refused because no unit joined by name (the message names the
 * sheet): one button that creates the sheet once, pre-filled; the server says when it exists already.
 */
function unitMappingOffer(model: Model, actions: Actions): HTMLElement | null {
  const lang = model.lang;
  const unmatched = model.result?.findings.some((f) => f.rule === 'comparison-units') ?? false;
  const refused = model.error !== null && model.form?.comparison !== '' && model.error.includes(UNIT_MAPPING_SHEET_NAME);
  if (!unmatched && !refused) return null;
  const running = model.busy === 'unitMapping';
  return h(
    'div',
    { className: 'unit-mapping', id: 'unit-mapping' },
    h('p', { className: 'msg warn' }, t(lang, 'unitMappingOffer')),
    button('create-unit-mapping', running ? t(lang, 'creating') : t(lang, 'createUnitMapping'), () => actions.createUnitMappingSheet(), { busy: running, disabled: model.busy !== null }),
    model.mappingNotice
      ? h('p', { className: model.mappingNotice.ok ? 'msg ok' : 'msg error', id: 'unit-mapping-notice', attrs: { role: 'status', lang: 'vi' } }, model.mappingNotice.message)
      : null,
  );
}

function result(r: NonNullable<Model['result']>, lang: Lang): HTMLElement {
  const s = r.summary;
  const rate = (v: number | null) => (v === null ? '—' : percentText(v, lang));
  // The whole's rate with its change against last year, worded as the report's sentence words it.
  const withChange = (v: number | null, change: number | null | undefined) => {
    if (v === null || change === null || change === undefined) return rate(v);
    const words = change > 0 ? t(lang, 'changeUp') : change < 0 ? t(lang, 'changeDown') : t(lang, 'changeSame');
    return `${rate(v)} (${words.replace('%s', percentText(Math.abs(change), lang))})`;
  };
  const row = (k: string, v: string) => [h('dt', null, k), h('dd', null, v)];
  // Figures withheld: the card is not a success's green, and says how many units and why.
  const withheld = s.withheld > 0;
  return h(
    'div',
    { className: withheld ? 'result withheld' : 'result', id: 'result', attrs: { role: 'status', tabindex: '-1' } },
    h('h2', null, t(lang, withheld ? 'doneWithheld' : 'done'), ': ', h('span', { className: 'sheet-name', id: 'result-sheet' }, r.sheetName)),
    withheld ? h('p', { className: 'msg error', id: 'result-withheld' }, `${s.withheld} ${t(lang, 'withheld')}`) : null,
    r.message ? h('p', { attrs: { lang: 'vi' } }, r.message) : null,
    h(
      'dl',
      null,
      row(t(lang, 'summaryUnits'), String(s.units)),
      row(t(lang, 'summaryRanked'), String(s.ranked)),
      row(t(lang, 'summaryRateViec'), withChange(s.rateViec, s.rateChangeViec)),
      row(t(lang, 'summaryRateTien'), withChange(s.rateTien, s.rateChangeTien)),
    ),
    s.missingTargets.length > 0 ? h('p', { className: 'msg warn' }, `${t(lang, 'missingTargets')}: ${s.missingTargets.join('; ')}`) : null,
    findings(r.findings, lang),
  );
}

function findings(list: Finding[], lang: Lang): HTMLElement {
  const sev = { error: t(lang, 'severityError'), warning: t(lang, 'severityWarning'), info: t(lang, 'severityInfo') };
  return h(
    'div',
    { className: 'findings', id: 'findings' },
    h('h3', null, `${t(lang, 'findings')} (${list.length})`),
    list.length === 0
      ? h('p', null, t(lang, 'noFindings'))
      : h('ul', null, list.map((f) => h('li', { className: f.severity }, h('span', { className: 'sev' }, sev[f.severity]), ' ', h('span', { attrs: { lang: 'vi' } }, f.message)))),
  );
}
