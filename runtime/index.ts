/**
 * The local Apps Script runtime: runs the BUILT add-on (build/*.js) in a Node vm context over an
 * in-memory workbook that loads from and saves to .xlsx. Base of the tests, the demo, the preview
 * server and the benchmarks. Node only: never imported by src/.
 */
export { Workbook, MAX_SHEET_NAME } from './model/workbook';
export type { SheetModel, MetadataRecord, ChartRecord, ConditionalFormatRecord } from './model/sheet';
export type { Cell, Value, CellStyle } from './model/cell';
export { RuntimeInputError } from './errors';
export { CallCounter } from './counter';
export type { CallSnapshot } from './counter';
export { createRuntime, createRuntimeSync, pushOrder, DEFAULT_BUILD_DIR, REPO_ROOT } from './context';
export type { AppsScriptRuntime, RuntimeOptions } from './context';
export type { RecalcReport, FormulaCell } from './formula/recalculate';
export type { UiRecord, MenuRecord, ShownHtml } from './services/ui-record';
export { displayValue } from './model/display';
export { parseA1, rectA1, cellA1, columnLetters, columnNumber } from './model/a1';
export { sheetToGrid, displayGrid } from './grid';
export { appliedConditionalFormats } from './formula/conditional';
export type { AppliedFormat } from './formula/conditional';
export { parseFormula, evaluateFormula, FormulaError } from './formula/expression';
