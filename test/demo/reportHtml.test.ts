/**
 * report.html is drawn from the report sheet the BUILT add-on wrote in the runtime: the table as a vi_VN
 * sheet shows it, rates coloured by the add-on's conditional rules, the chart it asked for, and every
 * text from cells escaped.
 */
import { runInContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { Workbook, createRuntime } from '../../runtime/index';
import { reportHtml } from '../../scripts/report/html';
import { reportPage } from '../../scripts/report/page';
import { DATA_SHEET, HEADER, settingsFor, unitsWorkbook } from '../server/runtimeWorkbook';

async function pageFor(label: (i: number) => string, wb: Workbook = unitsWorkbook(3, label)) {
  const runtime = await createRuntime({ workbook: wb });
  const parse = runInContext('JSON.parse', runtime.context) as (s: string) => unknown;
  const answer = runtime.call('sidebarMakeReport', parse(JSON.stringify(settingsFor()))) as { ok: boolean; sheetName: string };
  expect(answer.ok).toBe(true);
  return reportPage(wb, answer.sheetName);
}

describe('the report page', () => {
  it('shows unit names holding markup as text and runs nothing', async () => {
    const page = await pageFor((i) => (i === 0 ? '<script>alert("x")</script>' : `<b>Chi cục ${i}</b>`));
    const html = reportHtml(page);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('<b>Chi cục');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
  });

  it('shows rates as a vi_VN sheet does and colours them against the target', async () => {
    const page = await pageFor((i) => `Chi cục ${i + 1}`);
    const rate = page.header.indexOf('Tỷ lệ việc');
    // Đ 100, X 80: 80,00% meets the 80% target (green); Đ 101: 79,21% is below it (red)
    const first = page.rows[0]!.cells[rate]!;
    const second = page.rows[1]!.cells[rate]!;
    expect(first.text).toBe('80,00%');
    expect(second.text).toBe('79,21%');
    expect(first.background).toBe('#d9ead3');
    expect(second.background).toBe('#f4c7c3');
  });

  it('at the rounding boundary the shown figure decides: 79,996% is 80,00%, green, gap 0, target met (issue 11, case 11)', async () => {
    const wb = Workbook.empty();
    wb.addSheet(DATA_SHEET, [HEADER, ['Chi cục 1', 25000, 19999, 1000, 500], ['Chi cục 2', 25000, 19997, 1000, 500]]);
    const page = await pageFor(String, wb);
    const cell = (row: number, header: string) => page.rows[row]!.cells[page.header.indexOf(header)]!;
    expect(cell(0, 'Tỷ lệ việc').text).toBe('80,00%');
    expect(cell(0, 'Tỷ lệ việc').background).toBe('#d9ead3');
    expect(cell(0, 'Vượt/thiếu chỉ tiêu việc').text).toBe('0,00%');
    expect(cell(0, 'Vượt/thiếu chỉ tiêu việc').background).toBe('#d9ead3');
    expect(cell(0, 'Đạt chỉ tiêu').text).toBe('2/2');
    // One việc fewer: 79,99%, thiếu 0,01%, red.
    expect(cell(1, 'Tỷ lệ việc').background).toBe('#f4c7c3');
    expect(cell(1, 'Vượt/thiếu chỉ tiêu việc').text).toBe('-0,01%');
    expect(cell(1, 'Đạt chỉ tiêu').text).toBe('1/2');
  });

    it('draws the chart the add-on asked for: one bar per unit and rate, the target as a line', async () => {
    const page = await pageFor((i) => `Chi cục ${i + 1}`);
    expect(page.chart!.categories).toEqual(['Chi cục 1', 'Chi cục 2', 'Chi cục 3']);
    expect(page.chart!.series.map((s) => s.type)).toEqual(['bars', 'bars', 'line']);
    const svg = reportHtml(page);
    expect(svg.match(/<rect [^>]*><title>/g)).toHaveLength(6);
    expect(svg).toContain('<polyline');
  });
});
