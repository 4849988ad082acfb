/**
 * Issue 14's "Done when" on case registers the developers did not write (tester): a sổ thụ lý as a Chi cục
 * keeps it (caseRegisterAsKept.ts, written with exceljs), through the BUILT add-on — the demo (`runDemo`,
 * as `npx tsx scripts/demo.ts --close`) and the sidebar's RPCs in the local runtime. Close; change one
 * unit's count (a status) and move a few cases between officers; report again: every change with both
 * values, every moved case by its identity (number + date + unit), from → to; with no change, the report
 * says so. Also: a repeated identity within a unit, a snapshot edited by hand, deleted, renamed, two closes
 * of a period, a removed close, the figures counted here by the domain's rules, the user's cells untouched.
 * Run `npm run build` first (`npm test` does).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInContext } from 'node:vm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDemo } from '../../scripts/demo';
import { withReportDefaults } from '../../src/shared/reportSettings';
import type { ReportSettings } from '../../src/shared/rpc';
import { COL, FIRST_ROW, OFFICERS, SHEET, UNITS, countCases, dayText, inPeriod, keptCases, writeKeptRegister, type KeptCase } from './caseRegisterAsKept';
import { ownerOf, runtimeOver, snapshotWorkbook, userSheetChanges, valuesOf, Workbook, type AppsScriptRuntime } from './harness';

const CLOSES_SHEET = 'THADS Chốt số liệu';
const NOTHING = 'Số liệu kỳ đã chốt không thay đổi';
const YEAR = 2024;
const MONTH = 12;

let dir: string;
let input: string;
let cases: KeptCase[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'thads-kept-register-'));
  input = join(dir, 'so-thu-ly.xlsx');
  cases = keptCases(800);
  await writeKeptRegister(input, cases);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function settings(month = MONTH): ReportSettings {
  return withReportDefaults({ source: { sheet: SHEET, range: null, mapping: null }, period: { year: YEAR, month }, targets: { kind: 'none' } });
}

function call(runtime: AppsScriptRuntime, name: string, request: unknown): any {
  const arg = (runInContext('JSON.parse', runtime.context) as (s: string) => unknown)(JSON.stringify(request));
  return runtime.call(name, arg);
}

async function fresh(): Promise<{ workbook: Workbook; runtime: AppsScriptRuntime }> {
  const workbook = await Workbook.fromXlsx(input);
  return { workbook, runtime: await runtimeOver(workbook, SHEET) };
}

function close(runtime: AppsScriptRuntime, month = MONTH): any {
  return call(runtime, 'sidebarClosePeriod', { settings: settings(month), closedBy: 'Lê Thị Thanh' });
}

function reportText(runtime: AppsScriptRuntime, workbook: Workbook, month = MONTH): string {
  const answer = call(runtime, 'sidebarMakeReport', settings(month));
  expect(answer.ok, answer.message).toBe(true);
  const sheet = workbook.sheet(answer.sheetName)!;
  return valuesOf(sheet).flat().filter((v) => typeof v === 'string' && v !== '').join('\n');
}

/** The report's section about the closed period (its lines), from its title on. */
function closedSection(text: string): string {
  const at = text.indexOf('SO VỚI SỐ LIỆU ĐÃ CHỐT');
  return at < 0 ? '' : text.slice(at);
}

const identity = (k: KeptCase) => `Việc số QĐ ${k.decision} ngày ${dayText(k.decidedOn)} (${k.unit})`;

/** The edits of "Done when", chosen from the cases: one status in one unit, three officers moved in another. */
function doneWhenEdits(all: readonly KeptCase[]) {
  const inside = all.filter((k) => inPeriod(k, YEAR, MONTH));
  const statusUnit = UNITS[2]!;
  // An open case of the unit whose decision date was typed as text, set thi hành xong inside the period.
  const finished = inside.find((k) => k.unit === statusUnit && /^đang thi hành$/i.test(k.status) && k.dateAsText)!;
  // Three cases of Đông Anh move to another officer of the unit; one of them has a number another unit also has.
  const moveUnit = UNITS[0]!;
  const numbersElsewhere = new Set(all.filter((k) => k.unit !== moveUnit).map((k) => k.decision));
  const pool = inside.filter((k) => k.unit === moveUnit && k.officer === OFFICERS[0]![0]);
  const shared = pool.find((k) => numbersElsewhere.has(k.decision) && k.dateAsText)!;
  const moved = [shared, ...pool.filter((k) => k !== shared && !k.dateAsText).slice(0, 2)];
  const to = OFFICERS[0]![2]!;
  return { statusUnit, finished, finishedOn: new Date(YEAR, 4, 20), moveUnit, moved, from: OFFICERS[0]![0]!, to };
}

