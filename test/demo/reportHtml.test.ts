/**
 * report.html is drawn from the report sheet the BUILT add-on wrote in the runtime: the table as a vi_VN
 * sheet shows it, rates coloured by the add-on's conditional rules, the chart it asked for, and every
 * text from cells escaped.
 */
import { runInContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createRuntime } from '../../runtime/index';
import { reportHtml } from '../../scripts/report/html';
import { reportPage } from '../../scripts/report/page';
import { settingsFor, unitsWorkbook } from '../server/runtimeWorkbook';

async function pageFor(label: (i: number) => string) {
  const wb = unitsWorkbook(3, label);
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

  it('draws the chart the add-on asked for: one bar per unit and rate, the target as a line', async () => {
    const page = await pageFor((i) => `Chi cục ${i + 1}`);
    expect(page.chart!.categories).toEqual(['Chi cục 1', 'Chi cục 2', 'Chi cục 3']);
    expect(page.chart!.series.map((s) => s.type)).toEqual(['bars', 'bars', 'line']);
    const svg = reportHtml(page);
    expect(svg.match(/<rect [^>]*><title>/g)).toHaveLength(6);
    expect(svg).toContain('<polyline');
  });
});
