/**
 * What the user has chosen in the sidebar (biểu mẫu cài đặt), as plain data, and how it becomes the
 * settings the server receives. Pure: no DOM, so every rule here is unit-tested (test/pages).
 *
 * @example
 * const form = formFromState(state);          // saved settings, else what was detected/guessed
 * const r = buildSettings(form);               // { ok: true, settings } or { ok: false, issues }
 */
import type { ColumnMapping, ColumnRole, MoneyUnit, Regime } from '../../core/types';
import type { ExplicitMapping, ReportSettings, SidebarState, TableView, TargetsChoice } from '../../shared/rpc';
import type { Lang } from './i18n';
import { percentInputText } from './percent';
import { parseTargetInput, type TargetInputProblem } from '../../core/numbers/parseTargetInput';
import { nationalTargets } from '../../core/targets/nationalTargets';
import { isPeriod } from '../../core/period/isPeriod';
import { regimeForYear } from '../../core/period/regimeForYear';
import { validateMapping, type MappingIssue } from './validate-mapping';
import { sourcesFromState, sourcesSettings, type SourcesForm } from './sources';

/** One column as the sidebar lists it; `edited` when the user chose its role. */
export interface FormColumn extends ColumnMapping {
  edited: boolean;
}

export type TargetsKind = TargetsChoice['kind'];
export type RankKind = ReportSettings['rankBy']['kind'];

export interface Form extends SourcesForm {
  lang: Lang;
  sheet: string;
  range: string;
  /** The columns of the detected table with the user's corrections; empty without a table. */
  columns: FormColumn[];
  headerEnd: number | null;
  yearText: string;
  month: number;
  regime: Regime;
  /** False until the user picks a regime: then it follows the year. */
  regimeChosen: boolean;
  targetsKind: TargetsKind;
  /** False until the user picks where targets come from: then it follows the year (national when known). */
  targetsChosen: boolean;
  viecText: string;
  tienText: string;
  backlogText: string;
  comparison: string;
  rankKind: RankKind;
  weightViecText: string;
  weightTienText: string;
  moneyUnit: MoneyUnit | null;
  notRanked: string[];
  targetMode: ReportSettings['targetMode'];
  shareBase: ReportSettings['shareBase'];
}

/** A problem that stops the report, said in the sidebar's language. */
export type FormIssue =
  | { kind: 'mapping'; issue: MappingIssue }
  | { kind: 'noTable' }
  | { kind: 'year' }
  | { kind: 'percent'; field: 'viec' | 'tien' | 'backlog'; text: string; problem: TargetInputProblem; reason: string; suggestion?: number }
  | { kind: 'noTargetValue' }
  | { kind: 'noNational'; year: number }
  | { kind: 'weights' }
  | { kind: 'noScoreColumn' }
  | { kind: 'sameComparison' };

function currentYear(): number {
  return new Date().getFullYear();
}

/**
 * The sidebar's first form: the saved settings when they are for this sheet, else the guesses. The
 * language is the user's (state.language: their last choice, else their locale), not the document's:
 * two colleagues on one spreadsheet each keep theirs.
 */
export function formFromState(state: SidebarState): Form {
  const saved = state.settings && state.settings.source.sheet === state.activeSheet ? state.settings : null;
  const table = state.detection.ok ? state.detection.table : null;
  // The period read from a title, else the tab's own ("T3/2024", or "T3" in its series' year).
  const guess = state.periodGuess ?? state.sources.period;
  const year = saved ? saved.period.year : guess ? guess.year : currentYear();
  const form: Form = {
    lang: state.language,
    sheet: state.activeSheet,
    range: saved && saved.source.range ? saved.source.range : '',
    columns: [],
    headerEnd: null,
    yearText: String(year),
    month: saved ? saved.period.month : guess ? guess.month : 12,
    regime: saved ? saved.regime : state.regimeDefault ?? regimeForYear(year),
    regimeChosen: saved !== null,
    targetsKind: saved ? saved.targets.kind : defaultTargetsKind(year),
    targetsChosen: saved !== null,
    viecText: '',
    tienText: '',
    backlogText: '',
    // Last year's tab found by period is proposed; none when there is none or several (the user's choice).
    comparison: saved ? (saved.comparison ? saved.comparison.sheet : '') : (state.sources.lastYear?.proposed ?? ''),
    rankKind: saved ? saved.rankBy.kind : 'viec',
    weightViecText: '1',
    weightTienText: '1',
    moneyUnit: saved ? saved.moneyUnit : null,
    notRanked: saved ? saved.notRanked : [],
    targetMode: saved ? saved.targetMode : 'fullYear',
    shareBase: saved ? saved.shareBase : 'mustEnforce',
    ...sourcesFromState(state, saved),
  };
  if (saved && saved.targets.kind === 'uniform') {
    form.viecText = percentInputText(saved.targets.viec);
    form.tienText = percentInputText(saved.targets.tien);
    form.backlogText = percentInputText(saved.targets.backlogReduction);
  }
  if (saved && saved.rankBy.kind === 'weighted') {
    form.weightViecText = String(saved.rankBy.weightViec);
    form.weightTienText = String(saved.rankBy.weightTien);
  }
  if (table) setTable(form, table);
  return form;
}

