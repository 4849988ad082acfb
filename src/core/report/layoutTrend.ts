import { asText } from './asText';
import { DEFAULT_ROW_HEIGHT } from './textRowHeight';
import type { CellRange, ChartSpec, PlanValue, SheetPlan } from './plan';
import type { ReportTrend, TrendLine } from './trend';
import { FORMAT } from './types';

/** The trend chart's height in pixels; blank rows are kept under it. */
const TREND_CHART_HEIGHT = 360;

/** The rows of the trend section and what goes with them, positioned from `firstRow`. */
export interface TrendBlock {
  /** Rows of `width` cells or fewer (the caller pads them). */
  rows: PlanValue[][];
  /** The widest row: the caller's table must be at least as wide. */
  width: number;
  numberFormats: SheetPlan['numberFormats'];
  bold: CellRange[];
  chart: ChartSpec;
}

/**
 * Lays out the "DIỄN BIẾN" section (diễn biến theo tháng): the whole's table with one row a month —
 * rate, pro-rata target (tiến độ), gap and same month last year, việc then tiền — under it a line chart
 * of the whole's rates against the pro-rata target lines, then per measure a table of every unit's rate
 * and gap to the pro-rata target at each month. Months missing from the series are said in the heading.
 *
 * @example layoutTrend(trend, 40).rows[0] // ["DIỄN BIẾN THEO THÁNG — năm thống kê 2024: T10 … T3"]
 */
export function layoutTrend(trend: ReportTrend, firstRow: number): TrendBlock {
  const rows: PlanValue[][] = [];
  const numberFormats: SheetPlan['numberFormats'] = [];
  const bold: CellRange[] = [];
  const row = () => firstRow + rows.length;
  const first = trend.months[0]?.label ?? '';
  const last = trend.months[trend.months.length - 1]?.label ?? '';
  bold.push({ row: row(), column: 0, rows: 1, columns: 1 });
  rows.push([asText(`DIỄN BIẾN THEO THÁNG — năm thống kê ${trend.year}: ${trend.months.length} tháng (${first} … ${last})`)]);
  if (trend.missing.length > 0) {
    rows.push([asText(`Thiếu số liệu: ${trend.missing.map((m) => `${m} tháng`).join(', ')} — không có trang, không nội suy.`)]);
  }

  // The whole, one row a month: what the chart draws.
  const prev = trend.hasPrevious;
  const header = [
    'Kỳ',
    'Tỷ lệ việc',
    'Tiến độ chỉ tiêu việc',
    'Vượt/thiếu tiến độ việc',
    ...(prev ? ['Cùng kỳ việc'] : []),
    'Tỷ lệ tiền',
    'Tiến độ chỉ tiêu tiền',
    'Vượt/thiếu tiến độ tiền',
    ...(prev ? ['Cùng kỳ tiền'] : []),
  ];
  const formats = header.map((h) => (h === 'Kỳ' ? FORMAT.text : h.startsWith('Vượt') ? FORMAT.points : FORMAT.rate));
  const headerRow = row();
  bold.push({ row: headerRow, column: 0, rows: 1, columns: header.length });
  rows.push(header);
  trend.months.forEach((m, i) => {
    const p = trend.total.points[i]!;
    const measure = (k: 'viec' | 'tien') => [p[k].rate ?? '', trend.progress[k][i] ?? '', p[k].gap ?? '', ...(prev ? [p[k].previous ?? ''] : [])];
    rows.push([asText(`${m.label} (${m.month} tháng)`), ...measure('viec'), ...measure('tien')]);
  });
  numberFormats.push({ range: { row: headerRow + 1, column: 0, rows: trend.months.length, columns: header.length }, formats: trend.months.map(() => formats) });

  const column = (name: string) => header.indexOf(name);
  const range = (c: number): CellRange => ({ row: headerRow, column: c, rows: trend.months.length + 1, columns: 1 });
  const series: ChartSpec['series'] = [];
  const lines: [string, string][] = [
    ['Tỷ lệ việc', '#4472c4'],
    ['Tiến độ chỉ tiêu việc', '#1f3864'],
    ['Tỷ lệ tiền', '#ed7d31'],
    ['Tiến độ chỉ tiêu tiền', '#843c0c'],
  ];
  for (const [name, color] of lines) {
    const target = name.startsWith('Tiến độ');
    if (target && trend.targets[name.endsWith('việc') ? 'viec' : 'tien'] === null) continue;
    series.push({ range: range(column(name)), label: name, type: 'line', color });
  }
  const chart: ChartSpec = {
    title: `Diễn biến tỷ lệ giải quyết xong toàn bộ so với tiến độ chỉ tiêu — năm ${trend.year}`,
    domain: range(0),
    series,
    headerRows: 1,
    anchor: { row: row() + 1, column: 0 },
    size: { width: 720, height: TREND_CHART_HEIGHT },
    valueFormat: '0%',
    legend: 'bottom',
    slantedLabels: false,
  };
  const chartRows = Math.ceil(TREND_CHART_HEIGHT / DEFAULT_ROW_HEIGHT) + 2;
  for (let i = 0; i < chartRows; i++) rows.push(['']);

  // Every unit, per measure: its rate and its gap to the pro-rata target at each month.
  for (const [m, words] of [['viec', 'việc'], ['tien', 'tiền']] as const) {
    const unitsHeader = row();
    rows.push([asText(`Tỷ lệ ${words} theo tháng`), ...trend.months.map((x) => x.label)]);
    bold.push({ row: unitsHeader, column: 0, rows: 1, columns: trend.months.length + 1 });
    const body: { values: PlanValue[]; format: string }[] = [];
    body.push({ values: [`Tiến độ chỉ tiêu (${words})`, ...trend.progress[m].map((v) => v ?? '')], format: FORMAT.rate });
    for (const line of [trend.total, ...trend.units]) body.push(...unitRows(line, m));
    const start = row();
    for (const b of body) rows.push([asText(String(b.values[0])), ...b.values.slice(1)]);
    numberFormats.push({
      range: { row: start, column: 1, rows: body.length, columns: trend.months.length },
      formats: body.map((b) => trend.months.map(() => b.format)),
    });
  }
  return { rows, width: trendWidth(trend), numberFormats, bold, chart };
}

/**
 * How many columns the "DIỄN BIẾN" section takes — the whole's table (period, then 3 or 4 columns per
 * measure) or the units' tables (one column a month) — known before laying it out, so that the report
 * sizes its table once.
 *
 * @example trendWidth(trend) // 9 with last year's months, 7 without (when 6 months or fewer)
 */
export function trendWidth(trend: Pick<ReportTrend, 'hasPrevious' | 'months'>): number {
  return Math.max(1 + 2 * (trend.hasPrevious ? 4 : 3), trend.months.length + 1);
}

/** A unit's rows: its rate at each month, its gap to the pro-rata target, and last year's rate when given. */
function unitRows(line: TrendLine, m: 'viec' | 'tien'): { values: PlanValue[]; format: string }[] {
  const out = [
    { values: [line.label, ...line.points.map((p) => p[m].rate ?? '')], format: FORMAT.rate },
    { values: [`   vượt/thiếu tiến độ`, ...line.points.map((p) => p[m].gap ?? '')], format: FORMAT.points },
  ];
  if (line.points.some((p) => p[m].previous !== null)) out.push({ values: [`   cùng kỳ năm trước`, ...line.points.map((p) => p[m].previous ?? '')], format: FORMAT.rate });
  return out;
}
