/**
 * No data lost (issue 6, item 2): every action of the add-on — every trigger, menu action and sidebar
 * function of src/server/entrypoints.ts — is run through the BUILT stubs on a user's workbook, with
 * valid and with invalid arguments. Every sheet the action did not create stays as it was: values,
 * formulas, number formats, merges, notes, styles, frozen rows, hidden flags, charts, conditional
 * formats, developer metadata, names and order. Sheets the action creates carry the add-on's mark.
 * Invalid arguments (refused by the contract's schema, or naming a sheet, range or mapping that does not
 * hold a table) are refused in Vietnamese and write nothing at all — no sheet, no cell, no setting.
 */
import { runInContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { entrypoints } from '../../src/server/entrypoints';
import { requestSchemas, type RpcName } from '../../src/shared/rpc';
import { boundaryViolation } from '../../scripts/preview';
import type { SheetModel } from '../../runtime/model/sheet';
import {
  failNthCall,
  newSheets,
  ownerOf,
  runtimeOver,
  snapshotDocument,
  snapshotSheet,
  snapshotWorkbook,
  userSheetChanges,
  valuesOf,
  type AppsScriptRuntime,
  type Workbook,
} from './harness';
import { DATA_SHEET, REPORT_NAME_2020, reportSettings, userWorkbook } from './userWorkbook';
import { messageProblem, thrownMessage } from './vietnameseMessage';

const source = { sheet: DATA_SHEET, range: null, mapping: null };

/** Valid arguments of each action (a new action must be listed here: the first test says so). */
const VALID: Record<string, unknown[][]> = {
  onOpen: [[{ authMode: 'NONE', source: null }], []],
  onInstall: [[{ authMode: 'FULL' }]],
  showSidebar: [[]],
  remakeReport: [[]],
  showHelp: [[]],
  sidebarGetState: [[{ sheet: null }], [{ sheet: 'Ghi chú' }], [{ sheet: REPORT_NAME_2020 }]],
  sidebarDetect: [[{ source, moneyUnit: null, notRanked: [] }], [{ source: { sheet: DATA_SHEET, range: 'A4:H9', mapping: null }, moneyUnit: 'nghin', notRanked: ['Chi cục THADS huyện C'] }]],
  sidebarSaveSettings: [[reportSettings()]],
  sidebarCreateTargetsSheet: [[{ source, year: 2020, viec: 0.8, tien: 0.38, addMissing: false }], [{ source, year: 2020, viec: null, tien: null, addMissing: true }]],
  sidebarCreateGradeSheet: [[{}]],
  sidebarCreateUnitMappingSheet: [[{ settings: reportSettings({ comparison: { sheet: DATA_SHEET, range: null } }) }]],
  sidebarMakeReport: [[reportSettings()], [reportSettings({ targets: { kind: 'none' }, rankBy: { kind: 'tien' } })]],
  sidebarSetLanguage: [[{ language: 'en' }], [{ language: 'vi' }]],
  sidebarClosePeriod: [[{ settings: reportSettings(), closedBy: null }], [{ settings: reportSettings(), closedBy: 'Nguyễn Văn A' }]],
  sidebarRemoveClose: [[{ close: 1, confirmed: true }]],
};

/** Arguments a caller may send that are wrong in shape or in content: nothing may be written. */
const INVALID_REQUESTS: unknown[] = [
  undefined,
  null,
  42,
  'Thống kê',
  [],
  {},
  { sheet: 123 },
  { source: 'Thống kê' },
  { ...reportSettings(), period: { year: 1999, month: 13 } },
  { ...reportSettings(), regime: 'C' },
  { ...reportSettings(), source: { sheet: 'Không có trang này', range: null, mapping: null } },
  { ...reportSettings(), source: { sheet: 'Ghi chú', range: null, mapping: null } },
  { ...reportSettings(), source: { sheet: DATA_SHEET, range: 'ZZ9000:ZZZ9999', mapping: null } },
  { ...reportSettings(), source: { sheet: DATA_SHEET, range: "'Ghi chú'!A1:C3", mapping: null } },
  { ...reportSettings(), source: { sheet: DATA_SHEET, range: 'không phải A1', mapping: null } },
  { ...reportSettings(), source: { sheet: DATA_SHEET, range: null, mapping: { labelColumn: 99, columns: [{ column: 120, role: { kind: 'quantity', measure: 'viec', key: 'enforceable' } }] } } },
  { ...reportSettings(), comparison: { sheet: 'Ghi chú', range: null } },
  { ...reportSettings(), comparison: { sheet: 'Không có', range: null } },
  { ...reportSettings(), targets: { kind: 'uniform', viec: 80, tien: -1, backlogReduction: null } },
  { ...reportSettings(), targets: { kind: 'sheet' } },
  { ...reportSettings(), notRanked: 'tất cả' },
  { source, year: 2020, viec: 0.8, tien: 0.38, addMissing: 'yes' },
  { source: { sheet: 'Ghi chú', range: null, mapping: null }, year: 2020, viec: 0.8, tien: 0.38, addMissing: false },
  { source: { sheet: 'Lưu trữ', range: null, mapping: null }, moneyUnit: null, notRanked: [] },
];

/** The request as google.script.run delivers it: serialized, then parsed in the server's realm. */
function viaGoogleScriptRun(runtime: AppsScriptRuntime, request: unknown): unknown {
  if (request === undefined) return undefined;
  return (runInContext('JSON.parse', runtime.context) as (s: string) => unknown)(JSON.stringify(request));
}

type Outcome = { returned: unknown } | { thrown: string };

function run(runtime: AppsScriptRuntime, name: string, args: unknown[]): Outcome {
  try {
    return { returned: runtime.call(name, ...args.map((a) => viaGoogleScriptRun(runtime, a))) };
  } catch (e) {
    return { thrown: thrownMessage(e) };
  }
}

/**
 * A sidebar function answers `{ ok: true, … }` or `{ ok: false, message }` in Vietnamese, never throws,
 * and answers only what google.script.run can carry back (no Date, no undefined in an array, no NaN).
 */
function rpcAnswerProblems(outcome: Outcome): string[] {
  if ('thrown' in outcome) return [`threw instead of answering { ok: false, message }: ${outcome.thrown}`];
  const r = outcome.returned as { ok?: unknown; message?: unknown } | null;
  if (r === null || typeof r !== 'object' || typeof r.ok !== 'boolean') return [`not a response: ${JSON.stringify(r)}`];
  const unsendable = boundaryViolation(r);
  if (unsendable) return [`google.script.run cannot carry ${unsendable} back to the sidebar`];
  if (r.ok === false) {
    const p = messageProblem(r.message);
    return p ? [p] : [];
  }
  return [];
}

const rpcNames = entrypoints.filter((e) => e.kind === 'rpc').map((e) => e.name);

describe('every action of the add-on is covered', () => {
  it('has valid arguments listed here for each entry point', () => {
    expect(entrypoints.length).toBeGreaterThan(0);
    expect(Object.keys(VALID)).toEqual(expect.arrayContaining(entrypoints.map((e) => e.name)));
  });

  it('includes the report action and the menu re-run', () => {
    expect(entrypoints.map((e) => e.name)).toEqual(expect.arrayContaining(['sidebarMakeReport', 'remakeReport', 'onOpen']));
  });
});

describe.each(entrypoints.map((e) => [e.name, e] as const))('%s with valid arguments', (name, entry) => {
  it.each((VALID[name] ?? []).map((args, i) => [i + 1, args] as const))(
    'case %i: leaves every user sheet as it was and marks what it creates',
    async (_i, args) => {
      const workbook = userWorkbook();
      const before = snapshotWorkbook(workbook);
      const runtime = await runtimeOver(workbook);
      // The menu re-run needs saved settings to do anything: save them first (through the add-on).
      if (name === 'remakeReport') run(runtime, 'sidebarSaveSettings', [reportSettings()]);
      // A close is removed only once made: make it first (through the add-on).
      if (name === 'sidebarRemoveClose') run(runtime, 'sidebarClosePeriod', [{ settings: reportSettings(), closedBy: null }]);
      const outcome = run(runtime, name, args);

      expect(userSheetChanges(before, workbook)).toEqual([]);
      for (const s of newSheets(before, workbook)) {
        expect(s.owner, `new sheet "${s.name}" carries the add-on's mark`).not.toBeNull();
        expect(s.owner, `no temporary sheet left behind: "${s.name}"`).not.toBe('temp');
      }
      if (entry.kind === 'rpc') {
        expect(rpcAnswerProblems(outcome)).toEqual([]);
        expect(outcome, 'a valid request succeeds').toHaveProperty('returned.ok', true);
      } else expect('thrown' in outcome ? outcome.thrown : null).toBeNull();
      if (name === 'remakeReport' || name === 'sidebarMakeReport') {
        expect(newSheets(before, workbook).filter((s) => s.owner?.startsWith('report') && !s.hidden), 'the report was made').toHaveLength(1);
      }
    },
  );
});

/** Functions that only read: a question about a sheet with no table is a valid question. */
const READ_ONLY = ['sidebarGetState', 'sidebarDetect'];

describe.each(rpcNames.map((n) => [n] as const))('%s with invalid arguments', (name) => {
  it.each(INVALID_REQUESTS.map((r, i) => [i + 1, JSON.stringify(r)?.slice(0, 90) ?? 'undefined', r] as const))(
    'case %i (%s): answers in Vietnamese and writes nothing',
    async (_i, _label, request) => {
      const workbook = userWorkbook();
      const users = snapshotWorkbook(workbook);
      const runtime = await runtimeOver(workbook);
      const before = JSON.stringify(snapshotDocument(workbook));
      const properties = JSON.stringify(workbook.documentProperties);
      const outcome = run(runtime, name, [request]);
      const answer = 'returned' in outcome ? (outcome.returned as { ok?: boolean }) : null;
      const wellFormed = requestSchemas()[name as RpcName].safeParse(JSON.parse(JSON.stringify(request ?? null))).success;

      expect(rpcAnswerProblems(outcome)).toEqual([]);
      expect(userSheetChanges(users, workbook)).toEqual([]);
      if (wellFormed && name === 'sidebarSaveSettings') return; // settings naming a sheet that is gone may be kept
      if (wellFormed && name === 'sidebarCreateGradeSheet') return; // it takes no parameters: any object asks for the sheet
      if (!(wellFormed && READ_ONLY.includes(name))) expect(answer?.ok, 'refused').toBe(false);
      expect(JSON.stringify(snapshotDocument(workbook))).toBe(before);
      expect(JSON.stringify(workbook.documentProperties)).toBe(properties);
    },
  );
});

describe('the report over a user’s sheet of the same name', () => {
  it('leaves the user’s "Báo cáo 12 tháng năm 2020" alone, writes "… (2)", and a re-run replaces only its own report', async () => {
    const workbook = userWorkbook();
    const before = snapshotWorkbook(workbook);
    const runtime = await runtimeOver(workbook);

    const first = run(runtime, 'sidebarMakeReport', [reportSettings()]);
    expect(rpcAnswerProblems(first)).toEqual([]);
    expect((first as { returned: { ok: boolean; sheetName?: string } }).returned).toMatchObject({ ok: true, sheetName: `${REPORT_NAME_2020} (2)` });
    const afterFirst = newSheets(before, workbook);

    const second = run(runtime, 'sidebarMakeReport', [reportSettings()]);
    expect((second as { returned: { ok: boolean; sheetName?: string } }).returned).toMatchObject({ ok: true, sheetName: `${REPORT_NAME_2020} (2)` });
    expect(userSheetChanges(before, workbook)).toEqual([]);
    expect(newSheets(before, workbook).map((s) => [s.name, s.hidden])).toEqual(afterFirst.map((s) => [s.name, s.hidden]));
    expect(newSheets(before, workbook).filter((s) => s.owner?.startsWith('report'))).toHaveLength(1);
  });

  it('never deletes or renames a user’s sheet even when it carries another add-on-like name', async () => {
    const workbook = userWorkbook();
    workbook.addSheet('THADS đang tạo báo cáo', [['trang của người dùng, tên trùng tên trang tạm']]);
    workbook.addSheet('Chỉ tiêu', [['Đơn vị', 'Năm', 'Chỉ tiêu việc'], ['Chi cục THADS huyện A', 2020, 0.85]]);
    const before = snapshotWorkbook(workbook);
    const runtime = await runtimeOver(workbook);
    run(runtime, 'sidebarCreateTargetsSheet', [{ source, year: 2020, viec: 0.8, tien: 0.38, addMissing: true }]);
    run(runtime, 'sidebarMakeReport', [reportSettings()]);
    run(runtime, 'sidebarMakeReport', [reportSettings({ targets: { kind: 'sheet' } })]);
    expect(userSheetChanges(before, workbook)).toEqual([]);
  });
});

describe('settings at the limits the contract allows', () => {
  // 1.000 labels of 200 characters pass the schema but are more than a document property holds (9 KB).
  const notRanked = Array.from({ length: 1000 }, (_, i) => `Chi cục THADS huyện ${'Ư'.repeat(170)} ${i}`.slice(0, 200));

  it.each(['sidebarSaveSettings', 'sidebarMakeReport'])('%s answers in Vietnamese; refused, it writes nothing', async (name) => {
    const workbook = userWorkbook();
    const users = snapshotWorkbook(workbook);
    const before = JSON.stringify({ doc: snapshotDocument(workbook), props: workbook.documentProperties });
    const runtime = await runtimeOver(workbook);
    const outcome = run(runtime, name, [reportSettings({ notRanked })]);
    expect(rpcAnswerProblems(outcome)).toEqual([]);
    expect(userSheetChanges(users, workbook)).toEqual([]);
    if ((outcome as { returned: { ok: boolean } }).returned.ok === false) {
      expect(JSON.stringify({ doc: snapshotDocument(workbook), props: workbook.documentProperties })).toBe(before);
    }
  });
});

describe('the "Chỉ tiêu" sheet, once created, is the user’s', () => {
  it('adding missing units appends rows and never rewrites a row the user filled in', async () => {
    const workbook = userWorkbook();
    const runtime = await runtimeOver(workbook);
    const created = run(runtime, 'sidebarCreateTargetsSheet', [{ source, year: 2020, viec: null, tien: null, addMissing: false }]);
    expect(rpcAnswerProblems(created)).toEqual([]);
    const name = (created as { returned: { sheetName: string } }).returned.sheetName;
    const targets = workbook.sheet(name)!;
    // The user types a target for the first unit and removes the last unit's row.
    const firstDataRow = targets.rows.findIndex((row, i) => i > 0 && row?.some((c) => c?.value === 'Chi cục THADS huyện A')) + 1;
    expect(firstDataRow).toBeGreaterThan(1);
    targets.ensureCell(firstDataRow, 3).value = 0.85;
    const lastRow = targets.lastRow();
    targets.rows.splice(lastRow - 1, 1);
    const before = snapshotWorkbook(workbook);
    const kept = JSON.stringify(before.get(targets.id)!.cells);

    const again = run(runtime, 'sidebarCreateTargetsSheet', [{ source, year: 2020, viec: null, tien: null, addMissing: true }]);
    expect(rpcAnswerProblems(again)).toEqual([]);
    expect((again as { returned: { unitsAdded: number } }).returned.unitsAdded).toBe(1);
    const now = snapshotWorkbook(workbook).get(targets.id)!.cells;
    for (const [a1, cell] of Object.entries(JSON.parse(kept) as Record<string, unknown>)) {
      expect(now[a1], `cell ${a1} of "${name}" kept`).toEqual(cell);
    }
  });
});

describe('the comparison these tests rely on', () => {
  const changes = (edit: (wb: ReturnType<typeof userWorkbook>) => void): string[] => {
    const workbook = userWorkbook();
    const before = snapshotWorkbook(workbook);
    edit(workbook);
    return userSheetChanges(before, workbook);
  };
  const data = (wb: ReturnType<typeof userWorkbook>) => wb.sheet(DATA_SHEET)!;

  it('sees every kind of loss: a value, a formula, a number format, a merge, a note, a style, a name, the order, a hidden flag, a sheet', () => {
    expect(changes((wb) => (data(wb).ensureCell(6, 4).value = 4030))).toHaveLength(1);
    expect(changes((wb) => delete wb.sheet('Ghi chú')!.ensureCell(3, 1).formula)).toHaveLength(1);
    expect(changes((wb) => (data(wb).ensureCell(6, 4).numberFormat = '0.00'))).toHaveLength(1);
    expect(changes((wb) => data(wb).merges.pop())).toHaveLength(1);
    expect(changes((wb) => (data(wb).ensureCell(6, 2).note = ''))).toHaveLength(1);
    expect(changes((wb) => (data(wb).ensureCell(4, 1).style = { fontWeight: 'normal' }))).toHaveLength(1);
    expect(changes((wb) => (data(wb).name = 'Thống kê (cũ)'))).toHaveLength(1);
    expect(changes((wb) => wb.sheets.reverse())).toHaveLength(1);
    expect(changes((wb) => (wb.sheet('Lưu trữ')!.hidden = false))).toHaveLength(1);
    expect(changes((wb) => (data(wb).frozenRows = 0))).toHaveLength(1);
    expect(changes((wb) => data(wb).developerMetadata.pop())).toHaveLength(1);
    expect(changes((wb) => wb.sheets.splice(1, 1))).toEqual(['sheet "Ghi chú" was deleted']);
  });

  it('does not count a sheet added beside them as a change', () => {
    expect(changes((wb) => wb.insertSheet('Báo cáo mới', 0))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Issue 12, item 7: re-making a report deletes only the sheet the add-on made, as it made it.

/** The user's workbook without the draft that has the report's name, so the add-on's report takes that name. */
async function withoutDraft(): Promise<{ workbook: Workbook; runtime: AppsScriptRuntime }> {
  const workbook = userWorkbook();
  workbook.sheets = workbook.sheets.filter((s) => s.name !== REPORT_NAME_2020);
  return { workbook, runtime: await runtimeOver(workbook) };
}

function makeReportAnswer(runtime: AppsScriptRuntime): { ok: boolean; sheetName?: string; message?: string } {
  const outcome = run(runtime, 'sidebarMakeReport', [reportSettings()]);
  expect(rpcAnswerProblems(outcome)).toEqual([]);
  return (outcome as { returned: { ok: boolean; sheetName?: string; message?: string } }).returned;
}

/** The sheets that are the add-on's report of 2020-12 as the add-on sees them (mark and own sheet id). */
function ownReports(workbook: Workbook): SheetModel[] {
  return workbook.sheets.filter((s) => {
    const made = s.developerMetadata.find((m) => m.key === 'thads.made');
    return ownerOf(s) === 'report:2020-12' && made !== undefined && (JSON.parse(made.value ?? '{}') as { sheetId?: number }).sheetId === s.id;
  });
}

describe('re-making a report (issue 12, item 7)', () => {
  it('replaces the add-on’s own unchanged report of the period, under its name, with nothing left beside it', async () => {
    const { workbook, runtime } = await withoutDraft();
    expect(makeReportAnswer(runtime)).toMatchObject({ ok: true, sheetName: REPORT_NAME_2020 });
    const firstId = workbook.sheet(REPORT_NAME_2020)!.id;
    const second = makeReportAnswer(runtime);
    expect(second).toMatchObject({ ok: true, sheetName: REPORT_NAME_2020 });
    expect(second.message).not.toMatch(/giữ nguyên/);
    expect(workbook.sheet(REPORT_NAME_2020)!.id).not.toBe(firstId);
    expect(workbook.sheetNames().filter((n) => n.startsWith('Báo cáo'))).toEqual([REPORT_NAME_2020]);
  });

  it('protects a report with a warning only (Sheets asks before an edit, never refuses it)', async () => {
    const { workbook, runtime } = await withoutDraft();
    makeReportAnswer(runtime);
    expect(workbook.sheet(REPORT_NAME_2020)!.protections).toEqual([{ warningOnly: true, description: expect.stringMatching(/tiện ích THADS/) }]);
    expect(workbook.sheet(DATA_SHEET)!.protections).toEqual([]);
  });

  it('keeps a report the user edited, as edited, as the user’s sheet (no mark, no protection), and writes the new one beside it, saying so', async () => {
    const { workbook, runtime } = await withoutDraft();
    makeReportAnswer(runtime);
    const edited = workbook.sheet(REPORT_NAME_2020)!;
    edited.ensureCell(edited.lastRow() + 2, 1).value = 'Ý kiến của lãnh đạo: đề nghị các Chi cục khẩn trương…';
    const cellsAsEdited = snapshotSheet(edited, 0).cells;

    const second = makeReportAnswer(runtime);
    expect(second).toMatchObject({ ok: true, sheetName: `${REPORT_NAME_2020} (2)` });
    expect(second.message).toContain(`“${REPORT_NAME_2020}”`);
    expect(second.message).toContain(`“${REPORT_NAME_2020} (2)”`);
    expect(workbook.sheets).toContain(edited);
    expect(snapshotSheet(edited, 0).cells).toEqual(cellsAsEdited);
    expect(edited.developerMetadata.filter((m) => m.key.startsWith('thads.'))).toEqual([]);
    expect(edited.protections).toEqual([]);
    expect(ownReports(workbook).map((s) => s.name)).toEqual([`${REPORT_NAME_2020} (2)`]);

    // No later run deletes it: the next one replaces only its own unchanged "(2)".
    const third = makeReportAnswer(runtime);
    expect(third).toMatchObject({ ok: true, sheetName: `${REPORT_NAME_2020} (2)` });
    expect(snapshotSheet(edited, 0).cells).toEqual(cellsAsEdited);
    expect(workbook.sheetNames().filter((n) => n.startsWith('Báo cáo'))).toEqual([REPORT_NAME_2020, `${REPORT_NAME_2020} (2)`]);
  });

  it('keeps a user’s duplicate of a report (Sheets copies the mark with it) exactly as it is, and replaces only the original', async () => {
    const { workbook, runtime } = await withoutDraft();
    makeReportAnswer(runtime);
    const copy = workbook.duplicateSheet(REPORT_NAME_2020);
    expect(ownerOf(copy), 'the copy carries the report’s mark').toBe('report:2020-12');
    const before = snapshotWorkbook(workbook);
    const original = workbook.sheet(REPORT_NAME_2020)!;

    expect(makeReportAnswer(runtime)).toMatchObject({ ok: true, sheetName: REPORT_NAME_2020 });
    const changes = userSheetChanges(before, workbook);
    expect(changes, 'only the original report was replaced').toEqual([`sheet "${REPORT_NAME_2020}" was deleted`]);
    expect(workbook.sheets).toContain(copy);
    expect(workbook.sheets).not.toContain(original);
    expect(ownReports(workbook).map((s) => s.name)).toEqual([REPORT_NAME_2020]);

    // The sidebar sees the copy as the user's sheet.
    const state = run(runtime, 'sidebarGetState', [{ sheet: null }]) as { returned: { sheets: { name: string; kind: string }[] } };
    expect(state.returned.sheets.find((s) => s.name === copy.name)?.kind).toBe('data');
  });

  it('tells the sidebar, before generating, which period already has a report', async () => {
    const { runtime } = await withoutDraft();
    const reportsOf = () => (run(runtime, 'sidebarGetState', [{ sheet: null }]) as { returned: { reports: unknown[] } }).returned.reports;
    expect(reportsOf()).toEqual([]);
    makeReportAnswer(runtime);
    expect(reportsOf()).toEqual([{ year: 2020, month: 12, sheetName: REPORT_NAME_2020 }]);
  });
});

// ---------------------------------------------------------------------------------------------
// Issue 12, item 10: the "Chỉ tiêu" and "Xếp loại" sheets, cut off while being created.

const CREATORS: [string, unknown, string][] = [
  ['sidebarCreateTargetsSheet', { source, year: 2020, viec: 0.8, tien: 0.38, addMissing: false }, 'targets'],
  ['sidebarCreateGradeSheet', {}, 'grades'],
  ['sidebarCreateUnitMappingSheet', { settings: reportSettings({ comparison: { sheet: DATA_SHEET, range: null } }) }, 'unit-mapping'],
];

describe.each(CREATORS)('%s cut off (the time limit) at any service call (issue 12, item 10)', (name, request, owner) => {
  it('leaves nothing half written that could be taken for the sheet, and the next run makes it whole', async () => {
    // A clean run: the calls it makes, and the sheet it makes.
    const clean = await runtimeOver(userWorkbook());
    const start = clean.calls.snapshot();
    expect(run(clean, name, [request])).toMatchObject({ returned: { ok: true } });
    const calls = clean.calls.since(start).byMethod;
    const made = clean.workbook.sheets.find((s) => ownerOf(s) === owner)!;
    const complete = JSON.stringify(valuesOf(made));
    expect(Object.keys(calls)).toEqual(expect.arrayContaining(['Spreadsheet.insertSheet', 'Range.setValues']));

    const failures: string[] = [];
    for (const [key, count] of Object.entries(calls)) {
      for (const nth of new Set([1, Math.ceil(count / 2), count])) {
        const where = `${key} #${nth}`;
        const workbook = userWorkbook();
        const before = snapshotWorkbook(workbook);
        const runtime = await runtimeOver(workbook);
        const fault = failNthCall(runtime, key, nth, { cutOff: true });
        run(runtime, name, [request]);
        fault.remove();
        runtime.lock.release(); // Apps Script releases the locks of a killed execution
        if (fault.fired !== 1) continue;

        for (const p of userSheetChanges(before, workbook)) failures.push(`${where}: ${p}`);
        for (const s of workbook.sheets.filter((x) => !before.has(x.id))) {
          const mark = ownerOf(s);
          if (mark === owner && JSON.stringify(valuesOf(s)) !== complete) failures.push(`${where}: a half-written sheet "${s.name}" marked ${owner}`);
          if (mark === null && s.lastRow() > 0) failures.push(`${where}: a sheet "${s.name}" with content and no mark (taken for the user's)`);
          if (mark === 'temp' && !s.hidden && s.lastRow() > 0) failures.push(`${where}: a temporary sheet "${s.name}" is shown with content`);
        }

        // The next run removes what was left and makes the sheet whole (or finds the whole one made).
        const next = run(runtime, name, [request]);
        const answer = 'returned' in next ? (next.returned as { ok: boolean; message?: string }) : null;
        if (answer?.ok !== true) failures.push(`${where}: the next run failed: ${JSON.stringify(next)}`);
        const left = workbook.sheets.filter((x) => !before.has(x.id));
        const own = left.filter((s) => ownerOf(s) === owner);
        if (own.length !== 1 || JSON.stringify(valuesOf(own[0]!)) !== complete) failures.push(`${where}: not one whole sheet after the next run`);
        // Cut off between its mark and showing it, the whole sheet is left hidden: the next run says so.
        else if (own[0]!.hidden && !/đang ẩn/.test(answer?.message ?? '')) failures.push(`${where}: a hidden sheet, and the user is not told`);
        if (left.some((s) => s !== own[0])) failures.push(`${where}: the next run left ${left.filter((s) => s !== own[0]).map((s) => `"${s.name}" (${ownerOf(s)})`).join(', ')}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
