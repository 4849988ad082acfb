/**
 * Sections 3–6 of the sidebar: the period (kỳ báo cáo) and regime, the targets (chỉ tiêu), the
 * comparison with the same period last year (so sánh cùng kỳ) and the ranking key (xếp hạng).
 */
import type { MoneyUnit, Regime } from '../../core/types';
import type { Actions, Model } from './app';
import { button, field, radios, section, select, textInput } from './controls';
import { h } from './dom';
import { formYear, type Form, type RankKind, type TargetsKind } from './form';
import { count, t, type Lang } from './i18n';
import { percentText } from './percent';
import type { NationalTarget } from '../../shared/rpc';
import { dayText } from '../../core/period/dayText';
import { periodRange } from '../../core/period/periodRange';
import { periodDisagreement } from '../../core/period/periodDisagreement';

export function periodSection(model: Model, form: Form, actions: Actions): HTMLElement {
  const lang = model.lang;
  const year = formYear(form);
  const months = Array.from({ length: 12 }, (_, i) => {
    const m = i + 1;
    return { value: String(m), label: count(lang, m, 'month') };
  });
  const guess = model.periodGuess;
  const existing = model.state ? model.state.reports.find((r) => r.year === year && r.month === form.month) : undefined;
  // The same warning the report's findings and the demo give: the figures are the title's period's.
  const disagreement = year === null ? null : periodDisagreement({ year, month: form.month }, guess);
  return section(
    'sec-period',
    t(lang, 'secPeriod'),
    h(
      'div',
      { className: 'row' },
      field(t(lang, 'year'), textInput('year', form.yearText, (v) => actions.update({ yearText: v }, false), { inputmode: 'numeric', maxlength: '4' }, () => actions.update({})), undefined, 'field narrow'),
      field(
        t(lang, 'month'),
        select('month', months, String(form.month), (v) => actions.update({ month: Number(v) })),
        year === null ? undefined : spanText(periodRange({ year, month: form.month }), lang),
      ),
    ),
    guess ? h('p', { className: 'hint' }, `${t(lang, 'periodGuessed')}: «${guess.text}»`) : null,
    disagreement ? h('p', { className: 'msg warn', id: 'period-disagrees', attrs: { lang: 'vi' } }, disagreement) : null,
    existing ? h('p', { className: 'hint', id: 'replaces-report' }, t(lang, 'reportReplaced').replace('%s', () => existing.sheetName)) : null,
    radios(
      'regime',
      t(lang, 'regime'),
      [
        { value: 'A', label: t(lang, 'regimeA') },
        { value: 'B', label: t(lang, 'regimeB') },
      ],
      form.regime,
      (v) => actions.update({ regime: v as Regime, regimeChosen: true }),
      form.regimeChosen ? null : h('p', { className: 'hint' }, t(lang, 'regimeDefault')),
    ),
  );
}

export function targetsSection(model: Model, form: Form, actions: Actions): HTMLElement {
  const lang = model.lang;
  const state = model.state;
  const year = formYear(form);
  const national = state ? state.nationalTargets.find((n) => n.year === year) : undefined;
  const busy = model.busy !== null;
  const uniform =
    form.targetsKind === 'uniform'
      ? h(
          'div',
          { className: 'sub' },
          // No placeholder: a grey "80" looks like a value and then fails as empty.
          h(
            'div',
            { className: 'row' },
            field(t(lang, 'targetViec'), textInput('target-viec', form.viecText, (v) => actions.update({ viecText: v }, false), { inputmode: 'decimal' })),
            field(t(lang, 'targetTien'), textInput('target-tien', form.tienText, (v) => actions.update({ tienText: v }, false), { inputmode: 'decimal' })),
          ),
          h('p', { className: 'hint', id: 'target-hint' }, t(lang, 'targetHint')),
          field(t(lang, 'targetBacklog'), textInput('target-backlog', form.backlogText, (v) => actions.update({ backlogText: v }, false), { inputmode: 'decimal' })),
        )
      : null;
  const sheet =
    form.targetsKind === 'sheet' && state
      ? h(
          'div',
          { className: 'sub' },
          state.targetsSheet.exists
            ? [
                h('p', null, `${t(lang, 'sheetExists')} «${state.targetsSheet.name}».`),
                button('add-missing', t(lang, 'addMissingUnits'), () => actions.createTargetsSheet(true), { disabled: busy, busy: model.busy === 'targets' }),
              ]
            : [
                h('p', null, t(lang, 'sheetMissing')),
                button('create-targets', model.busy === 'targets' ? t(lang, 'creating') : t(lang, 'createSheet'), () => actions.createTargetsSheet(false), {
                  disabled: busy || model.table === null,
                  busy: model.busy === 'targets',
                }),
              ],
        )
      : null;
  return section(
    'sec-targets',
    t(lang, 'secTargets'),
    radios(
      'targets',
      t(lang, 'secTargets'),
      [
        { value: 'none', label: t(lang, 'targetsNone') },
        { value: 'national', label: nationalLabel(national, year, lang), disabled: !national && form.targetsKind !== 'national' },
        { value: 'uniform', label: t(lang, 'targetsUniform') },
        { value: 'sheet', label: t(lang, 'targetsSheet') },
      ],
      form.targetsKind,
      (v) => actions.update({ targetsKind: v as TargetsKind, targetsChosen: true }),
      null,
      true,
    ),
    uniform,
    sheet,
    state
      ? h(
          'div',
          { className: 'sub' },
          state.gradeSheet.exists
            ? h('p', { className: 'hint' }, t(lang, 'gradesExists').replace('%s', () => state.gradeSheet.name))
            : [
                h('p', { className: 'hint' }, t(lang, 'gradesMissing')),
                button('create-grades', model.busy === 'grades' ? t(lang, 'creating') : t(lang, 'createGrades'), () => actions.createGradeSheet(), {
                  disabled: busy,
                  busy: model.busy === 'grades',
                }),
              ],
        )
      : null,
    model.notice ? h('p', { className: 'msg ok', attrs: { role: 'status', lang: 'vi' } }, model.notice) : null,
  );
}