describe('a register as a Chi cục keeps it: the figures are those counted by the domain rules', () => {
  it('each unit\'s Đ, X and T, and the totals, are the cases counted here (period cut, statuses in words, dates typed as text)', async () => {
    const { workbook, runtime } = await fresh();
    const answer = call(runtime, 'sidebarMakeReport', settings());
    expect(answer.ok, answer.message).toBe(true);
    const rows = valuesOf(workbook.sheet(answer.sheetName)!);
    const h = rows.findIndex((r) => r.includes('Đơn vị') && r.includes('Tỷ lệ việc'));
    const header = rows[h] as string[];
    const col = (name: string) => header.indexOf(name);
    const text = rows.flat().filter((v) => typeof v === 'string').join('\n');
    let allD = 0;
    let allX = 0;
    for (const unit of UNITS) {
      const c = countCases(cases.filter((k) => k.unit === unit), YEAR, MONTH);
      // Regime B (2024): P = T (no U, R in this register), Đ = P − K − H, X = X1 + X2.
      const enforceable = c.T - c.K - c.H;
      const done = c.X1 + c.X2;
      allD += enforceable;
      allX += done;
      const row = rows.find((r) => r[col('Đơn vị')] === unit)!;
      expect(row, unit).toBeDefined();
      expect(row[col('Có điều kiện (việc)')], unit).toBe(enforceable);
      expect(row[col('Giải quyết xong (việc)')], unit).toBe(done);
      expect(text).toContain(`${unit}: tổng số thụ lý ${c.T} việc; có điều kiện thi hành ${enforceable} việc; đã giải quyết xong ${done} việc`);
    }
    const total = rows.find((r) => r[col('Đơn vị')] === 'Tổng cộng')!;
    expect(total[col('Có điều kiện (việc)')]).toBe(allD);
    expect(total[col('Giải quyết xong (việc)')]).toBe(allX);
    expect(total[col('Tỷ lệ việc')]).toBeCloseTo(allX / allD, 12);
    // The register's money is read from "Số tiền phải thi hành (đồng)", never from "Người phải thi hành".
    expect(text).not.toMatch(/không phải là số; tính là 0/);
    expect(total[col('Có điều kiện (đồng)')]).toBeGreaterThan(0);
  });
});