/**
 * Where targets come from until the user chooses (nguồn chỉ tiêu mặc định): the year's national
 * targets when the domain knows them — offered, visibly selected, and named "(mặc định)" in the
 * report — else none. Never empty % fields that then fail.
 */
export function defaultTargetsKind(year: number | null): TargetsKind {
  return year !== null && nationalTargets(year) ? 'national' : 'none';
}

/** Takes a (re)detected table into the form; the columns the server confirmed become its mapping. */
export function setTable(form: Form, table: TableView): void {
  form.sheet = table.sheet;
  form.headerEnd = table.headerEnd;
  form.columns = table.columns.map((c) => ({ ...c, reasons: [...c.reasons], edited: false }));
  // The detector may leave the label column out of `columns`: the sidebar lists it like any other.
  if (!form.columns.some((c) => c.role.kind === 'label')) {
    const existing = form.columns.find((c) => c.column === table.labelColumn);
    if (existing) existing.role = { kind: 'label' };
    else {
      form.columns.push({ column: table.labelColumn, role: { kind: 'label' }, header: '', confidence: table.confidence, reasons: [], edited: false });
      form.columns.sort((a, b) => a.column - b.column);
    }
  }
}

/** The user picks a role for a column. Picking the unit name moves it off the old label column. */
export function setRole(form: Form, column: number, role: ColumnRole): void {
  for (const c of form.columns) {
    if (c.column === column) {
      c.role = role;
      c.edited = true;
      c.confidence = 1;
    } else if (role.kind === 'label' && c.role.kind === 'label') {
      c.role = { kind: 'ignored' };
      c.edited = true;
    }
  }
}

/** The user's corrections as an ExplicitMapping, or null when nothing was corrected (detect). */
export function explicitMapping(form: Form): ExplicitMapping | null {
  if (!form.columns.some((c) => c.edited)) return null;
  const label = form.columns.find((c) => c.role.kind === 'label');
  const mapping: ExplicitMapping = {
    labelColumn: label ? label.column : 0,
    columns: form.columns
      .filter((c) => c.role.kind !== 'ignored' && c.role.kind !== 'label')
      .map((c) => ({ column: c.column, role: c.role })),
  };
  if (form.headerEnd !== null) mapping.headerEnd = form.headerEnd;
  if (form.moneyUnit !== null) mapping.moneyUnit = form.moneyUnit;
  if (form.notRanked.length > 0) mapping.notRanked = [...form.notRanked];
  return mapping;
}

/** The mapping's problems (required columns, a role on two columns). */
export function mappingIssues(form: Form): MappingIssue[] {
  return validateMapping(form.columns);
}

function parseYear(text: string): number | null {
  const t = text.trim();
  if (!/^\d{4}$/.test(t)) return null;
  const y = Number(t);
  return isPeriod({ year: y, month: 1 }) ? y : null;
}

/** The year typed, or null while it is not a statistical year (2000–2100). */
export function formYear(form: Form): number | null {
  return parseYear(form.yearText);
}

function parseWeight(text: string): number | null {
  const t = text.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(t)) return null;
  return Number(t);
}

