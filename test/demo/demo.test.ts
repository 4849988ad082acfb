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
    expect(() => parseArgs(['--target-viec', '80'])).toThrow(/80%/);
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
