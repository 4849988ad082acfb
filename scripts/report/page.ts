/**
 * The report sheet as the add-on wrote it, read back from the runtime's workbook into a plain page
 * model: the sheet itself as Sheets lays it out (column widths, row heights, merges, wraps, bold,
 * colours from the conditional rules, the chart where it was anchored, at its size), and, read from
 * the same cells, the heading lines, the table and the text below for tests to look at.
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

/** One cell of the sheet as Sheets draws it; a cell covered by a merge is not drawn (null in its row). */
export interface SheetCell {
  text: string;
  colspan: number;
  rowspan: number;
  wrap: boolean;
  bold: boolean;
  /** Sheets' default: numbers to the right, text to the left. */
  align: 'left' | 'right' | 'center';
  background?: string;
  color?: string;
  border: boolean;
}

/** The sheet's layout: what a screenshot of it in Sheets shows. */
export interface SheetView {
  /** Pixels, one per column drawn. */
  columnWidths: number[];
  rows: { height: number; cells: (SheetCell | null)[] }[];
  frozenRows: number;
  /**
   * The chart: anchored to a cell (1-based) with offsets in pixels, as Sheets keeps it (it moves with
   * its cell when a row above grows), its size, what it draws and how.
   */
  chart: {
    anchorRow: number;
    anchorColumn: number;
    offsetX: number;
    offsetY: number;
    width: number;
    height: number;
    data: ChartData;
    legend: string;
    slanted: boolean;
  } | null;
}

export interface ReportPage {
  sheetName: string;
  sheet: SheetView;
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
    sheet: sheetView(workbook, sheet, shown),
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

const DEFAULT_COLUMN_WIDTH = 100;
const DEFAULT_ROW_HEIGHT = 21;

/** The sheet as laid out: every used row and column with its size, merges spanning, styles as set. */
function sheetView(workbook: Workbook, sheet: SheetModel, shown: string[][]): SheetView {
  const rows = shown.length;
  const columns = Math.max(...shown.map((r) => r.length), ...sheet.merges.map((m) => m.column + m.numColumns - 1));
  const columnWidths = Array.from({ length: columns }, (_, c) => sheet.columnWidths[c + 1] ?? DEFAULT_COLUMN_WIDTH);
  const rowHeight = (r: number) => sheet.rowHeights[r] ?? DEFAULT_ROW_HEIGHT;
  const covered = new Set<string>();
  const spans = new Map<string, { rows: number; columns: number }>();
  for (const m of sheet.merges) {
    spans.set(cellA1(m.row, m.column), { rows: m.numRows, columns: m.numColumns });
    for (let r = m.row; r < m.row + m.numRows; r++)
      for (let c = m.column; c < m.column + m.numColumns; c++) if (r !== m.row || c !== m.column) covered.add(cellA1(r, c));
  }
  const view: SheetView['rows'] = [];
  for (let r = 1; r <= rows; r++) {
    const cells: (SheetCell | null)[] = [];
    for (let c = 1; c <= columns; c++) {
      if (covered.has(cellA1(r, c))) {
        cells.push(null);
        continue;
      }
      const model = sheet.cell(r, c);
      const style = model?.style;
      const span = spans.get(cellA1(r, c));
      const value = model?.value;
      const align = (style?.horizontalAlignment as SheetCell['align'] | undefined) ?? (typeof value === 'number' ? 'right' : 'left');
      const own = { background: style?.background ?? undefined, color: style?.fontColor ?? undefined };
      const rule = colour(sheet, r, c);
      cells.push({
        text: shown[r - 1]?.[c - 1] ?? '',
        colspan: span?.columns ?? 1,
        rowspan: span?.rows ?? 1,
        wrap: style?.wrap === true,
        bold: style?.fontWeight === 'bold',
        align,
        ...(rule.background ?? own.background ? { background: (rule.background ?? own.background)! } : {}),
        ...(rule.color ?? own.color ? { color: (rule.color ?? own.color)! } : {}),
        border: style?.border === true,
      });
    }
    view.push({ height: rowHeight(r), cells });
  }
  return { columnWidths, rows: view, frozenRows: sheet.frozenRows, chart: chartBox(sheet) };
}

/** Where the chart sits, at the size it was given. */
function chartBox(sheet: SheetModel): SheetView['chart'] {
  const record = sheet.charts[0];
  const data = chartData(sheet);
  if (!record || !data) return null;
  const options = record.options;
  const legend = (options['legend'] as { position?: string } | undefined)?.position ?? 'right';
  const hAxis = (options['hAxis'] ?? {}) as { slantedText?: boolean };
  return {
    ...record.position,
    // Sheets draws an embedded chart 600 × 371 unless told otherwise.
    width: Number(options['width'] ?? 600),
    height: Number(options['height'] ?? 371),
    data,
    legend,
    slanted: hAxis.slantedText === true,
  };
}