describe('Done when, through the demo (--close, edit the output with exceljs, run again)', () => {
  it('lists the changed count with both values, every moved case by number + date + unit from → to; no change is said', async () => {
    const out1 = join(dir, 'out1');
    const log1: string[] = [];
    await runDemo({ input, out: out1, year: YEAR, month: MONTH, close: true }, (l) => log1.push(l), { build: false });
    const closedLog = log1.join('\n');
    const inside = cases.filter((k) => inPeriod(k, YEAR, MONTH));
    expect(closedLog).toContain(`Đã chốt số liệu kỳ 12 tháng năm 2024 (lần chốt số 1`);
    expect(closedLog).toContain(`${inside.length} việc)`);

    // Nothing changed: the closed output itself, reported again.
    const outSame = join(dir, 'out-same');
    const logSame: string[] = [];
    await runDemo({ input: join(out1, 'report.xlsx'), out: outSame, year: YEAR, month: MONTH }, (l) => logSame.push(l), { build: false });
    const same = await Workbook.fromXlsx(join(outSame, 'report.xlsx'));
    const sameText = same.sheets.flatMap((s) => valuesOf(s).flat()).filter((v) => typeof v === 'string').join('\n');
    expect(sameText).toContain(NOTHING);

    // The officer's edits, made in the file as a user would (exceljs on the closed output).
    const e = doneWhenEdits(cases);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(out1, 'report.xlsx'));
    const ws = book.getWorksheet(SHEET)!;
    ws.getCell(e.finished.row, COL.status).value = 'Thi hành xong';
    ws.getCell(e.finished.row, COL.closedOn).value = '20/05/2024';
    for (const k of e.moved) ws.getCell(k.row, COL.officer).value = e.to;
    const edited = join(dir, 'edited.xlsx');
    await book.xlsx.writeFile(edited);

    const out2 = join(dir, 'out2');
    const log2: string[] = [];
    await runDemo({ input: edited, out: out2, year: YEAR, month: MONTH }, (l) => log2.push(l), { build: false });
    const after = await Workbook.fromXlsx(join(out2, 'report.xlsx'));
    const text = after.sheets.filter((s) => ownerOf(s) !== 'closes').flatMap((s) => valuesOf(s).flat()).filter((v) => typeof v === 'string').join('\n');
    expect(text).not.toContain(NOTHING);

    const unitBefore = countCases(cases.filter((k) => k.unit === e.statusUnit), YEAR, MONTH);
    expect(text).toContain(`${e.statusUnit} — việc thi hành xong (X1): đã chốt ${unitBefore.X1}, nay ${unitBefore.X1 + 1} việc, chênh lệch +1.`);
    expect(text).toContain(`${identity(e.finished)}: trạng thái đang thi hành → thi hành xong (X1).`);
    for (const k of e.moved) expect(text).toContain(`${identity(k)}: chấp hành viên ${e.from} → ${e.to}.`);
    // The officers' totals, counted here.
    const tOf = (officer: string) => countCases(cases.filter((k) => k.unit === e.moveUnit && k.officer === officer), YEAR, MONTH).T;
    const n = e.moved.length;
    expect(text).toContain(`${e.moveUnit} / ${e.from} — việc tổng số thụ lý (T): đã chốt ${tOf(e.from)}, nay ${tOf(e.from) - n} việc, chênh lệch −${n}.`);
    expect(text).toContain(`${e.moveUnit} / ${e.to} — việc tổng số thụ lý (T): đã chốt ${tOf(e.to)}, nay ${tOf(e.to) + n} việc, chênh lệch +${n}.`);
    expect(text).toContain(`Các việc đã thay đổi (${n + 1}):`);
    // The demo prints the changes too.
    const printed = log2.join('\n');
    for (const k of e.moved) expect(printed).toContain(`${identity(k)}: chấp hành viên ${e.from} → ${e.to}.`);

    // The user's sheets in the output are the input's, cell for cell (the edits aside).
    const original = await Workbook.fromXlsx(input);
    const out1Book = await Workbook.fromXlsx(join(out1, 'report.xlsx'));
    for (const name of [SHEET, 'Ghi chú']) expect(valuesOf(out1Book.sheet(name)!), name).toEqual(valuesOf(original.sheet(name)!));
  }, 240_000);
});

