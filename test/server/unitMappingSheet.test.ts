/**
 * The «Đối chiếu đơn vị» sheet through the BUILT add-on in the local runtime (run `npm run build`
 * first): created once by sidebarCreateUnitMappingSheet, pre-filled with the unmatched names, never
 * recreated or overwritten; then only read by the report, which sums merged units, joins renamed ones,
 * names a bad row, and gives the province total its change from last year.
 */
import { runInContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { Workbook, createRuntime, type AppsScriptRuntime, type SheetModel } from '../../runtime/index';
import { DATA_SHEET, HEADER, settingsFor } from './runtimeWorkbook';

function call(runtime: AppsScriptRuntime, name: string, request: unknown): any {
  const parse = runInContext('JSON.parse', runtime.context) as (s: string) => unknown;
  return runtime.call(name, parse(JSON.stringify(request)));
}
const owner = (sheet: SheetModel) => sheet.developerMetadata.find((m) => m.key === 'thads.owner')?.value ?? null;
const values = (sheet: SheetModel) => sheet.rows.map((r) => (r ?? []).map((c) => c?.value ?? ''));

const LAST_YEAR = 'Năm 2024';
const MAPPING = 'Đối chiếu đơn vị';

/**
 * 2025: huyện A and B merged into khu vực 1, huyện C became khu vực 2, huyện D kept its name.
 * This year: Đ 300 / X 240, 100 / 80, 50 / 40 (whole 450 / 360 = 80,00%).
 * Last year: A 100 / 70, B 150 / 120, C 90 / 45, D 40 / 30 (whole 380 / 265 = 69,74%).
 */
function workbook(): Workbook {
  const wb = Workbook.empty();
  wb.addSheet(DATA_SHEET, [
    HEADER,
    ['Phòng THADS khu vực 1', 300, 240, 3_000_000, 1_500_000],
    ['Phòng THADS khu vực 2', 100, 80, 1_000_000, 500_000],
    ['Chi cục THADS huyện D', 50, 40, 500_000, 250_000],
  ]);
  wb.addSheet(LAST_YEAR, [
    HEADER,
    ['Chi cục THADS huyện A', 100, 70, 1_000_000, 400_000],
    ['Chi cục THADS huyện B', 150, 120, 1_500_000, 600_000],
    ['Chi cục THADS huyện C', 90, 45, 900_000, 300_000],
    ['Chi cục THADS huyện D', 40, 30, 400_000, 200_000],
  ]);
  return wb;
}

const settings = settingsFor({ period: { year: 2025, month: 12 }, regime: 'B', comparison: { sheet: LAST_YEAR, range: null } });

/** The report's cell of a row (by its label) and a column (by its header). */
function reportCell(wb: Workbook, sheetName: string, label: string, header: string): unknown {
  const rows = values(wb.sheet(sheetName)!);
  const head = rows.find((r) => r.includes('Đơn vị') && r.includes('Xếp hạng'))!;
  return rows.find((r) => r[1] === label)?.[head.indexOf(header)];
}

describe('the «Đối chiếu đơn vị» sheet through the built add-on', () => {
  it('is created once, pre-filled with the unmatched names on both sides, and never rewritten', async () => {
    const wb = workbook();
    const runtime = await createRuntime({ workbook: wb });
    const report = call(runtime, 'sidebarMakeReport', settings);
    expect(report.ok).toBe(true);
    const unmatched = report.findings.find((f: { rule: string }) => f.rule === 'comparison-units');
    expect(unmatched.message).toContain('“Phòng THADS khu vực 1”, “Phòng THADS khu vực 2”');
    expect(unmatched.message).toContain('“Chi cục THADS huyện A”, “Chi cục THADS huyện B”, “Chi cục THADS huyện C”');
    expect(unmatched.message).toContain('trang “Đối chiếu đơn vị”');

    const first = call(runtime, 'sidebarCreateUnitMappingSheet', { settings });
    expect(first).toMatchObject({ ok: true, sheetName: MAPPING, created: true, unmatched: 5 });
    const sheet = wb.sheet(MAPPING)!;
    expect(owner(sheet)).toBe('unit-mapping');
    expect(sheet.hidden).toBe(false);
    expect(values(sheet).map((r) => r.slice(0, 2))).toEqual([
      ['Đơn vị năm trước', 'Đơn vị năm nay'],
      ['Chi cục THADS huyện A', ''],
      ['Chi cục THADS huyện B', ''],
      ['Chi cục THADS huyện C', ''],
      ['', 'Phòng THADS khu vực 1'],
      ['', 'Phòng THADS khu vực 2'],
    ]);

    // The user fills it in; a second call writes nothing and says the sheet is there.
    sheet.ensureCell(2, 2).value = 'Phòng THADS khu vực 1';
    const kept = JSON.stringify(values(sheet));
    const names = wb.sheetNames();
    const second = call(runtime, 'sidebarCreateUnitMappingSheet', { settings });
    expect(second).toMatchObject({ ok: true, sheetName: MAPPING, created: false });
    expect(second.message).toContain('tiện ích chỉ đọc trang này, không ghi đè');
    expect(JSON.stringify(values(sheet))).toBe(kept);
    expect(wb.sheetNames()).toEqual(names);
  });

  it('is read by the report: merged units summed, a renamed one joined, a bad row named and ignored, the sheet untouched', async () => {
    const wb = workbook();
    wb.addSheet(MAPPING, [
      ['Đơn vị năm trước', 'Đơn vị năm nay'],
      ['Chi cục THADS huyện A', 'Phòng THADS khu vực 1'],
      ['Chi cục THADS huyện B', 'Phòng THADS khu vực 1'],
      ['Chi cục THADS huyện C', 'Phòng THADS khu vực 2'],
      ['Chi cục THADS huyện Z', 'Phòng THADS khu vực 2'],
    ]);
    const before = JSON.stringify(values(wb.sheet(MAPPING)!));
    const runtime = await createRuntime({ workbook: wb });
    const report = call(runtime, 'sidebarMakeReport', settings);
    expect(report.ok).toBe(true);
    const rules = report.findings.map((f: { rule: string }) => f.rule);
    expect(rules).not.toContain('comparison-units');
    expect(report.findings.find((f: { rule: string }) => f.rule === 'unit-mapping').message).toBe(
      'Trang “Đối chiếu đơn vị”, dòng 5: không có đơn vị “Chi cục THADS huyện Z” trong bảng so sánh (trang “Năm 2024”); bỏ qua dòng này.',
    );
    const change = (label: string) => reportCell(wb, report.sheetName, label, 'Tỷ lệ việc so với cùng kỳ') as number;
    // Khu vực 1: 80,00% against (70 + 120) / (100 + 150) = 76,00%.
    expect(change('Phòng THADS khu vực 1')).toBeCloseTo(0.04, 12);
    // Khu vực 2: 80,00% against 45 / 90 = 50,00%; huyện D by name: 80,00% against 75,00%.
    expect(change('Phòng THADS khu vực 2')).toBeCloseTo(0.3, 12);
    expect(change('Chi cục THADS huyện D')).toBeCloseTo(0.05, 12);
    // The whole: 80,00% against 265 / 380 = 69,74% → tăng 10,26 điểm %, in the totals row and the text.
    expect(change('Tổng cộng')).toBeCloseTo(0.1026, 12);
    expect(reportCell(wb, report.sheetName, 'Tổng cộng', 'Giải quyết xong so với cùng kỳ (việc)')).toBe(360 - 265);
    const text = values(wb.sheet(report.sheetName)!).map((r) => String(r[0]));
    expect(text.find((t) => t.startsWith('Tổng cộng: '))).toContain('tăng 10,26% so với cùng kỳ');
    expect(text.some((t) => t.startsWith('Đơn vị gộp (theo trang “Đối chiếu đơn vị”)') && t.includes('Phòng THADS khu vực 1 so với tổng của Chi cục THADS huyện A, Chi cục THADS huyện B'))).toBe(true);
    expect(JSON.stringify(values(wb.sheet(MAPPING)!))).toBe(before);
  });

  it('names a unit sent to two units, ignores its rows, and says the comparison across two regimes', async () => {
    const wb = workbook();
    wb.addSheet(MAPPING, [
      ['Đơn vị năm trước', 'Đơn vị năm nay'],
      ['Chi cục THADS huyện A', 'Phòng THADS khu vực 1'],
      ['Chi cục THADS huyện A', 'Phòng THADS khu vực 2'],
    ]);
    const runtime = await createRuntime({ workbook: wb });
    const report = call(runtime, 'sidebarMakeReport', settingsFor({ period: { year: 2020, month: 12 }, regime: 'B', comparison: { sheet: LAST_YEAR, range: null } }));
    expect(report.ok).toBe(true);
    const messages = report.findings.map((f: { message: string }) => f.message);
    expect(messages).toContain(
      'Trang “Đối chiếu đơn vị”: đơn vị năm trước “Chi cục THADS huyện A” được ghép với 2 đơn vị năm nay khác nhau (dòng 2: “Phòng THADS khu vực 1”, dòng 3: “Phòng THADS khu vực 2”); số liệu của một đơn vị không chia được cho nhiều đơn vị, nên bỏ qua các dòng này.',
    );
    const regime = report.findings.find((f: { rule: string }) => f.rule === 'comparison-regime');
    expect(regime.message).toContain('năm 2019 theo chế độ A');
    expect(regime.message).toContain('năm 2020 theo chế độ B');
    const text = values(wb.sheet(report.sheetName)!).map((r) => String(r[0]));
    expect(text).toContain(regime.message);
  });

  it('is offered and made when no unit joins by name (every unit renamed), though the report is refused until it is filled', async () => {
    const wb = Workbook.empty();
    wb.addSheet(DATA_SHEET, [HEADER, ['Phòng THADS khu vực 1', 300, 240, 3_000_000, 1_500_000]]);
    wb.addSheet(LAST_YEAR, [HEADER, ['Chi cục THADS huyện A', 100, 70, 1_000_000, 400_000], ['Chi cục THADS huyện B', 150, 120, 1_500_000, 600_000]]);
    const runtime = await createRuntime({ workbook: wb });
    const refused = call(runtime, 'sidebarMakeReport', settings);
    expect(refused.ok).toBe(false);
    expect(refused.message).toContain('trang “Đối chiếu đơn vị”');
    expect(call(runtime, 'sidebarCreateUnitMappingSheet', { settings })).toMatchObject({ ok: true, created: true, unmatched: 3 });
    const sheet = wb.sheet(MAPPING)!;
    sheet.ensureCell(2, 2).value = 'Phòng THADS khu vực 1';
    sheet.ensureCell(3, 2).value = 'Phòng THADS khu vực 1';
    const report = call(runtime, 'sidebarMakeReport', settings);
    expect(report.ok).toBe(true);
    // 80,00% against (70 + 120) / (100 + 150) = 76,00%, for the unit and the whole alike.
    expect(reportCell(wb, report.sheetName, 'Phòng THADS khu vực 1', 'Tỷ lệ việc so với cùng kỳ') as number).toBeCloseTo(0.04, 12);
    expect(reportCell(wb, report.sheetName, 'Tổng cộng', 'Tỷ lệ việc so với cùng kỳ') as number).toBeCloseTo(0.04, 12);
  });

  it('refuses without a last-year table, writing nothing', async () => {
    const wb = workbook();
    const runtime = await createRuntime({ workbook: wb });
    const answer = call(runtime, 'sidebarCreateUnitMappingSheet', { settings: settingsFor({ period: { year: 2025, month: 12 } }) });
    expect(answer.ok).toBe(false);
    expect(answer.message).toMatch(/^Chưa chọn bảng cùng kỳ năm trước/);
    expect(wb.sheetNames()).toEqual([DATA_SHEET, LAST_YEAR]);
  });
});

describe('the comparison with a mapping sheet costs the same calls whatever the units', () => {
  /** n units renamed from "Chi cục THADS huyện i" to "Phòng THADS khu vực i", every one mapped. */
  async function callsFor(n: number): Promise<Record<string, number>> {
    const wb = Workbook.empty();
    const now: unknown[][] = [HEADER];
    const then: unknown[][] = [HEADER];
    const mapping: unknown[][] = [['Đơn vị năm trước', 'Đơn vị năm nay']];
    for (let i = 1; i <= n; i++) {
      now.push([`Phòng THADS khu vực ${i}`, 100 + i, 80, 1_000_000, 500_000]);
      then.push([`Chi cục THADS huyện ${i}`, 100, 70, 1_000_000, 400_000]);
      mapping.push([`Chi cục THADS huyện ${i}`, `Phòng THADS khu vực ${i}`]);
    }
    wb.addSheet(DATA_SHEET, now);
    wb.addSheet(LAST_YEAR, then);
    wb.addSheet(MAPPING, mapping);
    const runtime = await createRuntime({ workbook: wb });
    const before = runtime.calls.snapshot();
    const report = call(runtime, 'sidebarMakeReport', settings);
    expect(report.ok).toBe(true);
    expect(report.findings.map((f: { rule: string }) => f.rule)).not.toContain('comparison-units');
    return runtime.calls.since(before).byMethod;
  }

  it('makes the same calls for 10 and for 300 units', async () => {
    const ten = await callsFor(10);
    expect(await callsFor(300)).toEqual(ten);
  });
});
