/**
 * The sidebar application (bảng điều khiển): holds the server's state and the user's form, calls
 * the server through the typed client, and redraws its sections. All sheet text reaches the page
 * through dom.ts as text nodes.
 */
import type { ColumnRole, MoneyUnit } from '../../core/types';
import type { DetectRequest, MakeReportResponse, SidebarState, TableView } from '../../shared/rpc';
import { replace } from './dom';
import { buildSettings, defaultTargetsKind, formFromState, formYear, issuesStillStanding, setRole, setTable, explicitMapping, mappingIssues, type Form, type FormIssue } from './form';
import type { Lang } from './i18n';
import { regimeForYear } from '../../core/period/regimeForYear';
import type { RpcClient } from './rpc-client';
import { renderApp } from './view';
import { closeActions, type CloseActions } from './view-closes';

export type Busy = null | 'load' | 'detect' | 'targets' | 'grades' | 'report' | 'unitMapping';

/** Everything the view draws. */
export interface Model {
  lang: Lang;
  state: SidebarState | null;
  /** A message that stops everything (the state could not be read). */
  fatal: string | null;
  form: Form | null;
  table: TableView | null;
  /** Why there is no table (Vietnamese from the server), or a detection error. */
  tableMessage: string | null;
  /** Where the period was read from, for the sheet now shown; null when nothing was read. */
  periodGuess: SidebarState['periodGuess'];
  busy: Busy;
  /** Problems found when the user pressed "Tạo báo cáo". */
  issues: FormIssue[];
  /** A server failure of the last action, plain Vietnamese. */
  error: string | null;
  /** A note after creating the targets or the grading sheet. */
  notice: string | null;
  result: Extract<MakeReportResponse, { ok: true }> | null;
  /** What creating the «Đối chiếu đơn vị» sheet answered, shown beside the offer to create it. */
  /** What creating the «Đối chiếu đơn vị» sheet answered: a failure is shown as an error, not as done. */
  mappingNotice: { ok: boolean; message: string } | null;
}

/** What the view may ask for. */
export interface Actions extends CloseActions {
  toggleLang(): void;
  reload(): void;
  chooseSheet(sheet: string): void;
  setRange(text: string): void;
  detect(): void;
  setRole(column: number, role: ColumnRole): void;
  resetMapping(): void;
  /** Keeps a unit out of the ranking (the provincial office's own line) or puts it back. */
  setNotRanked(label: string, notRanked: boolean): void;
  /** The money unit to use when the sheet does not say (null = from the table); detects again. */
  setMoneyUnit(unit: MoneyUnit | null): void;
  update(patch: Partial<Form>, redraw?: boolean): void;
  createTargetsSheet(addMissing: boolean): void;
  createGradeSheet(): void;
  /** Creates the «Đối chiếu đơn vị» sheet once, pre-filled with the units that do not match by name. */
  createUnitMappingSheet(): void;
  makeReport(): void;
}

