/**
 * The report as one self-contained HTML page (no script, no external file), drawn from the sheet's
 * layout as the add-on set it in the runtime (never from the report model): the same column widths,
 * row heights, merges, wraps, bold cells, colours and number formats, Sheets' gridlines, and the chart
 * as inline SVG in its anchor cell, at its offsets and size. Cells clip their text as Sheets does, so a paragraph whose row
 * is too short shows cut here too: a screenshot of the page is a fair picture of the sheet.
 * Every text is HTML-escaped: unit names come from users' cells.
 */
import type { ChartData, ReportPage, SheetCell } from './page';

/** @example escapeHtml('<b>"A" & B</b>') // "&lt;b&gt;&quot;A&quot; &amp; B&lt;/b&gt;" */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

// Sheets' look: Arial 10 pt (13⅓ px), light gridlines, 3 px side padding, text at the cell's bottom.
const STYLE = `
body{margin:0;padding:16px;background:#fff;color:#000}
.sheet{position:relative}
table{border-collapse:collapse;table-layout:fixed;font:13.33px Arial,'Liberation Sans',Helvetica,sans-serif}
td{border:1px solid #e2e2e2;padding:0 3px;white-space:nowrap;overflow:hidden;vertical-align:bottom;line-height:17px}
td.wrap{white-space:normal;overflow-wrap:anywhere}
td.spill{overflow:visible}
td.b{font-weight:bold}
td.top{vertical-align:top}
td.line{border:1px solid #000}
td.line.b{border-bottom:1px solid #000}
tr.frozen-last td{border-bottom:3px solid #c0c0c0}
.anchor{position:relative;height:0;z-index:1}
.chart{position:absolute;background:#fff;border:1px solid #dadce0}
`;