describe('the close through the sidebar\'s RPCs, on the same register', () => {
  it('close, report, re-close and remove change none of the user\'s cells; the snapshot sheet is hidden and marked', async () => {
    const { workbook, runtime } = await fresh();
    const before = snapshotWorkbook(workbook);
    const first = close(runtime);
    expect(first.ok, first.message).toBe(true);
    reportText(runtime, workbook);
    expect(close(runtime).ok).toBe(true);
    expect(call(runtime, 'sidebarRemoveClose', { close: 2, confirmed: true }).ok).toBe(true);
    expect(userSheetChanges(before, workbook)).toEqual([]);
    const snapshot = workbook.sheet(CLOSES_SHEET)!;
    expect(snapshot.hidden).toBe(true);
    expect(ownerOf(snapshot)).toBe('closes');
  });

  it('a case moved after the close of 6 months is listed only when the case counts in those 6 months (the re-cut)', async () => {
    const { workbook, runtime } = await fresh();
    expect(close(runtime, 6).ok).toBe(true);
    const sheet = workbook.sheet(SHEET)!;
    const later = cases.find((k) => k.decidedOn > new Date(YEAR, 2, 31) && k.decidedOn < new Date(YEAR, 8, 1))!;
    sheet.ensureCell(later.row, COL.officer).value = 'Nguyễn Thị Mới';
    expect(closedSection(reportText(runtime, workbook, 6))).toContain(NOTHING);
    const early = cases.find((k) => inPeriod(k, YEAR, 6) && k.decidedOn < new Date(YEAR - 1, 9, 1) && !/xong|đình chỉ/i.test(k.status))!;
    sheet.ensureCell(early.row, COL.officer).value = 'Nguyễn Thị Mới';
    expect(reportText(runtime, workbook, 6)).toContain(`${identity(early)}: chấp hành viên ${early.officer} → Nguyễn Thị Mới.`);
  });

  it('a changed amount is listed with both amounts; the same number and day in two units are two cases', async () => {
    const { workbook, runtime } = await fresh();
    const sheet = workbook.sheet(SHEET)!;
    // Two units' cases given the same number and day: not a repeat (the identity has the unit).
    const a = cases.find((k) => k.unit === UNITS[1] && inPeriod(k, YEAR, MONTH) && !k.dateAsText)!;
    const b = cases.find((k) => k.unit === UNITS[3] && inPeriod(k, YEAR, MONTH) && !k.dateAsText)!;
    sheet.ensureCell(b.row, COL.decision).value = a.decision;
    sheet.ensureCell(b.row, COL.decidedOn).value = a.decidedOn;
    const closed = close(runtime);
    expect(closed.ok, closed.message).toBe(true);
    sheet.ensureCell(a.row, COL.due).value = a.due + 1_000_000;
    const text = reportText(runtime, workbook);
    const amount = (v: number) => new Intl.NumberFormat('de-DE').format(v);
    expect(text).toContain(`${identity(a)}: số tiền phải thi hành ${amount(a.due)} → ${amount(a.due + 1_000_000)} đồng.`);
    expect(text).not.toContain(`Việc số QĐ ${a.decision} ngày ${dayText(a.decidedOn)} (${b.unit})`);
  });
});

