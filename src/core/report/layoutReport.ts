import { a1 } from './a1';
import { asText } from './asText';
import { columnWidth } from './columnWidth';
import type { CellRange, ChartSpec, ConditionalRule, PlanValue, RowHeights, SheetPlan } from './plan';
import { DEFAULT_ROW_HEIGHT, textRowHeight } from './textRowHeight';
import { layoutTrend, trendWidth, type TrendBlock } from './layoutTrend';
import { layoutOfficers, type OfficersBlock } from './layoutOfficers';
import type { ReportCell, ReportModel } from './types';

const RED = { background: '#f4c7c3', fontColor: '#a50e0e' };
const GREEN = { background: '#d9ead3', fontColor: '#137333' };
const HEADER_BACKGROUND = '#d9e2f3';

/** Least width in pixels of the first columns (STT, Đơn vị); the others at least Sheets' 100, wider when a cell needs it. */
const COLUMN_WIDTHS = [48, 260];
const DEFAULT_COLUMN_WIDTH = 100;

/** A paragraph is laid across the first columns up to about this width: about 130 characters a line. */
const TEXT_WIDTH = 900;

/** Room in pixels above a paragraph of several lines, between it and the one before. */
const PARAGRAPH_GAP = 8;

/** The chart's height in pixels; its width grows with the units (their names under the bars). */
const CHART_HEIGHT = 460;

/** Where the parts of the report sit in the sheet (0-based rows). */
export interface ReportLayout {
  plan: SheetPlan;
  headerRow: number;
  firstUnitRow: number;
  totalsRow: number;
}

/**
 * Lays the report out in a sheet (bố cục trang báo cáo) as Sheets will show it: title and heading
 * lines, the table (frozen header, formats by block, colours by conditional rules), the totals row,
 * the chart below the table on blank rows kept for it, then notes, the text and the findings. Every
 * paragraph is a merged, wrapped cell across the first columns (about 900 px) with its row's height
 * set from its length, since Sheets grows no row for a merged cell. Every string is made to stay text
 * (`asText`): unit names and findings come from the user's cells. The plan's size in calls does not
 * depend on the units: a list of paragraphs (the units', the findings) shares one height, its tallest.
 *
 * @example layoutReport(model).plan.values[layoutReport(model).headerRow] // ["STT", "Đơn vị", …]
 */
