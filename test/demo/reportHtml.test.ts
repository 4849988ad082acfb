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

  it('draws the chart the add-on asked for: one bar per unit and rate, each target (việc, tiền) as a line (issue 12, item 4)', async () => {
    const page = await pageFor((i) => `Chi cục ${i + 1}`);
    expect(page.chart!.categories).toEqual(['Chi cục 1', 'Chi cục 2', 'Chi cục 3']);
    expect(page.chart!.series.map((s) => [s.type, s.label])).toEqual([
      ['bars', 'Tỷ lệ việc'],
      ['bars', 'Tỷ lệ tiền'],
      ['line', 'Chỉ tiêu việc'],
      ['line', 'Chỉ tiêu tiền'],
    ]);
    const svg = reportHtml(page);
    expect(svg.match(/<rect [^>]*><title>/g)).toHaveLength(6);
    expect(svg.match(/<polyline/g)).toHaveLength(2);
  });
});

describe('the report sheet as Sheets shows it (issue 12, items 4 and 6), written by the built add-on', () => {
  it('lays each paragraph in a merged, wrapped cell of a readable width, its row tall enough for its lines', async () => {
    const wb = unitsWorkbook(3, (i) => `Chi cục ${i + 1}`);
    const page = await pageFor(String, wb);
    const sheet = wb.requireSheet(page.sheetName);
    const rowOf = (prefix: string) => sheet.rows.findIndex((r) => typeof r?.[0]?.value === 'string' && (r[0].value as string).startsWith(prefix)) + 1;
    const paragraph = rowOf('Chi cục 1:');
    const text = String(sheet.cell(paragraph, 1)!.value);
    expect(text.length).toBeGreaterThan(200);
    const merge = sheet.merges.find((m) => m.row === paragraph && m.column === 1)!;
    expect(merge.numRows).toBe(1);
    const width = Array.from({ length: merge.numColumns }, (_, c) => sheet.columnWidths[c + 1] ?? 100).reduce((a, b) => a + b, 0);
    expect(width).toBeGreaterThanOrEqual(600);
    expect(width).toBeLessThanOrEqual(1100);
    expect(sheet.cell(paragraph, 1)!.style?.wrap).toBe(true);
    // 7 px a character at the least: the row holds every line Sheets wraps the text into.
    const lines = Math.ceil((text.length * 5.5) / width);
    expect(sheet.rowHeights[paragraph]).toBeGreaterThanOrEqual(21 + (lines - 1) * 17);
    // The heading lines and findings are laid out the same way.
    expect(sheet.merges.some((m) => m.row === 1 && m.column === 1 && m.numColumns === merge.numColumns)).toBe(true);
    expect(sheet.merges.some((m) => m.row === rowOf('KẾT QUẢ KIỂM TRA'))).toBe(true);
  });

  it('sets the table’s widths, wraps its header, and puts the chart below the table over blank rows, not beside it', async () => {
    const wb = unitsWorkbook(3, (i) => `Chi cục ${i + 1}`);
    const page = await pageFor(String, wb);
    const sheet = wb.requireSheet(page.sheetName);
    expect(sheet.columnWidths[1]).toBe(48);
    expect(sheet.columnWidths[2]).toBe(260);
    const header = sheet.rows.findIndex((r) => r?.[1]?.value === 'Đơn vị') + 1;
    const totals = sheet.rows.findIndex((r) => r?.[1]?.value === 'Tổng cộng') + 1;
    expect(sheet.cell(header, 3)!.style?.wrap).toBe(true);
    expect(sheet.cell(totals, 3)!.style?.border).toBe(true);
    const chart = sheet.charts[0]!;
    expect(chart.position.anchorColumn).toBe(1);
    expect(chart.position.anchorRow).toBeGreaterThan(totals);
    expect(chart.options['legend']).toEqual({ position: 'bottom' });
    expect(chart.options['hAxis']).toMatchObject({ slantedText: true });
    // No text under the chart: the rows it covers are blank.
    const covered = Math.ceil(Number(chart.options['height']) / 21);
    for (let r = chart.position.anchorRow; r < chart.position.anchorRow + covered; r++) {
      expect(sheet.rows[r - 1]?.every((c) => c?.value === undefined || c.value === '') ?? true).toBe(true);
    }
  });

  it('draws the page from the sheet’s layout: widths, merged paragraphs, row heights, the chart in its anchor cell', async () => {
    const wb = unitsWorkbook(3, (i) => `Chi cục ${i + 1}`);
    const page = await pageFor(String, wb);
    const sheet = wb.requireSheet(page.sheetName);
    const html = reportHtml(page);
    expect(html).toContain('<col style="width:48px"><col style="width:260px">');
    const paragraph = sheet.rows.findIndex((r) => String(r?.[0]?.value ?? '').startsWith('Chi cục 1:')) + 1;
    const merge = sheet.merges.find((m) => m.row === paragraph)!;
    expect(html).toContain(`<tr style="height:${sheet.rowHeights[paragraph]}px"><td colspan="${merge.numColumns}" class="wrap">Chi cục 1:`);
    const anchor = page.sheet.rows[sheet.charts[0]!.position.anchorRow - 1]!;
    expect(anchor.cells[0]).not.toBeNull();
    expect(html).toMatch(/<div class="anchor"><div class="chart" style="left:0px;top:0px;width:\d+px;height:460px"><svg/);
  });
});