describe('bad input (issue 14): a Vietnamese message, no crash, no snapshot overwritten', () => {
  it('a number repeated within a unit on the same day: refused, naming the case and both rows; nothing written', async () => {
    const { workbook, runtime } = await fresh();
    const [first, second] = cases.filter((k) => k.unit === UNITS[3] && inPeriod(k, YEAR, MONTH));
    const sheet = workbook.sheet(SHEET)!;
    sheet.ensureCell(second!.row, COL.decision).value = first!.decision;
    // Typed as text in one row and as a date in the other: the same day.
    sheet.ensureCell(second!.row, COL.decidedOn).value = dayText(first!.decidedOn);
    sheet.ensureCell(first!.row, COL.decidedOn).value = first!.decidedOn;
    const before = snapshotWorkbook(workbook);
    const properties = JSON.stringify(workbook.documentProperties);
    const refused = close(runtime);
    expect(refused.ok).toBe(false);
    expect(refused.message).toContain(`việc số QĐ ${first!.decision} ngày ${dayText(first!.decidedOn)} (${UNITS[3]}) ở các dòng ${first!.row}, ${second!.row}`);
    expect(refused.message).toContain('Chưa có gì được ghi');
    expect(JSON.stringify(workbook.documentProperties)).toBe(properties);
    expect(workbook.sheet(CLOSES_SHEET)).toBeUndefined();
    expect(userSheetChanges(before, workbook)).toEqual([]);
  });

  it('the snapshot edited by hand (a unit\'s figure): reported as edited, never compared, the sheet left as it is', async () => {
    const { workbook, runtime } = await fresh();
    expect(close(runtime).ok).toBe(true);
    const snapshot = workbook.sheet(CLOSES_SHEET)!;
    const rows = valuesOf(snapshot);
    const r = rows.findIndex((x) => x.includes(UNITS[1]));
    const c = rows[r]!.findIndex((v) => typeof v === 'number' && v > 5);
    expect(c).toBeGreaterThanOrEqual(0);
    snapshot.ensureCell(r + 1, c + 1).value = (rows[r]![c] as number) + 3;
    const edited = JSON.stringify(valuesOf(snapshot));
    const text = reportText(runtime, workbook);
    expect(text).toMatch(/Lần chốt số 1 .*đã bị sửa hoặc xóa sau khi chốt/);
    expect(text).not.toContain(NOTHING);
    expect(JSON.stringify(valuesOf(snapshot))).toBe(edited);
    // A new close of the period is added beside it, the edited one kept.
    const again = close(runtime);
    expect(again.ok, again.message).toBe(true);
    expect(valuesOf(workbook.sheet(CLOSES_SHEET)!).slice(0, rows.length)).toEqual(JSON.parse(edited));
  });

  it('the snapshot sheet deleted: the report says the close cannot be read, and does not say nothing changed', async () => {
    const { workbook, runtime } = await fresh();
    expect(close(runtime).ok).toBe(true);
    workbook.sheets.splice(workbook.sheets.findIndex((s) => s.name === CLOSES_SHEET), 1);
    const text = reportText(runtime, workbook);
    expect(text).not.toContain(NOTHING);
    expect(text).toMatch(/Lần chốt số 1[^\n]*(xóa|không còn|không tìm thấy)/);
    const view = call(runtime, 'sidebarGetState', { sheet: null });
    expect(view.ok, view.message).toBe(true);
  });

  it('the snapshot sheet renamed: still compared, and the rename said', async () => {
    const { workbook, runtime } = await fresh();
    expect(close(runtime).ok).toBe(true);
    workbook.sheet(CLOSES_SHEET)!.name = 'Chốt cũ';
    const text = reportText(runtime, workbook);
    expect(text).toContain(NOTHING);
    expect(text).toMatch(/Chốt cũ|đổi tên/);
  });

  it('two closes of the same period: the second says so and keeps the first rows; after removing the second, the first is compared', async () => {
    const { workbook, runtime } = await fresh();
    expect(close(runtime).ok).toBe(true);
    const firstRows = valuesOf(workbook.sheet(CLOSES_SHEET)!);
    const sheet = workbook.sheet(SHEET)!;
    const k = cases.find((x) => x.unit === UNITS[1] && inPeriod(x, YEAR, MONTH) && /chưa có điều kiện/i.test(x.status))!;
    sheet.ensureCell(k.row, COL.status).value = 'đang thi hành';
    const second = close(runtime);
    expect(second.ok, second.message).toBe(true);
    expect(second.message).toMatch(/Kỳ này đã chốt lúc .*; lần chốt mới được thêm/);
    const both = valuesOf(workbook.sheet(CLOSES_SHEET)!);
    expect(both.slice(0, firstRows.length)).toEqual(firstRows);
    expect(both.length).toBeGreaterThan(firstRows.length);
    // Compared with the latest close: nothing changed since it.
    expect(closedSection(reportText(runtime, workbook))).toContain(NOTHING);
    const removed = call(runtime, 'sidebarRemoveClose', { close: 2, confirmed: true });
    expect(removed.ok, removed.message).toBe(true);
    expect(removed.message).toContain('Đã xóa lần chốt số 2');
    expect(valuesOf(workbook.sheet(CLOSES_SHEET)!)).toEqual(both);
    // Now the first close is the period's: the status change since it is listed.
    expect(reportText(runtime, workbook)).toContain(`${identity(k)}: trạng thái chưa có điều kiện thi hành (K) → đang thi hành.`);
    const missing = call(runtime, 'sidebarRemoveClose', { close: 2, confirmed: true });
    expect(missing.ok).toBe(false);
    expect(missing.message).toContain('Không có lần chốt số 2');
  });

  it('every close removed: the report no longer compares (no section, no "nothing changed")', async () => {
    const { workbook, runtime } = await fresh();
    expect(close(runtime).ok).toBe(true);
    expect(call(runtime, 'sidebarRemoveClose', { close: 1, confirmed: true }).ok).toBe(true);
    const text = reportText(runtime, workbook);
    expect(closedSection(text)).toBe('');
    expect(text).not.toContain(NOTHING);
  });
});

