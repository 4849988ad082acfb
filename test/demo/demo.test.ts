/**
 * The demo (npm run demo): on the example workbook it writes report.xlsx, which opens with exceljs and
 * holds the input's sheets plus the report sheet with the exact headers, and report.html; bad input
 * exits non-zero with a message and writes nothing. Runs after `npm run build` (npm test builds first).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_INPUT, parseArgs, runDemo, type DemoResult } from '../../scripts/demo';
import { escapeHtml } from '../../scripts/report/html';

const root = resolve(__dirname, '../..');

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'thads-demo-'));
}

describe('the demo on the example workbook', () => {
  let out: string;
  let result: DemoResult;
  const lines: string[] = [];

  beforeAll(async () => {
    out = tempDir();
    result = await runDemo({ ...parseArgs(['--out', out]) }, (l) => lines.push(l), { build: false });
  });

  it('says what it assumed: period, regime and targets', () => {
    const said = lines.join('\n');
    expect(said).toMatch(/Kỳ báo cáo: 12 tháng năm 2020/);
    expect(said).toMatch(/Chế độ phân loại: B/);
    expect(said).toMatch(/Chỉ tiêu: .*80,00%.*38,00%/);
  });

  it('reproduces the published province 2020 rates, 83,46% and 41,42% (domain §5)', () => {
    expect(result.response.summary.rateViec).toBeCloseTo(0.8346, 4);
    expect(result.response.summary.rateTien).toBeCloseTo(0.4142, 4);
  });

  it('writes report.xlsx that opens with exceljs: the input’s sheets and the report with the exact headers', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(result.files.xlsx);
    const names = book.worksheets.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(['Thống kê', 'Cùng kỳ 2019', 'Báo cáo 12 tháng năm 2020']));
    const sheet = book.getWorksheet('Báo cáo 12 tháng năm 2020')!;
    let header: unknown[] = [];
    sheet.eachRow((row) => {
      const values = (row.values as unknown[]).slice(1);
      if (values.includes('Đơn vị') && values.includes('Xếp hạng')) header = values;
    });
    for (const h of ['Đơn vị', 'Tỷ lệ việc', 'Tỷ lệ tiền', 'Xếp hạng']) expect(header).toContain(h);
  });

  it('writes report.html with the table, the chart as inline SVG and the text', async () => {
    const { readFileSync } = await import('node:fs');
    const html = readFileSync(result.files.html, 'utf8');
    // Drawn as the sheet's cells (issue 12, item 6): the header is a wrapped cell, not an HTML <th>.
    expect(html).toMatch(/<td class="wrap[^"]*"[^>]*>Tỷ lệ việc<\/td>/);
    expect(html).toContain('<svg');
    expect(html).toContain('83,46%');
    expect(html).not.toMatch(/<script/i);
  });
});

describe('bad input: a message, exit code 1, nothing written', () => {
  function demo(args: string[]) {
    return spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/demo.ts'), ...args], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
    });
  }

  it('a missing file', () => {
    const out = join(tempDir(), 'out');
    const r = demo(['--input', '/nonexistent/khong-co.xlsx', '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/Không tìm thấy tệp đầu vào/);
    expect(existsSync(out)).toBe(false);
  });

  it('a file that is not .xlsx', () => {
    const dir = tempDir();
    const input = join(dir, 'so-lieu.csv');
    writeFileSync(input, 'Đơn vị,Đ,X\n');
    const r = demo(['--input', input, '--out', join(dir, 'out')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/phải là \.xlsx/);
    expect(readdirSync(dir)).toEqual(['so-lieu.csv']);
  });

  it('an .xlsx that cannot be read', () => {
    const dir = tempDir();
    const input = join(dir, 'hong.xlsx');
    writeFileSync(input, 'this is not a zip file');
    const r = demo(['--input', input, '--out', join(dir, 'out')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/Không đọc được tệp/);
    expect(readdirSync(dir)).toEqual(['hong.xlsx']);
  });

  it('an output that would overwrite the input', () => {
    const dir = tempDir();
    const input = join(dir, 'report.xlsx');
    writeFileSync(input, 'placeholder');
    const r = demo(['--input', input, '--out', dir]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/không bao giờ ghi đè/);
  });

  it('a month that is not 1..12', () => {
    expect(() => parseArgs(['--month', '13'])).toThrow(/từ 1 đến 12/);
  });
});

describe('the demo with a period set on the command line', () => {
  it('warns when --month disagrees with the title, takes no comparison of another period (by period, issue 13), and still writes the report', async () => {
    const lines: string[] = [];
    const r = await runDemo(parseArgs(['--out', tempDir(), '--month', '6']), (l) => lines.push(l), { build: false });
    const title = '«12 tháng năm 2020 (từ 01/10/2019 đến 30/09/2020) Đơn vị tính: việc; 1.000 đồng»';
    const warning = `Kỳ báo cáo đã chọn (6 tháng năm 2020) khác kỳ ghi ở tiêu đề ${title} (12 tháng năm 2020): số liệu của bảng là của kỳ ghi ở tiêu đề; hãy kiểm tra lại năm và tháng.`;
    expect(lines).toContain(`  Cảnh báo: ${warning}`);
    expect(r.response.findings.filter((f) => f.rule !== 'reading').map((f) => f.message)).toEqual([warning]);
    expect(lines).toContain('Cùng kỳ: không có');
    expect(lines).toContain('  Cảnh báo: Không có trang cùng kỳ năm trước (6 tháng năm 2019): báo cáo không so sánh với cùng kỳ.');
    expect(r.reportSheet).toBe('Báo cáo 6 tháng năm 2020');
  });

  it('for --year 2030 does not compare with the 2019 sheet: the same period last year is found by period, and its absence said', async () => {
    const lines: string[] = [];
    const r = await runDemo(parseArgs(['--out', tempDir(), '--year', '2030']), (l) => lines.push(l), { build: false });
    expect(lines.some((l) => l.startsWith('  Cảnh báo: Kỳ báo cáo đã chọn (12 tháng năm 2030) khác kỳ ghi ở tiêu đề'))).toBe(true);
    expect(r.response.findings.filter((f) => f.rule !== 'reading').map((f) => f.rule)).toEqual(['period']);
    expect(lines).toContain('  Cảnh báo: Không có trang cùng kỳ năm trước (12 tháng năm 2029): báo cáo không so sánh với cùng kỳ.');
  });

  it('makes the report from a case register whose title and cells do not say its period, its tiền from the money columns', async () => {
    const dir = tempDir();
    const input = join(dir, 'so-thu-ly.xlsx');
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Sổ thụ lý');
    sheet.addRow(['SỔ THỤ LÝ THI HÀNH ÁN']);
    sheet.addRow(['STT', 'Đơn vị', 'Trạng thái', 'Số tiền phải thi hành (đồng)', 'Số tiền đã thi hành (đồng)']);
    sheet.addRow([1, 'Chi cục THADS huyện A', 'Thi hành xong', 10_000_000, 10_000_000]);
    sheet.addRow([2, 'Chi cục THADS huyện A', 'Đang thi hành', 20_000_000, 5_000_000]);
    sheet.addRow([3, 'Chi cục THADS huyện B', 'Đình chỉ', 3_000_000, 0]);
    sheet.addRow([4, 'Chi cục THADS huyện B', 'Chưa có điều kiện', 4_000_000, 0]);
    await book.xlsx.writeFile(input);
    const lines: string[] = [];
    const r = await runDemo(parseArgs(['--input', input, '--out', join(dir, 'out'), '--year', '2024', '--month', '12']), (l) => lines.push(l), { build: false });
    expect(r.reportSheet).toBe('Báo cáo 12 tháng năm 2024');
    // việc: A 1 of 2, B 1 of 1; tiền: A 10 of 30 triệu, B 3 of 3 triệu (chưa có điều kiện is outside Đ).
    expect(r.response.summary.rateViec).toBeCloseTo(2 / 3, 12);
    expect(r.response.summary.rateTien).toBeCloseTo(13 / 33, 12);
    expect(lines).toContain('Bảng số liệu: trang “Sổ thụ lý”, 2 đơn vị, tiền tính theo đồng.');
  });
});

describe('the page escapes what came from cells', () => {
  it('shows markup in unit names as text', () => {
    expect(escapeHtml('<img src=x onerror="alert(1)">')).toBe('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
  });

  it('uses the example by default', () => {
    expect(parseArgs([]).input).toBe(DEFAULT_INPUT);
  });
});