export function startApp(root: HTMLElement, rpc: RpcClient): Actions {
  const model: Model = {
    lang: 'vi',
    state: null,
    fatal: null,
    form: null,
    table: null,
    tableMessage: null,
    periodGuess: null,
    busy: 'load',
    issues: [],
    error: null,
    notice: null,
    result: null,
    mappingNotice: null,
  };

  function draw(): void {
    // Redrawing replaces the nodes: keep what the user opened, their scroll position and their focus.
    const active = document.activeElement;
    const focused = active instanceof HTMLElement ? active.id : '';
    // A redraw while the user types (a problem cleared) keeps the caret where it was.
    const caret = active instanceof HTMLInputElement && active.type === 'text' ? [active.selectionStart, active.selectionEnd] : null;
    const opened = Array.from(root.querySelectorAll('details[open]')).map((d) => d.id).filter((id) => id !== '');
    const scroll = window.scrollY;
    document.documentElement.lang = model.lang;
    replace(root, renderApp(model, actions));
    for (const id of opened) {
      const d = document.getElementById(id);
      if (d instanceof HTMLDetailsElement) d.open = true;
    }
    window.scrollTo(0, scroll);
    if (focused) {
      const el = document.getElementById(focused);
      if (el) el.focus({ preventScroll: true });
      const [start, end] = caret ?? [null, null];
      if (el instanceof HTMLInputElement && typeof start === 'number' && typeof end === 'number') el.setSelectionRange(start, end);
    }
  }

  async function load(sheet: string | null): Promise<void> {
    model.busy = 'load';
    model.fatal = null;
    draw();
    try {
      const state = await rpc.call('sidebarGetState', { sheet });
      if (!state.ok) {
        model.fatal = state.message;
      } else {
        model.state = state;
        const form = formFromState(state);
        model.lang = form.lang;
        model.form = form;
        model.table = state.detection.ok ? state.detection.table : null;
        model.tableMessage = state.detection.ok ? null : state.detection.message;
        model.periodGuess = state.periodGuess;
      }
    } catch (e) {
      model.fatal = e instanceof Error ? e.message : String(e);
    }
    model.busy = null;
    draw();
  }

  async function detect(withMapping: boolean, newSheet = false): Promise<void> {
    const form = model.form;
    if (!form) return;
    const range = form.range.trim();
    const request: DetectRequest = {
      source: { sheet: form.sheet, range: range === '' ? null : range, mapping: withMapping ? explicitMapping(form) : null },
      moneyUnit: form.moneyUnit,
      notRanked: [...form.notRanked],
      period: formYear(form) === null ? null : { year: formYear(form)!, month: form.month },
    };
    model.busy = 'detect';
    model.error = null;
    draw();
    try {
      const r = await rpc.call('sidebarDetect', request);
      if (r.ok) {
        const edited = withMapping ? form.columns.filter((c) => c.edited).map((c) => c.column) : [];
        setTable(form, r.table);
        // The user's choices stay marked as theirs after the server confirms them.
        for (const c of form.columns) if (edited.indexOf(c.column) >= 0) c.edited = true;
        model.table = r.table;
        model.tableMessage = null;
        if (newSheet) {
          model.periodGuess = r.periodGuess;
          if (r.periodGuess) {
            form.yearText = String(r.periodGuess.year);
            form.month = r.periodGuess.month;
            if (!form.targetsChosen) form.targetsKind = defaultTargetsKind(r.periodGuess.year);
          }
        }
        if (!form.regimeChosen) form.regime = r.regimeDefault ?? regimeForYear(formYear(form) ?? 2020);
      } else {
        if (!withMapping) {
          model.table = null;
          form.columns = [];
        }
        if (newSheet) model.periodGuess = null;
        model.tableMessage = r.message;
      }
    } catch (e) {
      model.error = e instanceof Error ? e.message : String(e);
    }
    model.busy = null;
    draw();
  }

  async function createTargetsSheet(addMissing: boolean): Promise<void> {
    const form = model.form;
    if (!form || !model.state) return;
    const year = formYear(form);
    const national = model.state.nationalTargets.find((n) => n.year === year);
    const range = form.range.trim();
    model.busy = 'targets';
    model.error = null;
    model.notice = null;
    draw();
    try {
      const r = await rpc.call('sidebarCreateTargetsSheet', {
        source: { sheet: form.sheet, range: range === '' ? null : range, mapping: explicitMapping(form) },
        year: year ?? new Date().getFullYear(),
        viec: national ? national.viec : null,
        tien: national ? national.tien : null,
        addMissing,
      });
      if (r.ok) {
        model.notice = r.message;
        model.state.targetsSheet = { name: r.sheetName, exists: true };
        form.targetsKind = 'sheet';
      } else model.error = r.message;
    } catch (e) {
      model.error = e instanceof Error ? e.message : String(e);
    }
    model.busy = null;
    draw();
  }

  async function createGradeSheet(): Promise<void> {
    if (!model.state || model.busy) return;
    model.busy = 'grades';
    model.error = null;
    model.notice = null;
    draw();
    try {
      const r = await rpc.call('sidebarCreateGradeSheet', {});
      if (r.ok) {
        model.notice = r.message;
        model.state.gradeSheet = { name: r.sheetName, exists: true };
      } else model.error = r.message;
    } catch (e) {
      model.error = e instanceof Error ? e.message : String(e);
    }
    model.busy = null;
    draw();
  }

  async function createUnitMappingSheet(): Promise<void> {
    const form = model.form;
    if (!form || model.busy) return;
    const built = buildSettings(form);
    if (!built.ok) {
      model.issues = built.issues;
      draw();
      return;
    }
    model.busy = 'unitMapping';
    model.mappingNotice = null;
    draw();
    try {
      const r = await rpc.call('sidebarCreateUnitMappingSheet', { settings: built.settings });
      model.mappingNotice = { ok: r.ok, message: r.message };
    } catch (e) {
      model.mappingNotice = { ok: false, message: e instanceof Error ? e.message : String(e) };
    }
    model.busy = null;
    draw();
  }

  async function makeReport(): Promise<void> {
    const form = model.form;
    if (!form || model.busy) return;
    model.result = null;
    model.error = null;
    model.notice = null;
    model.mappingNotice = null;
    const built = buildSettings(form);
    if (!built.ok) {
      model.issues = built.issues;
      draw();
      const box = document.getElementById('issues');
      if (box) box.focus();
      return;
    }
    model.issues = [];
    model.busy = 'report';
    draw();
    try {
      const r = await rpc.call('sidebarMakeReport', built.settings);
      if (r.ok) {
        // The server kept the settings for "Tạo lại báo cáo" with the report, under the same lock.
        model.result = r;
        const { year, month } = built.settings.period;
        if (model.state) {
          const others = model.state.reports.filter((x) => x.year !== year || x.month !== month);
          model.state.reports = [...others, { year, month, sheetName: r.sheetName }];
        }
      } else model.error = r.message;
    } catch (e) {
      model.error = e instanceof Error ? e.message : String(e);
    }
    model.busy = null;
    draw();
    const out = document.getElementById(model.result ? 'result' : 'error');
    if (out) out.focus();
  }

  const actions: Actions = {
    ...closeActions(model, rpc, () => draw()),
    toggleLang() {
      model.lang = model.lang === 'vi' ? 'en' : 'vi';
      if (model.form) model.form.lang = model.lang;
      draw();
      // Remembered for this user (user properties); the switch works even if that call fails.
      rpc.call('sidebarSetLanguage', { language: model.lang }).catch(() => undefined);
    },
    reload() {
      void load(null);
    },
    chooseSheet(sheet) {
      if (!model.form) return;
      model.form.sheet = sheet;
      model.form.range = '';
      model.form.columns = [];
      model.form.notRanked = [];
      if (model.form.comparison === sheet) model.form.comparison = '';
      void detect(false, true);
    },
    setRange(text) {
      if (model.form) model.form.range = text;
    },
    detect() {
      void detect(false);
    },
    setRole(column, role) {
      const form = model.form;
      if (!form) return;
      setRole(form, column, role);
      model.issues = issuesStillStanding(model.issues, form);
      // Confirm with the server only a mapping that can work; otherwise show what is missing.
      if (mappingIssues(form).some((i) => i.severity === 'error')) draw();
      else void detect(true);
    },
    resetMapping() {
      void detect(false);
    },
    setMoneyUnit(unit) {
      const form = model.form;
      if (!form) return;
      form.moneyUnit = unit;
      void detect(form.columns.some((c) => c.edited));
    },
    setNotRanked(label, notRanked) {
      const form = model.form;
      if (!form) return;
      form.notRanked = form.notRanked.filter((l) => l !== label);
      if (notRanked) form.notRanked.push(label);
      void detect(form.columns.some((c) => c.edited));
    },
    update(patch, redraw = true) {
      const form = model.form;
      if (!form) return;
      Object.assign(form, patch);
      if (patch.yearText !== undefined) {
        const y = formYear(form);
        if (y !== null && !form.regimeChosen) form.regime = regimeForYear(y);
        if (y !== null && !form.targetsChosen) form.targetsKind = defaultTargetsKind(y);
      }
      // A problem shown after "Tạo báo cáo" goes as soon as its input is fixed.
      const before = model.issues.length;
      model.issues = issuesStillStanding(model.issues, form);
      if (redraw || model.issues.length !== before) draw();
    },
    createTargetsSheet(addMissing) {
      void createTargetsSheet(addMissing);
    },
    createGradeSheet() {
      void createGradeSheet();
    },
    createUnitMappingSheet() {
      void createUnitMappingSheet();
    },
    makeReport() {
      void makeReport();
    },
  };

  void load(null);
  return actions;
}