export function layoutReport(model: ReportModel): ReportLayout {
  // The trend's tables may be wider than the report's (a column a month): every row is as wide as the widest.
  const width = Math.max(model.columns.length, 2, model.trend ? trendWidth(model.trend) : 0, model.officers?.columns.length ?? 0);
  // Each column as wide as its widest cell as shown (money, "không xếp hạng"), so Sheets cuts none.
  const widths = Array.from({ length: width }, (_, i) => {
    const least = COLUMN_WIDTHS[i] ?? DEFAULT_COLUMN_WIDTH;
    const c = model.columns[i];
    const own = c ? columnWidth(c.header, [...model.units.map((u) => u.cells[i] ?? ''), model.totals.cells[i] ?? ''], c.format, least) : least;
    // The officers' table shares the sheet's columns: each wide enough for both tables.
    const o = model.officers?.columns[i];
    return o ? Math.max(own, columnWidth(o.header, model.officers!.rows.map((r) => r.cells[i] ?? ''), o.format, least)) : own;
  });
  const text = textColumns(widths);
  const rows: PlanValue[][] = [];
  const bold: CellRange[] = [];
  const rowHeights: RowHeights[] = [];
  /** Paragraphs, one a row, sharing one height (the tallest's) so a list costs one call. */
  const paragraphs = (texts: readonly string[], isBold = false) => {
    if (texts.length === 0) return;
    const row = rows.length;
    if (isBold) bold.push({ row, column: 0, rows: texts.length, columns: 1 });
    for (const t of texts) rows.push(pad([asText(t)], width));
    const height = Math.max(...texts.map((t) => textRowHeight(t, text.width, isBold)));
    // A paragraph of several lines gets a little room above it (Sheets aligns text to the bottom), so
    // consecutive paragraphs read apart rather than as one block.
    if (height > DEFAULT_ROW_HEIGHT) rowHeights.push({ row, rows: texts.length, height: height + PARAGRAPH_GAP });
  };
  const line = (t: string, isBold = false) => paragraphs([t], isBold);

  line(model.title, true);
  // The heading lines, one a row: a line added to model.lines (a data-problems banner) is laid out as these.
  for (const l of model.lines) line(l);
  // Figures withheld: said above the table, bold on red, before anyone reads a total.
  const bannerRow = model.dataProblems ? rows.length : -1;
  if (model.dataProblems) line(model.dataProblems, true);
  const headingRows = rows.length;
  line('');
  const headerRow = rows.length;
  rows.push(pad(model.columns.map((c) => c.header), width));
  const firstUnitRow = rows.length;
  for (const u of model.units) rows.push(pad(u.cells.map(cell), width));
  const totalsRow = rows.length;
  rows.push(pad(model.totals.cells.map(cell), width));
  bold.push({ row: headerRow, column: 0, rows: 1, columns: width }, { row: totalsRow, column: 0, rows: 1, columns: width });

  const chart = model.units.length > 0 ? chartSpec(model, headerRow, totalsRow + 2, widths) : null;
  if (chart) {
    // Blank rows under the table for the chart to sit on: Sheets draws it over cells, so none of the
    // text below may be under it.
    const chartRows = Math.ceil(chart.size.height / DEFAULT_ROW_HEIGHT) + 2;
    for (let i = 0; i < chartRows; i++) rows.push(pad([''], width));
  }
  let trend: TrendBlock | null = null;
  if (model.trend) {
    trend = layoutTrend(model.trend, rows.length);
    for (const r of trend.rows) rows.push(pad(r, width));
  }

  let officers: OfficersBlock | null = null;
  if (model.officers) {
    line('');
    officers = layoutOfficers(model.officers, rows.length);
    for (const r of officers.rows) rows.push(pad(r, width));
  }

  const textStart = rows.length;
  if (model.notes.length > 0) {
    line('');
    paragraphs(model.notes);
  }
  if (model.text.whole.length + model.text.units.length > 0) {
    line('');
    line('NHẬN XÉT, ĐÁNH GIÁ', true);
    paragraphs(model.text.whole);
    paragraphs(model.text.units);
  }
  if (model.closed) {
    line('');
    line('SO VỚI SỐ LIỆU ĐÃ CHỐT', true);
    paragraphs(model.closed);
  }
  line('');
  line('KẾT QUẢ KIỂM TRA SỐ LIỆU', true);
  if (model.findings.length === 0) line('Không phát hiện sai lệch trong số liệu.');
  paragraphs(model.findings.map((f) => `${f.severity === 'error' ? 'Lỗi' : f.severity === 'warning' ? 'Cảnh báo' : 'Ghi chú'}: ${f.message}`));

  const headingBlock = { row: 0, column: 0, rows: headingRows, columns: text.columns };
  const textBlock = { row: textStart, column: 0, rows: rows.length - textStart, columns: text.columns };
  const tableRows = totalsRow - firstUnitRow + 1;
  const plan: SheetPlan = {
    values: rows,
    numberFormats: [
      {
        range: { row: firstUnitRow, column: 0, rows: tableRows, columns: model.columns.length },
        formats: Array.from({ length: tableRows }, () => model.columns.map((c) => c.format)),
      },
      ...(trend?.numberFormats ?? []),
      ...(officers?.numberFormats ?? []),
    ],
    bold: [...bold, ...(trend?.bold ?? []), ...(officers?.bold ?? [])],
    backgrounds: [
      { range: { row: headerRow, column: 0, rows: 1, columns: model.columns.length }, color: HEADER_BACKGROUND },
      ...(bannerRow >= 0 ? [{ range: { row: bannerRow, column: 0, rows: 1, columns: text.columns }, color: RED.background }] : []),
    ],
    wrap: [
      { row: headerRow, column: 0, rows: 1, columns: model.columns.length },
      ...(officers ? [{ row: officers.headerRow, column: 0, rows: 1, columns: officers.width }] : []),
      headingBlock,
      textBlock,
    ],
    mergeAcross: [headingBlock, textBlock],
    borders: [{ row: headerRow, column: 0, rows: totalsRow - headerRow + 1, columns: model.columns.length }, ...(officers?.borders ?? [])],
    rowHeights,
    frozenRows: headerRow + 1,
    columnWidths: widths,
    conditionalRules: conditionalRules(model, firstUnitRow, tableRows),
    charts: [...(chart ? [chart] : []), ...(trend ? [trend.chart] : [])],
  };
  return { plan, headerRow, firstUnitRow, totalsRow };
}

