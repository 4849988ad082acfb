import type { CellRange, ChartSpec, ConditionalRule, SheetPlan } from '../../core/report/plan';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Writes a whole plan into a fresh sheet with a fixed number of batched calls: one setValues() for all
 * values, one call per format block, one mergeAcross() per block of paragraphs, one setRowHeights() per
 * run of rows of one height, one setConditionalFormatRules(), one chart — nothing per unit.
 * Only writes: nothing is read in between, so Sheets can batch them.
 */
export function writePlan(sheet: Sheet, plan: SheetPlan): void {
  const rows = plan.values.length;
  const columns = rows > 0 ? plan.values[0]!.length : 0;
  if (rows === 0 || columns === 0) return;
  ensureSize(sheet, rows, columns);
  sheet.getRange(1, 1, rows, columns).setValues(plan.values);
  for (const block of plan.numberFormats) {
    if (block.range.rows > 0 && block.range.columns > 0) range(sheet, block.range).setNumberFormats(block.formats);
  }
  for (const r of plan.bold) range(sheet, r).setFontWeight('bold');
  for (const b of plan.backgrounds) range(sheet, b.range).setBackground(b.color);
  // Merged before wrapped: the wrap then stands on each merged cell's top-left cell, which shows it.
  for (const r of plan.mergeAcross ?? []) if (r.rows > 0 && r.columns > 1) range(sheet, r).mergeAcross();
  for (const r of plan.wrap) if (r.rows > 0) range(sheet, r).setWrap(true);
  for (const r of plan.borders ?? []) range(sheet, r).setBorder(true, true, true, true, true, true);
  for (const h of plan.rowHeights ?? []) sheet.setRowHeights(h.row + 1, h.rows, h.height);
  if (plan.frozenRows > 0) sheet.setFrozenRows(plan.frozenRows);
  plan.columnWidths.forEach((width, i) => sheet.setColumnWidth(i + 1, width));
  if (plan.conditionalRules.length > 0) {
    sheet.setConditionalFormatRules(plan.conditionalRules.map((r) => conditionalRule(sheet, r)));
  }
  for (const chart of plan.charts) sheet.insertChart(buildChart(sheet, chart));
}

/**
 * Grows a new sheet (1000 × 26 in Sheets) to the plan's size. Rows are always added, at least one,
 * so the calls are the same for 10 units and for 700: a blank row at the end is harmless.
 */
function ensureSize(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  sheet.insertRowsAfter(maxRows, Math.max(1, rows - maxRows));
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns < columns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

function range(sheet: Sheet, r: CellRange): GoogleAppsScript.Spreadsheet.Range {
  return sheet.getRange(r.row + 1, r.column + 1, r.rows, r.columns);
}

function conditionalRule(sheet: Sheet, rule: ConditionalRule): GoogleAppsScript.Spreadsheet.ConditionalFormatRule {
  let builder = SpreadsheetApp.newConditionalFormatRule();
  if (rule.when.kind === 'numberLessThan') builder = builder.whenNumberLessThan(rule.when.value);
  else if (rule.when.kind === 'numberGreaterThanOrEqual') builder = builder.whenNumberGreaterThanOrEqualTo(rule.when.value);
  else builder = builder.whenFormulaSatisfied(rule.when.formula);
  builder = builder.setBackground(rule.background);
  if (rule.fontColor) builder = builder.setFontColor(rule.fontColor);
  return builder.setRanges([range(sheet, rule.range)]).build();
}

/**
 * A combo chart: bars for the rates, a line for each target (đường chỉ tiêu), sized, the legend at the
 * bottom and the unit names slanted (Google Charts options, as Sheets' embedded charts take them).
 */
function buildChart(sheet: Sheet, spec: ChartSpec): GoogleAppsScript.Spreadsheet.EmbeddedChart {
  const series: Record<number, { type: string; color: string }> = {};
  spec.series.forEach((s, i) => {
    series[i] = { type: s.type, color: s.color };
  });
  let builder = sheet.newChart().asComboChart().addRange(range(sheet, spec.domain));
  for (const s of spec.series) builder = builder.addRange(range(sheet, s.range));
  return builder
    .setNumHeaders(spec.headerRows)
    .setOption('title', spec.title)
    .setOption('seriesType', 'bars')
    .setOption('series', series)
    .setOption('vAxis', { format: spec.valueFormat, minValue: 0 })
    .setOption('legend', { position: spec.legend })
    .setOption('hAxis', spec.slantedLabels ? { slantedText: true, slantedTextAngle: 45 } : {})
    .setOption('width', spec.size.width)
    .setOption('height', spec.size.height)
    .setPosition(spec.anchor.row + 1, spec.anchor.column + 1, 0, 0)
    .build();
}