export function compareSection(model: Model, form: Form, actions: Actions): HTMLElement {
  const lang = model.lang;
  const sheets = (model.state ? model.state.sheets : []).filter((s) => s.kind === 'data' && s.name !== form.sheet);
  return section(
    'sec-compare',
    t(lang, 'secCompare'),
    field(
      t(lang, 'compareSheet'),
      select('compare', [{ value: '', label: t(lang, 'compareNone') }, ...sheets.map((s) => ({ value: s.name, label: s.name }))], form.comparison, (v) => actions.update({ comparison: v })),
    ),
  );
}

export function rankSection(model: Model, form: Form, actions: Actions): HTMLElement {
  const lang = model.lang;
  const options: Array<{ value: RankKind; label: string }> = [
    { value: 'viec', label: t(lang, 'rankViec') },
    { value: 'tien', label: t(lang, 'rankTien') },
    { value: 'weighted', label: t(lang, 'rankWeighted') },
    { value: 'score', label: t(lang, 'rankScore') },
  ];
  return section(
    'sec-rank',
    t(lang, 'secRank'),
    field(t(lang, 'rankBy'), select('rank-by', options, form.rankKind, (v) => actions.update({ rankKind: v as RankKind }))),
    form.rankKind === 'weighted'
      ? h(
          'div',
          { className: 'row' },
          field(t(lang, 'weightViec'), textInput('weight-viec', form.weightViecText, (v) => actions.update({ weightViecText: v }, false), { inputmode: 'decimal' })),
          field(t(lang, 'weightTien'), textInput('weight-tien', form.weightTienText, (v) => actions.update({ weightTienText: v }, false), { inputmode: 'decimal' })),
        )
      : null,
  );
}

/** Less used choices, folded: the money unit when the sheet does not say, target mode, share base. */
export function optionsSection(model: Model, form: Form, actions: Actions): HTMLElement {
  const lang = model.lang;
  const vi = lang === 'vi';
  const money: Array<{ value: string; label: string }> = [
    { value: '', label: vi ? 'Theo bảng (mặc định nghìn đồng)' : 'From the table (default thousand đồng)' },
    { value: 'dong', label: vi ? 'Đồng' : 'Đồng' },
    { value: 'nghin', label: vi ? 'Nghìn đồng' : 'Thousand đồng' },
    { value: 'trieu', label: vi ? 'Triệu đồng' : 'Million đồng' },
    { value: 'ty', label: vi ? 'Tỷ đồng' : 'Billion đồng' },
  ];
  return h(
    'details',
    { id: 'options', className: 'card options' },
    h('summary', null, t(lang, 'secOptions')),
    field(
      t(lang, 'moneyUnit'),
      select('money-unit', money, form.moneyUnit ?? '', (v) => actions.setMoneyUnit(v === '' ? null : (v as MoneyUnit)), model.busy !== null),
      t(lang, 'moneyUnitHint'),
    ),
    radios(
      'target-mode',
      t(lang, 'targetMode'),
      [
        { value: 'fullYear', label: t(lang, 'targetModeFullYear') },
        { value: 'proRata', label: t(lang, 'targetModeProRata') },
      ],
      form.targetMode,
      (v) => actions.update({ targetMode: v as Form['targetMode'] }),
    ),
    radios(
      'share-base',
      t(lang, 'shareBase'),
      [
        { value: 'mustEnforce', label: t(lang, 'shareBaseP') },
        { value: 'totalAccepted', label: t(lang, 'shareBaseT') },
      ],
      form.shareBase,
      (v) => actions.update({ shareBase: v as Form['shareBase'] }),
    ),
  );
}

/**
 * The national-targets choice, with its figures: "Chỉ tiêu toàn ngành năm 2020 (mặc định): việc 80,00%,
 * tiền 38,00%"; for a year the domain does not know, says so (the choice is then not offered).
 */
function nationalLabel(national: NationalTarget | undefined, year: number | null, lang: Lang): string {
  const base = `${t(lang, 'targetsNational')}${year === null ? '' : ` ${year}`}`;
  if (!national) return `${base}: ${t(lang, 'noNationalShort')}`;
  const part = (key: 'targetViecShort' | 'targetTienShort', v: number | null) => (v === null ? null : `${t(lang, key)} ${percentText(v, lang)}`);
  const parts = [part('targetViecShort', national.viec), part('targetTienShort', national.tien)].filter((p) => p !== null);
  return `${base} (${t(lang, 'byDefault')}): ${parts.join(', ')}`;
}

/** "Từ 01/10/2018 đến 31/03/2019" under the month: the core's period arithmetic, shown in the sidebar's language. */
function spanText(range: ReturnType<typeof periodRange>, lang: Lang): string {
  return `${lang === 'vi' ? 'Từ' : 'From'} ${dayText(range.from)} ${lang === 'vi' ? 'đến' : 'to'} ${dayText(range.to)}`;
}