export function reportHtml(page: ReportPage): string {
  const e = escapeHtml;
  const view = page.sheet;
  const cols = view.columnWidths.map((w) => `<col style="width:${w}px">`).join('');
  const width = view.columnWidths.reduce((a, b) => a + b, 0);
  const chart = view.chart;
  // Drawn in its anchor cell, so that it moves with the rows above as they grow (a wrapped header row).
  const chartHtml = chart
    ? `<div class="anchor"><div class="chart" style="left:${chart.offsetX}px;top:${chart.offsetY}px;width:${chart.width}px;height:${chart.height}px">${chartSvg(chart.data, chart)}</div></div>`
    : '';
  const body = view.rows
    .map((row, r) => {
      const cells = row.cells
        .map((c, i) => {
          if (c === null) return '';
          const anchored = chart !== null && r + 1 === chart.anchorRow && i + 1 === chart.anchorColumn;
          return cellHtml(c, row.cells.slice(i + 1).every((n) => n === null || n.text === ''), anchored ? chartHtml : '');
        })
        .join('');
      return `<tr style="height:${row.height}px"${r + 1 === view.frozenRows ? ' class="frozen-last"' : ''}>${cells}</tr>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>${e(page.sheetName)}</title>
<style>${STYLE}</style>
</head>
<body>
<div class="sheet" style="width:${width}px">
<table style="width:${width}px">
<colgroup>${cols}</colgroup>
<tbody>
${body}
</tbody>
</table>
</div>
</body>
</html>
`;
}

/**
 * One cell: wrapped text wraps inside it and is clipped at its height; unwrapped text runs over empty
 * cells to its right, as in Sheets, and is clipped at the next filled one.
 */
function cellHtml(c: SheetCell, restEmpty: boolean, inside = ''): string {
  const classes = [c.wrap ? 'wrap' : '', (!c.wrap && restEmpty && c.align === 'left') || inside ? 'spill' : '', inside ? 'top' : '', c.bold ? 'b' : '', c.border ? 'line' : ''].filter(Boolean);
  const style = [
    c.align !== 'left' ? `text-align:${c.align}` : '',
    c.background ? `background:${c.background}` : '',
    c.color ? `color:${c.color}` : '',
  ].filter(Boolean);
  const span = `${c.colspan > 1 ? ` colspan="${c.colspan}"` : ''}${c.rowspan > 1 ? ` rowspan="${c.rowspan}"` : ''}`;
  return `<td${span}${classes.length ? ` class="${classes.join(' ')}"` : ''}${style.length ? ` style="${escapeHtml(style.join(';'))}"` : ''}>${inside}${escapeHtml(c.text)}</td>`;
}

/**
 * The chart as Sheets draws the options it was given: title on top, bars per unit for each bar series,
 * a polyline for each line series (the targets), a 0–100% axis, the unit names under their bars
 * (slanted at 45° when asked, cut with "…" past the room below the plot), the legend where asked.
 */
export function chartSvg(chart: ChartData, box: { width: number; height: number; legend: string; slanted: boolean }): string {
  const e = escapeHtml;
  const bars = chart.series.filter((s) => s.type === 'bars');
  const lines = chart.series.filter((s) => s.type === 'line');
  const n = Math.max(chart.categories.length, 1);
  const { width, height } = box;
  const legendBottom = box.legend === 'bottom';
  const labelRoom = box.slanted ? 120 : 24;
  // A slanted name reaches as far left of its bar as it drops below the plot.
  const left = box.slanted ? labelRoom : 50;
  const right = legendBottom ? 20 : 180;
  const top = 40;
  const bottom = labelRoom + (legendBottom ? 34 : 10);
  const plotWidth = width - left - right;
  const plotHeight = height - top - bottom;
  const group = plotWidth / n;
  const barWidth = Math.max(2, Math.min(18, (group * 0.7) / Math.max(bars.length, 1)));
  const all = chart.series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  const max = Math.max(1, Math.ceil(Math.max(0, ...all) * 10) / 10);
  const y = (v: number) => top + plotHeight - (Math.max(0, v) / max) * plotHeight;
  const centre = (i: number) => left + group * (i + 0.5);
  const parts: string[] = [];
  parts.push(`<text x="${width / 2}" y="22" text-anchor="middle" font-size="14" font-weight="bold">${e(chart.title)}</text>`);
  for (let t = 0; t <= max + 1e-9; t += 0.2) {
    parts.push(`<line x1="${left}" x2="${left + plotWidth}" y1="${y(t)}" y2="${y(t)}" stroke="#e0e0e0"/>`);
    parts.push(`<text x="${left - 6}" y="${y(t) + 4}" text-anchor="end" font-size="11">${Math.round(t * 100)}%</text>`);
  }
  // Characters of a name that fit the room under the plot, at 6 px a character (11 px Arial).
  const fits = Math.floor((box.slanted ? labelRoom / Math.SQRT1_2 : group) / 6);
  chart.categories.forEach((label, i) => {
    const x0 = centre(i) - (bars.length * barWidth) / 2;
    bars.forEach((s, j) => {
      const v = s.values[i];
      if (v === null || v === undefined) return;
      parts.push(
        `<rect x="${x0 + j * barWidth}" y="${y(v)}" width="${barWidth - 1}" height="${top + plotHeight - y(v)}" fill="${e(s.color)}"><title>${e(`${label} — ${s.label}: ${(v * 100).toFixed(2).replace('.', ',')}%`)}</title></rect>`,
      );
    });
    const shown = label.length > fits ? `${label.slice(0, Math.max(fits - 1, 1))}…` : label;
    const ly = top + plotHeight + 12;
    parts.push(
      box.slanted
        ? `<text transform="translate(${centre(i)},${ly}) rotate(-45)" text-anchor="end" font-size="11">${e(shown)}</text>`
        : `<text x="${centre(i)}" y="${ly + 4}" text-anchor="middle" font-size="11">${e(shown)}</text>`,
    );
  });
  for (const s of lines) {
    const points = s.values.map((v, i) => (v === null ? null : `${centre(i)},${y(v)}`)).filter((p): p is string => p !== null);
    if (points.length > 0) parts.push(`<polyline points="${points.join(' ')}" fill="none" stroke="${e(s.color)}" stroke-width="2"/>`);
  }
  const legendItems = chart.series.map((s) => ({ s, w: 22 + s.label.length * 6.5 }));
  const legendWidth = legendItems.reduce((a, b) => a + b.w + 14, 0);
  let lx = legendBottom ? Math.max(left, (width - legendWidth) / 2) : width - right + 12;
  let ly = legendBottom ? height - 22 : top + 10;
  const legend = legendItems
    .map(({ s, w }) => {
      const mark = s.type === 'line'
        ? `<line x1="${lx}" x2="${lx + 14}" y1="${ly + 6}" y2="${ly + 6}" stroke="${e(s.color)}" stroke-width="2"/>`
        : `<rect x="${lx}" y="${ly}" width="12" height="12" fill="${e(s.color)}"/>`;
      const item = `${mark}<text x="${lx + 18}" y="${ly + 10}" font-size="11">${e(s.label)}</text>`;
      if (legendBottom) lx += w + 14;
      else ly += 18;
      return item;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" role="img" aria-label="${e(chart.title)}" font-family="Arial,'Liberation Sans',sans-serif">${parts.join('')}${legend}</svg>`;
}