/** A small register of another Chi cục's shape (exceljs): unit first, "Kết quả", amounts typed as text, a title with the agency. */
async function otherShape(path: string, opts: { date: boolean }): Promise<void> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('Sổ');
  ws.addRow(['CHI CỤC THI HÀNH ÁN DÂN SỰ HUYỆN ĐÔNG ANH']);
  ws.addRow(['SỔ THỤ LÝ VIỆC THI HÀNH ÁN NĂM 2024']);
  ws.addRow(['STT', 'Đơn vị', 'Số quyết định thi hành án', ...(opts.date ? ['Ngày ra quyết định'] : []), 'Chấp hành viên thụ lý', 'Họ tên người phải thi hành', 'Số tiền phải thi hành (đồng)', 'Kết quả']);
  const statuses = ['Đang thi hành', 'Đã thi hành xong', 'Hoãn thi hành án', 'Chưa có điều kiện thi hành', 'Đình chỉ thi hành án'];
  for (let i = 0; i < 40; i++) {
    // Numbers restart in 2025: the same number twice in a unit, on other days.
    const day = `${String(1 + (i % 28)).padStart(2, '0')}/${String(1 + (i % 12)).padStart(2, '0')}/${i < 20 ? 2024 : 2025}`;
    const unit = i % 2 ? 'Chi cục THADS huyện Đông Anh' : 'Chi cục THADS huyện Mê Linh';
    ws.addRow([i + 1, unit, `${(i % 20) + 1}/QĐ-CCTHADS`, ...(opts.date ? [day] : []), i % 3 ? 'Nguyễn Văn An' : 'Trần Thị Bích', 'Lê Văn Cường', `${(i + 1) * 5}.000.000`, statuses[i % statuses.length]]);
  }
  await book.xlsx.writeFile(path);
}

describe('registers of another shape (tester, issue 14)', () => {
  it('"Kết quả" as the status, amounts typed "5.000.000", the agency from the title: read, closed, compared', async () => {
    const path = join(dir, 'ket-qua.xlsx');
    await otherShape(path, { date: true });
    const workbook = await Workbook.fromXlsx(path);
    const runtime = await runtimeOver(workbook, 'Sổ');
    const s = withReportDefaults({ source: { sheet: 'Sổ', range: null, mapping: null }, period: { year: YEAR, month: MONTH }, targets: { kind: 'none' } });
    const answer = call(runtime, 'sidebarMakeReport', s);
    expect(answer.ok, answer.message).toBe(true);
    const text = () => valuesOf(workbook.sheet(answer.sheetName)!).flat().filter((v) => typeof v === 'string').join('\n');
    expect(text()).toContain('Đơn vị báo cáo: CHI CỤC THI HÀNH ÁN DÂN SỰ HUYỆN ĐÔNG ANH');
    expect(text()).not.toMatch(/tính là 0/);
    const closed = call(runtime, 'sidebarClosePeriod', { settings: s, closedBy: null });
    expect(closed.ok, closed.message).toBe(true);
    // Row 6 (the 3rd case, Mê Linh, 03/03/2024, "Hoãn thi hành án") is now being enforced.
    workbook.sheet('Sổ')!.ensureCell(6, 8).value = 'Đang thi hành';
    call(runtime, 'sidebarMakeReport', s);
    expect(text()).toContain('Việc số QĐ 3/QĐ-CCTHADS ngày 03/03/2024 (Chi cục THADS huyện Mê Linh): trạng thái hoãn, tạm đình chỉ (H) → đang thi hành.');
  });

  it('no decision-date column: the report says it is not cut to the period; the close is refused asking for the column', async () => {
    const path = join(dir, 'khong-ngay.xlsx');
    await otherShape(path, { date: false });
    const workbook = await Workbook.fromXlsx(path);
    const runtime = await runtimeOver(workbook, 'Sổ');
    const s = withReportDefaults({ source: { sheet: 'Sổ', range: null, mapping: null }, period: { year: YEAR, month: MONTH }, targets: { kind: 'none' } });
    const answer = call(runtime, 'sidebarMakeReport', s);
    expect(answer.ok, answer.message).toBe(true);
    expect(JSON.stringify(answer.findings)).toContain('Sổ thụ lý không có cột ngày thụ lý');
    const refused = call(runtime, 'sidebarClosePeriod', { settings: s, closedBy: null });
    expect(refused.ok).toBe(false);
    expect(refused.message).toContain('không có cột ngày ra quyết định');
    expect(refused.message).toContain('Chưa có gì được ghi');
    expect(workbook.sheet(CLOSES_SHEET)).toBeUndefined();
  });
});

