/**
 * Issue 13 point 3: the province's own target from a "Toàn tỉnh" row of the "Chỉ tiêu" sheet, through the
 * BUILT add-on (run `npm run build` first): the totals row's target, gap and the text for the whole use it,
 * and the report says which target its total used; two such rows are refused naming both.
 */
import { describe, expect, it } from 'vitest';
import { createRuntime, Workbook, type AppsScriptRuntime } from '../../runtime/index';
import { builtReportOn, DATA_SHEET } from './builtAddOn';

const HEADER = ['Đơn vị', 'Có điều kiện (việc)', 'Thi hành xong (việc)', 'Có điều kiện (tiền)', 'Thi hành xong (tiền)'];

/** A: 80/100 việc, B: 70/100 — the whole 150/200 = 75%; units' targets 80% / 38% from the Chỉ tiêu sheet. */
async function workbook(wholeRows: unknown[][]): Promise<{ wb: Workbook; runtime: AppsScriptRuntime }> {
  const wb = Workbook.empty();
  wb.addSheet(DATA_SHEET, [HEADER, ['Chi cục THADS huyện A', 100, 80, 1000, 500], ['Chi cục THADS huyện B', 100, 70, 1000, 400]]);
  const runtime = await createRuntime({ workbook: wb });
  const created = runtime.call('sidebarCreateTargetsSheet', JSON.parse(JSON.stringify({ source: { sheet: DATA_SHEET, range: null, mapping: null }, year: 2020, viec: 0.8, tien: 0.38, addMissing: false }))) as {
    ok: boolean;
    sheetName: string;
  };
  expect(created.ok).toBe(true);
  const sheet = wb.sheet(created.sheetName)!;
  for (const row of wholeRows) {
    const r = sheet.lastRow() + 1;
    row.forEach((v, c) => (sheet.ensureCell(r, c + 1).value = v as never));
  }
  return { wb, runtime };
}

describe('the province’s own target (dòng “Toàn tỉnh” của trang “Chỉ tiêu”)', () => {
  it('is the totals row’s target, its gap and “đạt” in the text, and the report says so', async () => {
    const { wb, runtime } = await workbook([['Toàn tỉnh', 2020, 0.76, 0.5]]);
    const r = await builtReportOn(wb, { targets: { kind: 'sheet' } }, runtime);
    expect(r.message).not.toMatch(/^Không/);
    expect(r.ok).toBe(true);
    const total = r.rows.get('Tổng cộng')!;
    expect(total['Chỉ tiêu việc']).toBeCloseTo(0.76, 12);
    expect(total['Chỉ tiêu tiền']).toBeCloseTo(0.5, 12);
    expect(total['Vượt/thiếu chỉ tiêu việc'] as number).toBeCloseTo(0.75 - 0.76, 12);
    // Each unit keeps its own row's target.
    expect(r.rows.get('Chi cục THADS huyện A')!['Chỉ tiêu việc']).toBeCloseTo(0.8, 12);
    expect(r.text).toContain('Chỉ tiêu của dòng tổng cộng: dòng “Toàn tỉnh” của trang “Chỉ tiêu” — 76,00% (việc), 50,00% (tiền)');
    // What the whole still needs, against 76%: (150 + 2) / 200 = 76%.
    expect(r.text).toMatch(/Tổng cộng[^\n]*còn phải giải quyết thêm 2 việc để đạt chỉ tiêu cả năm/);
  });

  it('without such a row, the total keeps the target every unit shares, and the report says how to set one', async () => {
    const { wb, runtime } = await workbook([]);
    const r = await builtReportOn(wb, { targets: { kind: 'sheet' } }, runtime);
    expect(r.ok).toBe(true);
    expect(r.rows.get('Tổng cộng')!['Chỉ tiêu việc']).toBeCloseTo(0.8, 12);
    expect(r.text).toContain('Chỉ tiêu của dòng tổng cộng: chỉ tiêu chung của mọi đơn vị — 80,00% (việc), 38,00% (tiền) (thêm dòng “Toàn tỉnh” vào trang “Chỉ tiêu”');
    expect(r.text).toMatch(/Tổng cộng[^\n]*còn phải giải quyết thêm 10 việc để đạt chỉ tiêu cả năm/);
  });

  it('refuses two province rows for the year, naming both, and writes no report', async () => {
    const { wb, runtime } = await workbook([
      ['Toàn tỉnh', 2020, 0.76, ''],
      ['Tổng cộng', 2020, 0.78, ''],
    ]);
    const r = await builtReportOn(wb, { targets: { kind: 'sheet' } }, runtime);
    expect(r.ok).toBe(false);
    expect(r.message).toContain('2 dòng chỉ tiêu của toàn tỉnh cho năm 2020: “Toàn tỉnh”, “Tổng cộng”');
    expect(wb.sheets.some((s) => s.name.startsWith('Báo cáo'))).toBe(false);
  });

  it('with national targets, the report adds no line: the total takes the one target of every unit', async () => {
    const { wb, runtime } = await workbook([['Toàn tỉnh', 2020, 0.76, 0.5]]);
    const r = await builtReportOn(wb, { targets: { kind: 'national' } }, runtime);
    expect(r.rows.get('Tổng cộng')!['Chỉ tiêu việc']).toBeCloseTo(0.8, 12);
    expect(r.text).not.toContain('Chỉ tiêu của dòng tổng cộng');
  });
});
