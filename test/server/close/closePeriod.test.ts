/**
 * Issue 14, chốt số liệu, through the BUILT add-on in the local Apps Script runtime: close a period, change
 * a figure, report again (every change listed with both values, a moved rank named); no change → the
 * sentence; a re-close keeps history and says so; removal; a snapshot edited by hand, deleted or renamed:
 * a Vietnamese message, no crash, no snapshot overwritten.
 */
import { runInContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { ownerOf, runtimeOver, valuesOf, type AppsScriptRuntime, type Workbook } from '../../reliability/harness';
import { DATA_SHEET, REPORT_NAME_2020, reportSettings, userWorkbook } from '../../reliability/userWorkbook';

const CLOSES_SHEET = 'THADS Chốt số liệu';

function call(runtime: AppsScriptRuntime, name: string, request: unknown): any {
  const arg = (runInContext('JSON.parse', runtime.context) as (s: string) => unknown)(JSON.stringify(request));
  return runtime.call(name, arg);
}

async function fresh(): Promise<{ workbook: Workbook; runtime: AppsScriptRuntime }> {
  const workbook = userWorkbook();
  // Without the user's draft of the same name, the report takes its own name.
  workbook.sheets = workbook.sheets.filter((s) => s.name !== REPORT_NAME_2020);
  return { workbook, runtime: await runtimeOver(workbook) };
}

function close(runtime: AppsScriptRuntime, closedBy: string | null = 'Nguyễn Văn A'): any {
  return call(runtime, 'sidebarClosePeriod', { settings: reportSettings(), closedBy });
}

/** The report's text, every cell joined, as a reader sees it. */
function reportText(workbook: Workbook): string {
  const sheet = workbook.sheets.find((s) => ownerOf(s)?.startsWith('report:') && !s.hidden)!;
  return valuesOf(sheet).map((r) => r.join(' ')).join('\n');
}

function report(runtime: AppsScriptRuntime, workbook: Workbook): { answer: any; text: string } {
  const answer = call(runtime, 'sidebarMakeReport', reportSettings());
  expect(answer.ok, answer.message).toBe(true);
  return { answer, text: reportText(workbook) };
}

/** Sets "Thi hành xong" (X1, column E) of the data sheet's row `row` (1-based). */
function setCompleted(workbook: Workbook, row: number, value: number): void {
  workbook.sheet(DATA_SHEET)!.ensureCell(row, 5).value = value;
}

describe('closing a period (chốt số liệu)', () => {
  it('stores one row per row of the table in a hidden, marked, warning-protected sheet, the list in a document property', async () => {
    const { workbook, runtime } = await fresh();
    const answer = close(runtime);
    expect(answer.ok, answer.message).toBe(true);
    expect(answer.message).toContain('12 tháng năm 2020');
    const sheet = workbook.sheet(CLOSES_SHEET)!;
    expect(sheet.hidden).toBe(true);
    expect(ownerOf(sheet)).toBe('closes');
    expect(sheet.protections.length).toBeGreaterThan(0);
    const rows = valuesOf(sheet);
    // Header + 3 units + the table's own totals row + the mapping's row.
    expect(rows).toHaveLength(6);
    expect(rows[5]![8]).toBe('mapping');
    expect(JSON.parse(String(rows[5]![rows[0]!.indexOf('Dữ liệu')]))).toMatchObject({ layout: 'aggregated' });
    expect(rows[1]!.slice(0, 8)).toEqual([1, 2020, 12, 'B', DATA_SHEET, '', 'nghin', 'Chi cục THADS huyện A']);
    expect(rows[1]).toContain('Nguyễn Văn A');
    expect(rows[1]).toContain(4029);
    const list = JSON.parse(workbook.documentProperties['thads.closes']!);
    expect(list.closes).toHaveLength(1);
    expect(list.closes[0]).toMatchObject({ close: 1, year: 2020, month: 12, closedBy: 'Nguyễn Văn A', rows: 5 });
    const state = call(runtime, 'sidebarGetState', { sheet: null });
    expect(state.closes).toEqual({ closes: [expect.objectContaining({ close: 1 })], problem: null });
  });

  it('a report with nothing changed says so; a changed count is listed with both values and the rank it moves', async () => {
    const { workbook, runtime } = await fresh();
    close(runtime);
    expect(report(runtime, workbook).text).toContain('Số liệu kỳ đã chốt không thay đổi');

    // B: X1 500 → 700 makes 800/800 = 100%: from third to first.
    setCompleted(workbook, 7, 700);
    const { text, answer } = report(runtime, workbook);
    expect(text).not.toContain('Số liệu kỳ đã chốt không thay đổi');
    expect(text).toContain('SO VỚI SỐ LIỆU ĐÃ CHỐT');
    expect(text).toMatch(/Chi cục THADS huyện B — việc thi hành xong \(X1\): đã chốt 500, nay 700 việc, chênh lệch \+200/);
    expect(text).toMatch(/Chi cục THADS huyện B: thứ hạng thay đổi, đã chốt hạng 3, nay hạng 1/);
    expect(text).toContain('Nguyễn Văn A');
    expect(answer.ok).toBe(true);
  });

  it('a re-close of the same period appends, keeps history and says so; the next report compares with the latest', async () => {
    const { workbook, runtime } = await fresh();
    close(runtime);
    setCompleted(workbook, 7, 700);
    const again = close(runtime, null);
    expect(again.ok, again.message).toBe(true);
    expect(again.message).toMatch(/Kỳ này đã chốt lúc .*; lần chốt mới được thêm/);
    const rows = valuesOf(workbook.sheet(CLOSES_SHEET)!);
    expect(rows).toHaveLength(11);
    expect(rows.filter((r) => r[0] === 1)).toHaveLength(5);
    expect(rows.filter((r) => r[0] === 2)).toHaveLength(5);
    expect(JSON.parse(workbook.documentProperties['thads.closes']!).closes).toHaveLength(2);
    expect(report(runtime, workbook).text).toContain('Số liệu kỳ đã chốt không thay đổi');
  });

  it('removing a close takes it off the list, keeps its rows, and the report no longer compares', async () => {
    const { workbook, runtime } = await fresh();
    close(runtime);
    const removed = call(runtime, 'sidebarRemoveClose', { close: 1, confirmed: true });
    expect(removed.ok, removed.message).toBe(true);
    expect(removed.closes.closes).toEqual([]);
    expect(valuesOf(workbook.sheet(CLOSES_SHEET)!)).toHaveLength(6);
    setCompleted(workbook, 7, 700);
    expect(report(runtime, workbook).text).not.toContain('SO VỚI SỐ LIỆU ĐÃ CHỐT');
    // Unconfirmed, or a close that is not there: refused, nothing changed.
    expect(call(runtime, 'sidebarRemoveClose', { close: 1, confirmed: false }).ok).toBe(false);
    const missing = call(runtime, 'sidebarRemoveClose', { close: 1, confirmed: true });
    expect(missing).toMatchObject({ ok: false, message: expect.stringContaining('Không có lần chốt số 1') });
    // A later close takes a new number, never the removed one.
    expect(close(runtime).close.close).toBe(2);
  });

  it('a snapshot edited by hand is reported, never compared, and not overwritten by the report', async () => {
    const { workbook, runtime } = await fresh();
    close(runtime);
    const sheet = workbook.sheet(CLOSES_SHEET)!;
    // Someone lowers B's closed X1 in the snapshot to hide a later edit.
    const column = valuesOf(sheet)[0]!.indexOf('Việc: thi hành xong') + 1;
    sheet.ensureCell(3, column).value = 700;
    const before = JSON.stringify(valuesOf(sheet));
    setCompleted(workbook, 7, 700);
    const { text, answer } = report(runtime, workbook);
    expect(text).not.toContain('Số liệu kỳ đã chốt không thay đổi');
    expect(text).toMatch(/Lần chốt số 1 .*đã bị sửa hoặc xóa sau khi chốt/);
    expect(answer.findings.some((f: { rule: string }) => f.rule === 'closed-snapshot')).toBe(true);
    expect(JSON.stringify(valuesOf(sheet))).toBe(before);
  });

  it('a deleted snapshot sheet is reported by the report and the sidebar; a new close is refused, writing nothing', async () => {
    const { workbook, runtime } = await fresh();
    close(runtime);
    workbook.sheets = workbook.sheets.filter((s) => s.name !== CLOSES_SHEET);
    const { text } = report(runtime, workbook);
    expect(text).toMatch(/trang “THADS Chốt số liệu” đã bị xóa/);
    const state = call(runtime, 'sidebarGetState', { sheet: null });
    expect(state.closes.problem).toMatch(/đã bị xóa/);
    const properties = JSON.stringify(workbook.documentProperties);
    const sheets = workbook.sheetNames();
    const refused = close(runtime);
    expect(refused).toMatchObject({ ok: false, message: expect.stringContaining('đã bị xóa') });
    expect(JSON.stringify(workbook.documentProperties)).toBe(properties);
    expect(workbook.sheetNames()).toEqual(sheets);
  });

  it('a renamed snapshot sheet is still found by its mark, said, and compared', async () => {
    const { workbook, runtime } = await fresh();
    close(runtime);
    workbook.sheet(CLOSES_SHEET)!.name = 'Số liệu chốt cũ';
    setCompleted(workbook, 7, 700);
    const { text } = report(runtime, workbook);
    expect(text).toContain('đã bị đổi tên thành “Số liệu chốt cũ”');
    expect(text).toMatch(/đã chốt 500, nay 700 việc/);
    const again = close(runtime);
    expect(again.ok, again.message).toBe(true);
    expect(valuesOf(workbook.sheet('Số liệu chốt cũ')!)).toHaveLength(11);
  });

  it('without settings given or saved, a close is refused in Vietnamese', async () => {
    const { runtime } = await fresh();
    expect(call(runtime, 'sidebarClosePeriod', { settings: null, closedBy: null })).toMatchObject({ ok: false, message: expect.stringContaining('hãy tạo báo cáo') });
  });
});
