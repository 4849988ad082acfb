/**
 * Issue 13, month by month, end to end through the BUILT add-on (run `npm run build` first): a workbook
 * of month tabs T10 … T3 built here, the demo finds the series, reports the latest month, and the
 * report's "Diễn biến" section shows each month's total rates.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseArgs, runDemo, type DemoResult } from '../../scripts/demo';

const HEADER = ['Đơn vị', 'Có điều kiện (việc)', 'Thi hành xong (việc)', 'Có điều kiện (tiền)', 'Thi hành xong (tiền)'];
/** Tab names as an .xlsx allows them (no "/"): "T10-2023". */
const TABS = ['T10-2023', 'T11-2023', 'T12-2023', 'T1-2024', 'T2-2024', 'T3-2024'];
/** Month m (1 = T10): A resolves 10m of 100 việc and 50m of 1.000 tiền; B 5m and 30m. */
const rows = (m: number) => [HEADER, ['Chi cục THADS huyện A', 100, 10 * m, 1000, 50 * m], ['Chi cục THADS huyện B', 100, 5 * m, 1000, 30 * m]];

let result: DemoResult;
let lines: string[];
let report: unknown[][];

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'thads-months-'));
  const input = join(dir, 'thang.xlsx');
  const book = new ExcelJS.Workbook();
  // Tab order is not month order: T3 first, the rest after.
  for (const i of [5, 0, 1, 2, 3, 4]) book.addWorksheet(TABS[i]!).addRows(rows(i + 1));
  await book.xlsx.writeFile(input);
  lines = [];
  result = await runDemo(parseArgs(['--input', input, '--out', join(dir, 'out')]), (l) => lines.push(l), { build: false });
  const out = new ExcelJS.Workbook();
  await out.xlsx.readFile(result.files.xlsx);
  const sheet = out.getWorksheet(result.reportSheet)!;
  report = [];
  sheet.eachRow({ includeEmpty: true }, (r, n) => (report[n - 1] = (r.values as unknown[]).slice(1)));
}, 120_000);

describe('a workbook of month tabs (T10 … T3)', () => {
  it('finds the series, prints it, and reports the latest month (6 tháng năm 2024)', () => {
    expect(lines).toContain('Diễn biến: 6 tháng (T10 … T3)');
    expect(result.reportSheet).toBe('Báo cáo 6 tháng năm 2024');
    expect(lines.some((l) => l.startsWith('Bảng số liệu: trang “T3-2024”, 2 đơn vị'))).toBe(true);
    expect(result.response.summary.rateViec).toBeCloseTo(90 / 200, 12);
  });

  it("shows each month's total rates, việc and tiền, in the Diễn biến section", () => {
    const at = report.findIndex((r) => typeof r?.[0] === 'string' && (r[0] as string).startsWith('DIỄN BIẾN THEO THÁNG'));
    expect(at).toBeGreaterThan(0);
    expect(report[at]![0]).toContain('6 tháng (T10 … T3)');
    ['T10', 'T11', 'T12', 'T1', 'T2', 'T3'].forEach((label, i) => {
      const m = i + 1;
      const row = report.find((r) => r?.[0] === `${label} (${m} tháng)`);
      expect(row, label).toBeDefined();
      expect(row![1] as number).toBeCloseTo((15 * m) / 200, 12);
      const tienColumn = (report[at + 1] as unknown[]).indexOf('Tỷ lệ tiền');
      expect(row![tienColumn] as number).toBeCloseTo((80 * m) / 2000, 12);
    });
  });

  it("says a falling cumulative X across the series as a finding (none here: every month grows)", () => {
    expect(result.response.findings.filter((f) => f.rule.startsWith('series'))).toEqual([]);
  });
});

describe('a series with two tabs for one month and a tab of another year among them', () => {
  let said: string[];
  let made: DemoResult;

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'thads-months-bad-'));
    const input = join(dir, 'thang.xlsx');
    const book = new ExcelJS.Workbook();
    book.addWorksheet('T10-2023').addRows(rows(1));
    book.addWorksheet('T11-2022').addRows(rows(2));
    book.addWorksheet('T11-2023').addRows(rows(2));
    book.addWorksheet('T12-2023').addRows(rows(3));
    book.addWorksheet('T12-2023 (sửa)').addRows(rows(3));
    book.addWorksheet('T1-2024').addRows(rows(4));
    await book.xlsx.writeFile(input);
    said = [];
    made = await runDemo(parseArgs(['--input', input, '--out', join(dir, 'out')]), (l) => said.push(l), { build: false });
  }, 120_000);

  it('names both tabs claiming T12, uses neither, and says the month is missing from the report', () => {
    expect(said.some((l) => l.includes('Cảnh báo: Các trang “T12-2023” và “T12-2023 (sửa)”') && l.includes('hãy chọn một trang'))).toBe(true);
    expect(said).toContain('Diễn biến: 3 tháng (T10 … T1)');
    expect(made.reportSheet).toBe('Báo cáo 4 tháng năm 2024');
  });

  it('names the tab of another year and leaves it out', () => {
    expect(said.some((l) => l.includes('Trang “T11-2022” nằm giữa các trang năm 2024') && l.includes('không đưa vào diễn biến'))).toBe(true);
  });
});
