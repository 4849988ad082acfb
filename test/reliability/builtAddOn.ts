/**
 * Issue 11's try on tables as staff keep them, through the BUILT add-on (build/*.js) in the local
 * runtime: the sidebar's report with the table detected (no mapping given), and THADS_SUMMARY,
 * THADS_CHECK typed below the same table and recalculated. Run `npm run build` first (`npm test` does).
 */
import { runInContext } from 'node:vm';
import { createRuntime, createRuntimeSync, Workbook, type AppsScriptRuntime } from '../../runtime/index';
import { withReportDefaults } from '../../src/shared/reportSettings';
import type { ReportSettings } from '../../src/shared/rpc';

export const DATA_SHEET = 'Số liệu';
export const REPORT_SHEET = 'Báo cáo 12 tháng năm 2020';

/** A report row by its header: label → { 'Tỷ lệ việc': …, 'Xếp hạng': … }. */
export type ReportRows = Map<string, Record<string, unknown>>;

export interface BuiltReport {
  ok: boolean;
  message: string;
  summary?: { units: number; ranked: number; withheld: number; rateViec: number | null; rateTien: number | null };
  findings: { severity: string; rule: string; message: string }[];
  /** The unit and totals rows of the report sheet, by label. */
  rows: ReportRows;
  /** Every text cell of the report sheet, joined by newlines (the paragraphs, the banner). */
  text: string;
}

/** Makes the report as the sidebar does (targets 80% việc, 38% tiền; period 12 months 2020), mapping detected. */
export async function builtReport(table: unknown[][]): Promise<BuiltReport> {
  const wb = Workbook.empty();
  wb.addSheet(DATA_SHEET, table);
  return builtReportOn(wb, {});
}

/** Makes the report on a workbook as the sidebar does (the defaults of builtReport, `given` winning). */
export async function builtReportOn(wb: Workbook, given: Partial<ReportSettings>, runtime?: AppsScriptRuntime): Promise<BuiltReport> {
  runtime ??= await createRuntime({ workbook: wb });
  const settings = withReportDefaults({
    source: { sheet: DATA_SHEET, range: null, mapping: null },
    period: { year: 2020, month: 12 },
    targets: { kind: 'uniform', viec: 0.8, tien: 0.38, backlogReduction: null },
    moneyUnit: null,
    ...given,
  });
  const parse = runInContext('JSON.parse', runtime.context) as (s: string) => unknown;
  const answer = runtime.call('sidebarMakeReport', parse(JSON.stringify(settings))) as BuiltReport;
  const rows: ReportRows = new Map();
  const sheet = wb.sheet(answer.ok ? (answer as unknown as { sheetName: string }).sheetName : REPORT_SHEET);
  const values = sheet ? sheet.rows.map((r) => (r ?? []).map((c) => c?.value ?? '')) : [];
  const h = values.findIndex((r) => r.includes('Đơn vị') && r.includes('Xếp hạng'));
  if (h >= 0) {
    const header = values[h] as string[];
    for (const r of values.slice(h + 1)) {
      const label = r[header.indexOf('Đơn vị')];
      if (typeof label !== 'string' || label === '') continue;
      rows.set(label, Object.fromEntries(header.map((name, i) => [name, r[i] ?? ''])));
    }
  }
  const text = values.flat().filter((v) => typeof v === 'string').join('\n');
  return { ok: answer.ok, message: answer.message, summary: answer.summary, findings: answer.findings ?? [], rows, text };
}

/** THADS_SUMMARY's rows (header first) and THADS_CHECK's lines, typed below the table and recalculated. */
export function builtFunctions(table: unknown[][]): { summary: Record<string, unknown>[]; check: string[]; errors: unknown[] } {
  const width = Math.max(...table.map((r) => r.length));
  const range = `A1:${String.fromCharCode(64 + width)}${table.length}`;
  const summaryAt = table.length + 2;
  const checkAt = summaryAt + table.length + 3;
  const rows: unknown[][] = [...table.map((r) => [...r]), []];
  rows[summaryAt - 1] = [`=THADS_SUMMARY(${range}; 80%; 38%)`];
  rows[checkAt - 1] = [`=THADS_CHECK(${range})`];
  const wb = Workbook.empty();
  wb.addSheet('S', rows);
  const report = createRuntimeSync({ workbook: wb }).recalculate();
  const sheet = wb.requireSheet('S');
  const cell = (r: number, c: number) => sheet.cell(r, c)?.value ?? '';
  const header: string[] = [];
  for (let c = 1; cell(summaryAt, c) !== ''; c++) header.push(String(cell(summaryAt, c)));
  const summary: Record<string, unknown>[] = [];
  for (let r = summaryAt + 1; cell(r, 1) !== '' && r < checkAt; r++) summary.push(Object.fromEntries(header.map((name, i) => [name, cell(r, i + 1)])));
  const check: string[] = [];
  for (let r = checkAt; cell(r, 1) !== ''; r++) check.push(String(cell(r, 1)));
  return { summary, check, errors: report.errors };
}