describe('what is not a change (tester, issue 14)', () => {
  it('the register sorted another way, a date retyped as a Date, a name with extra spaces: "không thay đổi"', async () => {
    const { workbook, runtime } = await fresh();
    expect(close(runtime).ok).toBe(true);
    const sheet = workbook.sheet(SHEET)!;
    const width = 10;
    const rows = cases.map((k) => Array.from({ length: width }, (_, c) => sheet.cell(k.row, c + 1)?.value ?? ''));
    // Sorted by officer, then the register's order reversed within each: every case on another row.
    const order = rows.map((r, i) => ({ r, i })).sort((a, b) => String(a.r[COL.officer - 1]).localeCompare(String(b.r[COL.officer - 1])) || b.i - a.i);
    order.forEach(({ r }, i) => r.forEach((v, c) => (sheet.ensureCell(cases[i]!.row, c + 1).value = v as never)));
    const text = cases.find((k) => k.dateAsText && inPeriod(k, YEAR, MONTH))!;
    const at = order.findIndex(({ i }) => cases[i] === text);
    sheet.ensureCell(cases[at]!.row, COL.decidedOn).value = new Date(text.decidedOn.getTime());
    sheet.ensureCell(cases[at]!.row, COL.officer).value = `  ${text.officer.replace(' ', '  ')} `;
    expect(closedSection(reportText(runtime, workbook))).toContain(NOTHING);
  });

  it('a case removed from the register and a new one typed in: each listed by identity, the rest unchanged', async () => {
    const { workbook, runtime } = await fresh();
    expect(close(runtime).ok).toBe(true);
    const sheet = workbook.sheet(SHEET)!;
    const gone = cases.find((k) => k.unit === UNITS[1] && inPeriod(k, YEAR, MONTH))!;
    for (let c = 1; c <= 10; c++) sheet.ensureCell(gone.row, c).value = '';
    const row = FIRST_ROW + cases.length;
    const added = [cases.length + 1, '999/QĐ-CCTHADS', '02/05/2024', 'Phan Văn Tài', OFFICERS[1]![0], UNITS[1], 7_500_000, 0, 'đang thi hành', ''];
    added.forEach((v, c) => (sheet.ensureCell(row, c + 1).value = v as never));
    const text = closedSection(reportText(runtime, workbook));
    expect(text).toContain(`${identity(gone)}: có trong số liệu đã chốt, nay không còn trong sổ thụ lý của kỳ.`);
    expect(text).toContain(`Việc số QĐ 999/QĐ-CCTHADS ngày 02/05/2024 (${UNITS[1]}): việc mới trong kỳ, không có trong số liệu đã chốt.`);
    expect(text).toContain('Các việc đã thay đổi (2):');
  });

  it('3.000 cases: five cases moved to another officer are the five listed', async () => {
    const many = keptCases(3000, 77);
    const path = join(dir, 'so-3000.xlsx');
    await writeKeptRegister(path, many);
    const workbook = await Workbook.fromXlsx(path);
    const runtime = await runtimeOver(workbook, SHEET);
    const closed = close(runtime);
    expect(closed.ok, closed.message).toBe(true);
    expect(closed.message).toContain(`${new Intl.NumberFormat('de-DE').format(many.filter((k) => inPeriod(k, YEAR, MONTH)).length)} việc`);
    const moved = many.filter((k) => k.unit === UNITS[3] && k.officer !== OFFICERS[3]![1] && inPeriod(k, YEAR, MONTH)).filter((_, i) => i % 31 === 0).slice(0, 5);
    expect(moved).toHaveLength(5);
    for (const k of moved) workbook.sheet(SHEET)!.ensureCell(k.row, COL.officer).value = OFFICERS[3]![1]!;
    const text = closedSection(reportText(runtime, workbook));
    expect(text).toContain('Các việc đã thay đổi (5):');
    for (const k of moved) expect(text).toContain(`${identity(k)}: chấp hành viên ${k.officer} → ${OFFICERS[3]![1]}.`);
  });
});

