import { a1 } from './a1';
import { asText } from './asText';
import type { CellRange, ChartSpec, ConditionalRule, PlanValue, SheetPlan } from './plan';
import type { ReportCell, ReportModel } from './types';

const RED = { background: '#f4c7c3', fontColor: '#a50e0e' };
const GREEN = { background: '#d9ead3', fontColor: '#137333' };
const HEADER_BACKGROUND = '#d9e2f3';

/** Where the parts of the report sit in the sheet (0-based rows). */
export interface ReportLayout {
  plan: SheetPlan;
  headerRow: number;
  firstUnitRow: number;
  totalsRow: number;
}

/**
 * Lays the report out in a sheet (bố cục trang báo cáo): title and heading lines, the table (frozen
 * header, formats by block, colours by conditional rules), the totals row, notes, the text and the
 * findings, and a chart to the right of the table. Every string is made to stay text (`asText`): unit
 * names and findings come from the user's cells. The plan's size in calls does not depend on the units.
 *
 * @example layoutReport(model).plan.values[layoutReport(model).headerRow] // ["STT", "Đơn vị", …]
 */
export function layoutReport(model: ReportModel): ReportLayout {
  const width = Math.max(model.columns.length, 2);
  const rows: PlanValue[][] = [];
  const bold: CellRange[] = [];
  const line = (text: string, isBold = false) => {
    if (isBold) bold.push({ row: rows.length, column: 0, rows: 1, columns: 1 });
    rows.push(pad([asText(text)], width));
  };

  line(model.title, true);
  for (const l of model.lines) line(l);
  // Figures withheld: said above the table, bold on red, before anyone reads a total.
  const bannerRow = model.dataProblems ? rows.length : -1;
  if (model.dataProblems) line(model.dataProblems, true);
  line('');
  const headerRow = rows.length;
  rows.push(pad(model.columns.map((c) => c.header), width));
  const firstUnitRow = rows.length;
  for (const u of model.units) rows.push(pad(u.cells.map(cell), width));
  const totalsRow = rows.length;
  rows.push(pad(model.totals.cells.map(cell), width));
  bold.push({ row: headerRow, column: 0, rows: 1, columns: width }, { row: totalsRow, column: 0, rows: 1, columns: width });

  if (model.notes.length > 0) {
    line('');
    for (const n of model.notes) line(n);
  }
  if (model.text.whole.length + model.text.units.length > 0) {
    line('');
    line('NHẬN XÉT, ĐÁNH GIÁ', true);
    for (const t of model.text.whole) line(t);
    for (const t of model.text.units) line(t);
  }
  line('');
  line('KẾT QUẢ KIỂM TRA SỐ LIỆU', true);
  if (model.findings.length === 0) line('Không phát hiện sai lệch trong số liệu.');
  for (const f of model.findings) line(`${f.severity === 'error' ? 'Lỗi' : f.severity === 'warning' ? 'Cảnh báo' : 'Ghi chú'}: ${f.message}`);

  const tableRows = totalsRow - firstUnitRow + 1;
  const plan: SheetPlan = {
    values: rows,
    numberFormats: [
      {
        range: { row: firstUnitRow, column: 0, rows: tableRows, columns: model.columns.length },
        formats: Array.from({ length: tableRows }, () => model.columns.map((c) => c.format)),
      },
    ],
    bold,
    backgrounds: [
      { range: { row: headerRow, column: 0, rows: 1, columns: model.columns.length }, color: HEADER_BACKGROUND },
      ...(bannerRow >= 0 ? [{ range: { row: bannerRow, column: 0, rows: 1, columns: width }, color: RED.background }] : []),
    ],
    wrap: [{ row: headerRow, column: 0, rows: 1, columns: model.columns.length }],
    frozenRows: headerRow + 1,
    columnWidths: [48, 260],
    conditionalRules: conditionalRules(model, firstUnitRow, tableRows),
    charts: model.units.length > 0 ? [chartSpec(model, headerRow)] : [],
  };
  return { plan, headerRow, firstUnitRow, totalsRow };
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

/** Rates by unit as bars, the việc target as a line; units only (the totals row would dwarf nothing but mislead). */
function chartSpec(model: ReportModel, headerRow: number): ChartSpec {
  const rows = model.units.length + 1; // header + units
  const columnOf = (key: string) => model.columns.findIndex((c) => c.key === key);
  const range = (column: number) => ({ row: headerRow, column, rows, columns: 1 });
  const header = (column: number) => model.columns[column]?.header ?? '';
  const series: ChartSpec['series'] = [];
  const colours = ['#4472c4', '#ed7d31'];
  model.chart.bars.forEach((key, i) => {
    const c = columnOf(key);
    if (c >= 0) series.push({ range: range(c), label: header(c), type: 'bars', color: colours[i % colours.length]! });
  });
  if (model.chart.line) {
    const c = columnOf(model.chart.line);
    if (c >= 0) series.push({ range: range(c), label: header(c), type: 'line', color: '#c00000' });
  }
  return {
    title: model.chart.title,
    domain: range(columnOf('label')),
    series,
    headerRows: 1,
    anchor: { row: headerRow, column: model.columns.length + 1 },
    valueFormat: '0%',
  };
}