/** The settings to send, or every problem that stops the report (nothing is sent then). */
export function buildSettings(form: Form): { ok: true; settings: ReportSettings } | { ok: false; issues: FormIssue[] } {
  const issues: FormIssue[] = [];
  if (form.columns.length === 0) issues.push({ kind: 'noTable' });
  else for (const issue of mappingIssues(form)) if (issue.severity === 'error') issues.push({ kind: 'mapping', issue });

  const year = parseYear(form.yearText);
  if (year === null) issues.push({ kind: 'year' });

  let targets: TargetsChoice = { kind: 'none' };
  if (form.targetsKind === 'sheet') targets = { kind: 'sheet' };
  if (form.targetsKind === 'national') {
    targets = { kind: 'national' };
    if (year !== null && !nationalTargets(year)) issues.push({ kind: 'noNational', year });
  }
  if (form.targetsKind === 'uniform') {
    const read = (field: 'viec' | 'tien' | 'backlog', text: string): number | null => {
      const r = parseTargetInput(text);
      if (!r.ok) {
        issues.push({ kind: 'percent', field, text, problem: r.problem, reason: r.reason, ...(r.suggestion !== undefined ? { suggestion: r.suggestion } : {}) });
        return null;
      }
      return r.value;
    };
    const viec = read('viec', form.viecText);
    const tien = read('tien', form.tienText);
    const backlogReduction = read('backlog', form.backlogText);
    const typedSomething = [form.viecText, form.tienText, form.backlogText].some((s) => s.trim() !== '');
    if (!typedSomething) issues.push({ kind: 'noTargetValue' });
    targets = { kind: 'uniform', viec, tien, backlogReduction };
  }

  let rankBy: ReportSettings['rankBy'] = { kind: 'viec' };
  if (form.rankKind === 'tien') rankBy = { kind: 'tien' };
  if (form.rankKind === 'score') {
    rankBy = { kind: 'score' };
    if (!form.columns.some((c) => c.role.kind === 'score')) issues.push({ kind: 'noScoreColumn' });
  }
  if (form.rankKind === 'weighted') {
    const wv = parseWeight(form.weightViecText);
    const wt = parseWeight(form.weightTienText);
    if (wv === null || wt === null || wv + wt === 0) issues.push({ kind: 'weights' });
    rankBy = { kind: 'weighted', weightViec: wv ?? 0, weightTien: wt ?? 0 };
  }

  if (form.comparison !== '' && form.comparison === form.sheet) issues.push({ kind: 'sameComparison' });

  if (issues.length > 0 || year === null) return { ok: false, issues };
  const range = form.range.trim();
  return {
    ok: true,
    settings: {
      source: { sheet: form.sheet, range: range === '' ? null : range, mapping: explicitMapping(form) },
      period: { year, month: form.month },
      regime: form.regime,
      targets,
      targetMode: form.targetMode,
      shareBase: form.shareBase,
      comparison: form.comparison === '' ? null : { sheet: form.comparison, range: null },
      rankBy,
      moneyUnit: form.moneyUnit,
      notRanked: [...form.notRanked],
      language: form.lang,
      ...sourcesSettings(form, { year, month: form.month }),
    },
  };
}

/** Which input a problem is about, so that fixing that input clears it (and only it). */
function issueKey(issue: FormIssue): string {
  if (issue.kind === 'percent') return `percent:${issue.field}`;
  if (issue.kind === 'mapping') return `mapping:${issue.issue.code}:${issue.issue.measure ?? ''}:${issue.issue.key ?? ''}`;
  return issue.kind;
}

/**
 * The problems shown after "Tạo báo cáo" that still stand (lỗi còn lại): each one clears as soon as
 * the input that caused it is fixed; none is added before the user asks for the report again.
 */
export function issuesStillStanding(shown: readonly FormIssue[], form: Form): FormIssue[] {
  if (shown.length === 0) return [];
  const built = buildSettings(form);
  if (built.ok) return [];
  const now = new Map(built.issues.map((i) => [issueKey(i), i] as const));
  const out: FormIssue[] = [];
  for (const i of shown) {
    const still = now.get(issueKey(i));
    if (still) out.push(still);
  }
  return out;
}
