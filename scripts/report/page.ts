/**
 * The report sheet as the add-on wrote it, read back from the runtime's workbook into a plain page
 * model: heading lines, the table as a vi_VN spreadsheet shows it (colours from the conditional
 * rules the add-on set), the text and findings below, and the chart the add-on asked Sheets to draw.
 */
import { appliedConditionalFormats, cellA1, displayGrid, parseA1, type AppliedFormat, type Workbook } from '../../runtime/index';
import type { SheetModel } from '../../runtime/index';

export interface PageCell {
  text: string;
  background?: string;
  color?: string;
}

export interface ChartSeriesData {
  label: string;
  type: 'bars' | 'line';
  color: string;
  values: (number | null)[];
}

export interface ChartData {
  title: string;
  categories: string[];
  series: ChartSeriesData[];
}

export interface ReportPage {
  sheetName: string;
  title: string;
  lines: string[];
  header: string[];
  rows: { cells: PageCell[]; total: boolean }[];
  after: { text: string; heading: boolean }[];
  chart: ChartData | null;
}

/** Reads the report sheet `name` of the workbook back into a page. */
export function reportPage(workbook: Workbook, name: string): ReportPage {
  const sheet = workbook.requireSheet(name);
  const shown = displayGrid(workbook, name);
  const headerIndex = shown.findIndex((r) => r.includes('Đơn vị') && r.includes('Xếp hạng'));
  if (headerIndex < 0) throw new Error(`Trang “${name}” không có hàng tiêu đề của bảng báo cáo.`);
  const width = shown[headerIndex]!.filter((t, i, all) => t !== '' || all.slice(i).some((x) => x !== '')).length;
  const labelColumn = shown[headerIndex]!.indexOf('Đơn vị');
  let end = shown.findIndex((r, i) => i > headerIndex && r[labelColumn] === 'Tổng cộng');
  if (end < 0) end = shown.length - 1;

  const above = shown.slice(0, headerIndex).map((r) => r[0] ?? '').filter((t) => t !== '');
  const rows = [];
  for (let r = headerIndex + 1; r <= end; r++) {
    const cells: PageCell[] = [];
    for (let c = 0; c < width; c++) cells.push({ text: shown[r]![c] ?? '', ...colour(sheet, r + 1, c + 1) });
    rows.push({ cells, total: r === end });
  }
  const after = [];
  for (let r = end + 1; r < shown.length; r++) {
    const text = shown[r]![0] ?? '';
    if (text !== '') after.push({ text, heading: sheet.cell(r + 1, 1)?.style?.fontWeight === 'bold' });
  }
  return {
    sheetName: name,
    title: above[0] ?? name,
    lines: above.slice(1),
    header: shown[headerIndex]!.slice(0, width),
    rows,
    after,
    chart: chartData(sheet),
  };
}

const applied = new WeakMap<SheetModel, Map<string, AppliedFormat>>();

/** The colour the add-on's conditional rules give a cell (1-based), evaluated by the runtime as Sheets would. */
function colour(sheet: SheetModel, row: number, column: number): { background?: string; color?: string } {
  let formats = applied.get(sheet);
  if (!formats) applied.set(sheet, (formats = appliedConditionalFormats(sheet)));
  const format = formats.get(cellA1(row, column));
  const out: { background?: string; color?: string } = {};
  if (format?.background) out.background = format.background;
  if (format?.fontColor) out.color = format.fontColor;
  return out;
}

/** The chart the add-on inserted: first range = unit names, the others = series, one header row. */
function chartData(sheet: SheetModel): ChartData | null {
  const chart = sheet.charts[0];
  if (!chart) return null;
  const rects = chart.ranges.map((a1) => parseA1(a1)?.rect);
  if (rects.some((r) => !r) || rects.length < 2) return null;
  const headers = Number(chart.options['numHeaders'] ?? 1);
  const column = (rect: NonNullable<(typeof rects)[number]>) => {
    const out: unknown[] = [];
    for (let r = rect.row + headers; r < rect.row + rect.numRows; r++) out.push(sheet.cell(r, rect.column)?.value);
    return out;
  };
  const options = (chart.options['series'] ?? {}) as Record<string, { type?: string; color?: string }>;
  const [domain, ...series] = rects as NonNullable<(typeof rects)[number]>[];
  return {
    title: String(chart.options['title'] ?? ''),
    categories: column(domain!).map((v) => String(v ?? '')),
    series: series.map((rect, i) => ({
      label: String(sheet.cell(rect.row, rect.column)?.value ?? ''),
      type: options[i]?.type === 'line' ? 'line' : 'bars',
      color: options[i]?.color ?? '#4472c4',
      values: column(rect).map((v) => (typeof v === 'number' ? v : null)),
    })),
  };
}
