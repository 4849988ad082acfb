/**
 * Issue 13's examples through the demo and the BUILT add-on (run `npm run build` first): on each of
 * examples/viec-tien-hai-trang-2024, tong-hop-chi-cuc-2025 and theo-thang-2024 the demo prints what it
 * found (`Số liệu tiền: trang “Tiền”`, `Tổng hợp 6 trang: …`, `Diễn biến: 6 tháng (T10 … T3)`) and the
 * report holds each unit's rates and rank, the total and the months as the example's .expected.json
 * states them — figures test/fixtures/featureExamples.test.ts recomputes from the workbook's cells, not
 * copied from the demo's output.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseArgs, runDemo, type DemoResult } from '../../scripts/demo';
import type { FixtureExpectation } from '../fixtures/expected';

const examples = resolve(__dirname, '../../examples');

interface Run {
  expected: FixtureExpectation;
  lines: string[];
  result: DemoResult;
  /** The report sheet's rows, values only (exceljs, 0-based rows and columns). */
  sheet: unknown[][];
}

async function demoOn(name: string): Promise<Run> {
  const expected = JSON.parse(readFileSync(join(examples, `${name}.expected.json`), 'utf8')) as FixtureExpectation;
  const out = mkdtempSync(join(tmpdir(), 'thads-example-'));
  const lines: string[] = [];
  const result = await runDemo(parseArgs(['--input', join(examples, expected.file), '--out', out, ...(expected.report?.args ?? [])]), (l) => lines.push(l), { build: false });
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(result.files.xlsx);
  const sheet: unknown[][] = [];
  book.getWorksheet(result.reportSheet)?.eachRow({ includeEmpty: true }, (r, n) => (sheet[n - 1] = (r.values as unknown[]).slice(1)));
  return { expected, lines, result, sheet };
}

/** The report's table: each row by its "Đơn vị" cell, as header → value. */
function tableRows(sheet: unknown[][]): Map<string, Record<string, unknown>> {
  const h = sheet.findIndex((r) => r?.includes('Đơn vị') && r.includes('Xếp hạng'));
  const header = (sheet[h] ?? []) as string[];
  const rows = new Map<string, Record<string, unknown>>();
  for (const r of sheet.slice(h + 1)) {
    const label = r?.[header.indexOf('Đơn vị')];
    if (typeof label !== 'string' || label === '') break;
    rows.set(label, Object.fromEntries(header.map((k, i) => [k, r?.[i]])));
  }
  return rows;
}

const runs = new Map<string, Run>();
const NAMES = ['viec-tien-hai-trang-2024', 'tong-hop-chi-cuc-2025', 'theo-thang-2024'];
beforeAll(async () => {
  for (const name of NAMES) runs.set(name, await demoOn(name));
}, 240_000);

describe.each(NAMES)('the demo on examples/%s.xlsx', (name) => {
  const run = () => runs.get(name)!;

  it('prints what it found', () => {
    for (const line of run().expected.report!.prints) expect(run().lines).toContain(line);
  });

  it('writes the report of the period the example holds', () => {
    const { expected, result } = run();
    expect(result.reportSheet).toBe(expected.report!.sheet);
    expect(run().lines).toContain(`Đã ghi báo cáo vào trang “${expected.report!.sheet}”.`);
  });

  it("has every unit's rates and rank as the ground truth states, in the source's order", () => {
    const { expected, sheet } = run();
    const rows = tableRows(sheet);
    const units = expected.report!.units;
    expect([...rows.keys()].filter((k) => k !== 'Tổng cộng')).toEqual(units.map((u) => u.label));
    for (const u of units) {
      const r = rows.get(u.label)!;
      expect(r['Tỷ lệ việc'] as number, u.label).toBeCloseTo(u.rateViec, 10);
      expect(r['Tỷ lệ tiền'] as number, u.label).toBeCloseTo(u.rateTien, 10);
      expect(r['Xếp hạng'], u.label).toBe(u.rank);
    }
  });

  it('has the total rates in its totals row and its summary', () => {
    const { expected, sheet, result } = run();
    const total = tableRows(sheet).get('Tổng cộng')!;
    expect(total['Tỷ lệ việc'] as number).toBeCloseTo(expected.report!.total.rateViec, 10);
    expect(total['Tỷ lệ tiền'] as number).toBeCloseTo(expected.report!.total.rateTien, 10);
    expect(result.response.summary.rateViec).toBeCloseTo(expected.report!.total.rateViec, 10);
    expect(result.response.summary.rateTien).toBeCloseTo(expected.report!.total.rateTien, 10);
    expect(result.response.summary.ranked).toBe(expected.report!.units.length);
    // A consistent example: nothing the add-on must warn about.
    expect(result.response.summary.errors).toBe(0);
    expect(result.response.summary.warnings).toBe(0);
  });
});

