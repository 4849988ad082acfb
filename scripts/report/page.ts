/**
 * The report sheet as the add-on wrote it, read back from the runtime's workbook into a plain page
 * model: heading lines, the table as a vi_VN spreadsheet shows it (colours from the conditional
 * rules the add-on set), the text and findings below, and the chart the add-on asked Sheets to draw.
 */
import { displayGrid, parseA1, type Workbook } from '../../runtime/index';
import type { SheetModel } from '../../runtime/index';
import { roundHalfUp } from '../../src/core/numbers/roundHalfUp';

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

/** The colour the add-on's conditional rules give a cell (1-based); the first rule that holds wins, as in Sheets. */
function colour(sheet: SheetModel, row: number, column: number): { background?: string; color?: string } {
  const value = sheet.cell(row, column)?.value;
  for (const rule of sheet.conditionalFormats) {
    if (!rule.ranges.some((a1) => inside(a1, row, column))) continue;
    if (!holds(sheet, rule.condition, value, row)) continue;
    const out: { background?: string; color?: string } = {};
    if (rule.format.background) out.background = rule.format.background;
    if (rule.format.fontColor) out.color = rule.format.fontColor;
    return out;
  }
  return {};
}

function inside(a1: string, row: number, column: number): boolean {
  const rect = parseA1(a1)?.rect;
  return !!rect && row >= rect.row && row < rect.row + rect.numRows && column >= rect.column && column < rect.column + rect.numColumns;
}

function holds(sheet: SheetModel, condition: { type: string; values: unknown[] }, value: unknown, row: number): boolean {
  const n = condition.values[0];
  if (condition.type === 'NUMBER_LESS') return typeof value === 'number' && typeof n === 'number' && value < n;
  if (condition.type === 'NUMBER_GREATER_THAN_EQ') return typeof value === 'number' && typeof n === 'number' && value >= n;
  if (condition.type === 'CUSTOM_FORMULA' && typeof n === 'string') {
    // The add-on's own form: =AND(ISNUMBER(E9),ISNUMBER($F9),ROUND(E9,4)<$F9) — a rate as shown against its target.
    const m = /^=AND\(ISNUMBER\(\$?([A-Z]+)\d+\),ISNUMBER\(\$?([A-Z]+)\d+\),(?:ROUND\(\$?[A-Z]+\d+,(\d+)\)|\$?[A-Z]+\d+)(<|>=)\$?[A-Z]+\d+\)$/.exec(n);
    if (!m) return false;
    const target = sheet.cell(row, parseA1(`${m[2]}1`)!.rect.column)?.value;
    if (typeof value !== 'number' || typeof target !== 'number') return false;
    const rate = m[3] === undefined ? value : roundHalfUp(value, Number(m[3]));
    return m[4] === '<' ? rate < target : rate >= target;
  }
  return false;
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