/** The first columns a paragraph is merged across: as many as reach TEXT_WIDTH, all the table's at most. */
function textColumns(widths: readonly number[]): { columns: number; width: number } {
  let width = 0;
  let columns = 0;
  while (columns < widths.length && width < TEXT_WIDTH) width += widths[columns++]!;
  return { columns, width };
}

function cell(v: ReportCell): PlanValue {
  return typeof v === 'string' ? asText(v) : v;
}

function pad(values: PlanValue[], width: number): PlanValue[] {
  const row = values.slice(0, width);
  while (row.length < width) row.push('');
  return row;
}

/** Below target red, at or above green: one rule per coloured column and colour, whatever the units. */
function conditionalRules(model: ReportModel, firstRow: number, rows: number): ConditionalRule[] {
  const rules: ConditionalRule[] = [];
  model.columns.forEach((c, column) => {
    const range = { row: firstRow, column, rows, columns: 1 };
    if (c.colour?.kind === 'gap') {
      rules.push({ range, when: { kind: 'numberLessThan', value: 0 }, ...RED });
      rules.push({ range, when: { kind: 'numberGreaterThanOrEqual', value: 0 }, ...GREEN });
    } else if (c.colour?.kind === 'rate') {
      const targetColumn = model.columns.findIndex((t) => t.key === (c.colour as { targetKey: string }).targetKey);
      if (targetColumn < 0) return;
      // The rate as shown (two decimals of a percent, ROUND is half up as shownRate): 79,996% is
      // 80,00% and green against 80%, as the gap and "Đạt chỉ tiêu" say.
      const rate = a1(firstRow, column);
      const target = a1(firstRow, targetColumn, { absoluteColumn: true });
      const both = `ISNUMBER(${rate}),ISNUMBER(${target})`;
      const shown = `ROUND(${rate},4)`;
      rules.push({ range, when: { kind: 'formula', formula: `=AND(${both},${shown}<${target})` }, ...RED });
      rules.push({ range, when: { kind: 'formula', formula: `=AND(${both},${shown}>=${target})` }, ...GREEN });
    }
  });
  return rules;
}

/**
 * Rates by unit as bars, each target as a line (việc and tiền); units only (the totals row would
 * dwarf nothing but mislead). Below the table at `anchorRow`, as wide as the units' names need (at
 * most the table's width), the legend at the bottom and the names slanted, so none overlaps another.
 */
function chartSpec(model: ReportModel, headerRow: number, anchorRow: number, widths: readonly number[]): ChartSpec {
  const rows = model.units.length + 1; // header + units
  const columnOf = (key: string) => model.columns.findIndex((c) => c.key === key);
  const range = (column: number) => ({ row: headerRow, column, rows, columns: 1 });
  const header = (column: number) => model.columns[column]?.header ?? '';
  const series: ChartSpec['series'] = [];
  const barColours = ['#4472c4', '#ed7d31'];
  // Each target line in a darker shade of its rate's bars: the pairs read together.
  const lineColours = ['#1f3864', '#843c0c'];
  model.chart.bars.forEach((key, i) => {
    const c = columnOf(key);
    if (c >= 0) series.push({ range: range(c), label: header(c), type: 'bars', color: barColours[i % barColours.length]! });
  });
  for (const key of model.chart.lines) {
    const c = columnOf(key);
    const colour = key.startsWith('tien.') ? lineColours[1]! : lineColours[0]!;
    if (c >= 0) series.push({ range: range(c), label: header(c), type: 'line', color: colour });
  }
  const tableWidth = widths.reduce((a, b) => a + b, 0);
  return {
    title: model.chart.title,
    domain: range(columnOf('label')),
    series,
    headerRows: 1,
    anchor: { row: anchorRow, column: 0 },
    size: { width: Math.round(Math.min(Math.max(720, 160 + model.units.length * 44), Math.max(720, tableWidth))), height: CHART_HEIGHT },
    valueFormat: '0%',
    legend: 'bottom',
    slantedLabels: true,
  };
}