describe('after the close, other ways the figures could seem to change (tester, issue 14)', () => {
  it('a report of the closed period under the other regime is not compared (no false edits), and says why', async () => {
    const { workbook, runtime } = await fresh();
    expect(close(runtime).ok).toBe(true);
    const answer = call(runtime, 'sidebarMakeReport', { ...settings(), regime: 'A' });
    expect(answer.ok, answer.message).toBe(true);
    const text = valuesOf(workbook.sheet(answer.sheetName)!).flat().filter((v) => typeof v === 'string').join('\n');
    expect(text).toContain('lập theo chế độ phân loại B, báo cáo này theo chế độ A');
    expect(text).not.toMatch(/đã chốt \d+, nay \d+/);
    expect(text).not.toContain(NOTHING);
    // Under the close's own regime it is compared again.
    expect(closedSection(reportText(runtime, workbook))).toContain(NOTHING);
  });

  it('an officer cell emptied: the case is listed with "(không ghi)"', async () => {
    const { workbook, runtime } = await fresh();
    expect(close(runtime).ok).toBe(true);
    const k = cases.find((x) => x.unit === UNITS[0] && inPeriod(x, YEAR, MONTH))!;
    workbook.sheet(SHEET)!.ensureCell(k.row, COL.officer).value = '';
    expect(reportText(runtime, workbook)).toContain(`${identity(k)}: chấp hành viên ${k.officer} → (không ghi).`);
  });

  it('the snapshot sheet deleted: a new close is refused until the lost close is removed, then it is made', async () => {
    const { workbook, runtime } = await fresh();
    expect(close(runtime).ok).toBe(true);
    workbook.sheets.splice(workbook.sheets.findIndex((s) => s.name === CLOSES_SHEET), 1);
    const refused = close(runtime);
    expect(refused.ok).toBe(false);
    expect(refused.message).toContain('đã bị xóa');
    expect(refused.message).toContain('Chưa có gì được ghi');
    expect(workbook.sheet(CLOSES_SHEET)).toBeUndefined();
    expect(call(runtime, 'sidebarRemoveClose', { close: 1, confirmed: true }).ok).toBe(true);
    const again = close(runtime);
    expect(again.ok, again.message).toBe(true);
    expect(again.message).toContain('lần chốt số 2');
    expect(closedSection(reportText(runtime, workbook))).toContain(NOTHING);
  });
});

describe('closes of two periods and a snapshot row deleted (tester, issue 14)', () => {
  it('the 6-month and 12-month closes each compare with their own period', async () => {
    const { workbook, runtime } = await fresh();
    expect(close(runtime, 6).ok).toBe(true);
    expect(close(runtime, 12).ok).toBe(true);
    // A case accepted in May 2024: inside 12 months, after 6 months.
    const k = cases.find((x) => x.decidedOn > new Date(YEAR, 3, 30) && x.decidedOn < new Date(YEAR, 5, 1) && !/xong|đình chỉ/i.test(x.status))!;
    workbook.sheet(SHEET)!.ensureCell(k.row, COL.officer).value = 'Nguyễn Thị Mới';
    expect(closedSection(reportText(runtime, workbook, 6))).toContain(NOTHING);
    expect(reportText(runtime, workbook, 12)).toContain(`${identity(k)}: chấp hành viên ${k.officer} → Nguyễn Thị Mới.`);
  });

  it('a unit\'s row deleted from the snapshot sheet: reported as edited, never "không thay đổi"', async () => {
    const { workbook, runtime } = await fresh();
    expect(close(runtime).ok).toBe(true);
    const snapshot = workbook.sheet(CLOSES_SHEET)!;
    const rows = valuesOf(snapshot);
    const r = rows.findIndex((x) => x.includes(UNITS[2]));
    const kept = rows.filter((_, i) => i !== r);
    for (let i = 0; i < rows.length; i++) for (let c = 0; c < rows[0]!.length; c++) snapshot.ensureCell(i + 1, c + 1).value = (kept[i]?.[c] ?? '') as never;
    const text = reportText(runtime, workbook);
    expect(text).toMatch(/Lần chốt số 1 .*đã bị sửa hoặc xóa sau khi chốt/);
    expect(text).not.toContain(NOTHING);
  });
});

