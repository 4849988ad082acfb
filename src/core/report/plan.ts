/**
 * A sheet to write, as data: what the shell hands to the port in one piece. Everything is
 * positioned (0-based rows and columns) so that the adapter only translates it into batched
 * service calls, and the number of those calls depends on the plan's shape, never on how many
 * units it holds (formats by block, conditional rules instead of per-cell colours).
 */

/** A rectangle of cells, 0-based. */
export interface CellRange {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/** What a written cell may hold: text already made safe (see `asText`), numbers, or blank (""). */
export type PlanValue = string | number | boolean;

/** A conditional-format rule (định dạng có điều kiện): colour cells instead of painting each one. */
export interface ConditionalRule {
  range: CellRange;
  when:
    | { kind: 'numberLessThan'; value: number }
    | { kind: 'numberGreaterThanOrEqual'; value: number }
    /** A Sheets formula relative to the range's top-left cell, e.g. "=AND(ISNUMBER($F5),E5<$F5)". */
    | { kind: 'formula'; formula: string };
  background: string;
  fontColor?: string;
}

/** One data series of a chart: a column of the sheet, header row included. */
export interface ChartSeries {
  range: CellRange;
  label: string;
  /** Bars for rates, a line for the target (đường chỉ tiêu). */
  type: 'bars' | 'line';
  color: string;
}

/** A combo chart (bars + target lines) the add-on asks Sheets to draw. */
export interface ChartSpec {
  title: string;
  /** The unit names, header row included. */
  domain: CellRange;
  series: ChartSeries[];
  /** Header rows at the top of each range. */
  headerRows: number;
  /** Where the chart's top-left corner sits. */
  anchor: { row: number; column: number };
  /** Size in pixels: wide enough for the unit names under their bars. */
  size: { width: number; height: number };
  /** Axis of the values: rates are fractions shown as percentages. */
  valueFormat: string;
  /** The legend's place: below the plot, away from the unit names. */
  legend: 'bottom';
  /** Unit names on the horizontal axis written slanted, so long names do not overlap. */
  slantedLabels: boolean;
}

/** Consecutive rows of one height (chiều cao hàng), in pixels. */
export interface RowHeights {
  row: number;
  rows: number;
  height: number;
}

/** Everything written into one sheet. */
export interface SheetPlan {
  /** Rectangular: every row has the same length. Written with one setValues(). */
  values: PlanValue[][];
  /** Number formats by block (one setNumberFormats() each). */
  numberFormats: { range: CellRange; formats: string[][] }[];
  bold: CellRange[];
  backgrounds: { range: CellRange; color: string }[];
  /** Ranges whose long text wraps (within its cell, or its merged cell). */
  wrap: CellRange[];
  /**
   * Ranges merged row by row (Range.mergeAcross): one merged cell per row, for paragraphs laid across
   * several columns. Sheets does not grow a row for a merged wrapped cell: `rowHeights` sets them.
   */
  mergeAcross?: CellRange[];
  /** Ranges drawn with thin borders on every cell (a table that reads as one when printed). */
  borders?: CellRange[];
  /** Row heights set by the add-on; rows not listed keep Sheets' default (21 px, or grown to fit unmerged wrapped text). */
  rowHeights?: RowHeights[];
  frozenRows: number;
  /** Width in pixels of the first columns (index = column). */
  columnWidths: number[];
  conditionalRules: ConditionalRule[];
  charts: ChartSpec[];
}
