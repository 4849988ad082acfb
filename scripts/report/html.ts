/**
 * The report as one self-contained HTML page (no script, no external file): the heading, the table,
 * the chart as inline SVG drawn from what the add-on asked Sheets to draw, the text and the findings.
 * Every text is HTML-escaped: unit names come from users' cells.
 */
import type { ChartData, ReportPage } from './page';

/** @example escapeHtml('<b>"A" & B</b>') // "&lt;b&gt;&quot;A&quot; &amp; B&lt;/b&gt;" */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const STYLE = `
body{font-family:Arial,'Segoe UI',sans-serif;margin:24px;color:#202124}
h1{font-size:18px;margin:0 0 8px}
p.line{margin:2px 0;color:#444;font-size:13px}
.scroll{overflow-x:auto;margin:16px 0}
table{border-collapse:collapse;font-size:12px}
th,td{border:1px solid #c0c0c0;padding:3px 6px;white-space:nowrap}
th{background:#d9e2f3;white-space:normal;max-width:110px}
td.num{text-align:right}
tr.total td{font-weight:bold;background:#f3f3f3}
h2{font-size:15px;margin:20px 0 6px}
p.text{font-size:13px;line-height:1.5;margin:4px 0;max-width:1000px}
`;

export function reportHtml(page: ReportPage): string {
  const e = escapeHtml;
  const head = page.header.map((h) => `<th>${e(h)}</th>`).join('');
  const body = page.rows
    .map((row) => {
      const cells = row.cells
        .map((c) => {
          const style = [c.background ? `background:${c.background}` : '', c.color ? `color:${c.color}` : ''].filter(Boolean).join(';');
          const numeric = /^[+-]?[\d.,]+%?$/.test(c.text);
          return `<td${numeric ? ' class="num"' : ''}${style ? ` style="${e(style)}"` : ''}>${e(c.text)}</td>`;
        })
        .join('');
      return `<tr${row.total ? ' class="total"' : ''}>${cells}</tr>`;
    })
    .join('\n');
  const after = page.after.map((a) => (a.heading ? `<h2>${e(a.text)}</h2>` : `<p class="text">${e(a.text)}</p>`)).join('\n');
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>${e(page.sheetName)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${e(page.title)}</h1>
${page.lines.map((l) => `<p class="line">${e(l)}</p>`).join('\n')}
<div class="scroll"><table>
<thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table></div>
${page.chart ? `<div class="scroll">${chartSvg(page.chart)}</div>` : ''}
${after}
</body>
</html>
`;
}

/** Bars per unit for each bar series, a polyline for each line series (the target), 0–100% axis. */
export function chartSvg(chart: ChartData): string {
  const e = escapeHtml;
  const bars = chart.series.filter((s) => s.type === 'bars');
  const lines = chart.series.filter((s) => s.type === 'line');
  const n = chart.categories.length;
  const barWidth = 10;
  const group = Math.max(bars.length, 1) * barWidth + 10;
  const left = 50;
  const top = 40;
  const plotHeight = 240;
  const width = Math.max(640, left + n * group + 20);
  const height = top + plotHeight + 150;
  const all = chart.series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  const max = Math.max(1, Math.ceil(Math.max(0, ...all) * 10) / 10);
  const y = (v: number) => top + plotHeight - (Math.max(0, v) / max) * plotHeight;
  const parts: string[] = [];
  parts.push(`<text x="${width / 2}" y="20" text-anchor="middle" font-size="14" font-weight="bold">${e(chart.title)}</text>`);
  for (let t = 0; t <= max + 1e-9; t += 0.2) {
    parts.push(`<line x1="${left}" x2="${width - 10}" y1="${y(t)}" y2="${y(t)}" stroke="#e0e0e0"/>`);
    parts.push(`<text x="${left - 6}" y="${y(t) + 4}" text-anchor="end" font-size="10">${Math.round(t * 100)}%</text>`);
  }
  chart.categories.forEach((label, i) => {
    const x0 = left + i * group + 5;
    bars.forEach((s, j) => {
      const v = s.values[i];
      if (v === null || v === undefined) return;
      parts.push(
        `<rect x="${x0 + j * barWidth}" y="${y(v)}" width="${barWidth - 1}" height="${top + plotHeight - y(v)}" fill="${e(s.color)}"><title>${e(`${label} — ${s.label}: ${(v * 100).toFixed(2).replace('.', ',')}%`)}</title></rect>`,
      );
    });
    const cx = x0 + (group - 10) / 2;
    parts.push(`<text transform="translate(${cx},${top + plotHeight + 8}) rotate(60)" font-size="10">${e(label)}</text>`);
  });
  for (const s of lines) {
    const points = s.values
      .map((v, i) => (v === null ? null : `${left + i * group + 5 + (group - 10) / 2},${y(v)}`))
      .filter((p): p is string => p !== null);
    if (points.length > 0) parts.push(`<polyline points="${points.join(' ')}" fill="none" stroke="${e(s.color)}" stroke-width="2"/>`);
  }
  const legend = chart.series
    .map((s, i) => `<rect x="${left + i * 170}" y="${height - 18}" width="12" height="12" fill="${e(s.color)}"/><text x="${left + i * 170 + 16}" y="${height - 8}" font-size="11">${e(s.label)}</text>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" role="img" aria-label="${e(chart.title)}">${parts.join('')}${legend}</svg>`;
}