describe('the demo on examples/theo-thang-2024.xlsx: the Diễn biến section', () => {
  it("shows each month's total rates and last year's same month, as the ground truth states", () => {
    const { expected, sheet } = runs.get('theo-thang-2024')!;
    const at = sheet.findIndex((r) => typeof r?.[0] === 'string' && r[0].startsWith('DIỄN BIẾN THEO THÁNG'));
    expect(at).toBeGreaterThan(0);
    const header = sheet[at + 1] as string[];
    const col = (h: string) => header.indexOf(h);
    for (const m of expected.report!.months!) {
      const row = sheet.find((r) => r?.[0] === m.label);
      expect(row, m.label).toBeDefined();
      expect(row![col('Tỷ lệ việc')] as number, m.label).toBeCloseTo(m.rateViec, 10);
      expect(row![col('Tỷ lệ tiền')] as number, m.label).toBeCloseTo(m.rateTien, 10);
      expect(row![col('Cùng kỳ việc')] as number, m.label).toBeCloseTo(m.lastYear!.rateViec, 10);
      expect(row![col('Cùng kỳ tiền')] as number, m.label).toBeCloseTo(m.lastYear!.rateTien, 10);
    }
  });
});

describe('the demo on examples/tong-hop-chi-cuc-2025.xlsx without --consolidate', () => {
  it('reports the first tab alone (its officers), since unit tabs are consolidated only when asked', async () => {
    const out = mkdtempSync(join(tmpdir(), 'thads-example-'));
    const lines: string[] = [];
    const result = await runDemo(parseArgs(['--input', join(examples, 'tong-hop-chi-cuc-2025.xlsx'), '--out', out]), (l) => lines.push(l), { build: false });
    expect(lines.some((l) => l.startsWith('Tổng hợp'))).toBe(false);
    expect(lines.some((l) => l.startsWith('Bảng số liệu: trang “KV1 Nam Sơn”, 7 đơn vị'))).toBe(true);
    expect(result.response.summary.units).toBe(7);
  }, 120_000);
});

describe('the demo on examples/tong-hop-chi-cuc-2025.xlsx with --consolidate --officers', () => {
  it("adds the officers' ranking: every officer of the five tabs that list officers, ranked 1…n", async () => {
    const expected = JSON.parse(readFileSync(join(examples, 'tong-hop-chi-cuc-2025.expected.json'), 'utf8')) as FixtureExpectation;
    const officers = (expected.tables ?? []).filter((t) => t.totalRows.length > 0).flatMap((t) => t.rows.filter((r) => r.kind === 'unit').map((r) => r.label));
    const out = mkdtempSync(join(tmpdir(), 'thads-example-'));
    const lines: string[] = [];
    const result = await runDemo(parseArgs(['--input', join(examples, expected.file), '--out', out, '--consolidate', '--officers']), (l) => lines.push(l), { build: false });
    expect(lines).toContain('Xếp hạng chấp hành viên: mọi chấp hành viên của các trang tổng hợp, xếp hạng chung');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(result.files.xlsx);
    const sheet: unknown[][] = [];
    book.getWorksheet(result.reportSheet)?.eachRow({ includeEmpty: true }, (r, n) => (sheet[n - 1] = (r.values as unknown[]).slice(1)));
    const at = sheet.findIndex((r) => typeof r?.[0] === 'string' && r[0].startsWith('XẾP HẠNG CHẤP HÀNH VIÊN TOÀN TỈNH'));
    expect(at).toBeGreaterThan(0);
    const h = sheet.findIndex((r, i) => i > at && r?.includes('Chấp hành viên'));
    const rows = sheet.slice(h + 1, h + 1 + officers.length);
    expect(rows.map((r) => r?.[1]).sort()).toEqual([...officers].sort());
    expect(rows.map((r) => r?.[r.length - 1])).toEqual(officers.map((_, i) => `${i + 1}/${officers.length}`));
    // The units' report is the same as without --officers.
    expect(result.response.summary.rateViec).toBeCloseTo(expected.report!.total.rateViec, 10);
  }, 120_000);

  it('refuses --officers without --consolidate', () => {
    expect(() => parseArgs(['--officers'])).toThrow(/--officers chỉ dùng cùng --consolidate/);
  });
});
