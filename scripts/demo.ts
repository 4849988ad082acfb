/**
 * npm run demo -- [--input FILE.xlsx] [--out DIR] [--year N] [--month M] [--target-viec 80%] [--target-tien 38%] [--tien-sheet NAME] [--consolidate [--officers]] [--close] [--unit-mapping]
 *
 * --officers (with --consolidate): the report adds a second table ranking every officer of the unit tabs together.
 *
 * --unit-mapping: when the report leaves units of the two years unmatched by name, creates the
 * «Đối chiếu đơn vị» sheet (once, pre-filled) in the output workbook, as the sidebar's button does.
 *
 * --close: after the report, closes its period (chốt số liệu) into the output workbook's hidden snapshot
 * sheet; a later run on that output compares and prints every change since the close.
 *
 * Builds the add-on, loads the workbook into the local Apps Script runtime, computes every custom-
 * function formula, runs the report action through the BUILT stubs (as the sidebar would), prints
 * what it assumed and what it found, and writes DIR/report.xlsx (the input's sheets + the report) and
 * DIR/report.html (the same report as a page). Never writes over its input; on bad input it says
 * why, exits 1 and writes nothing.
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInContext } from 'node:vm';
import { Workbook, createRuntime, type AppsScriptRuntime } from '../runtime/index';
import { parseTargetInput } from '../src/core/numbers/parseTargetInput';
import { formatPercent } from '../src/core/numbers/formatPercent';
import { periodDisagreement } from '../src/core/period/periodDisagreement';
import { moneyUnitLabel } from '../src/core/numbers/moneyUnit';
import { regimeForYear } from '../src/core/period/regimeForYear';
import type { MonthTab } from '../src/core/period/monthSeries';
import { reportMonths, seriesLine } from '../src/core/period/reportMonths';
import { formSignature } from '../src/core/table/formSignature';
import { withReportDefaults } from '../src/shared/reportSettings';
import type { DetectResponse, GetStateResponse, MakeReportResponse, ReportSettings, TargetsChoice } from '../src/shared/rpc';
import { groupUnitTabs, type UnitTab } from '../src/core/consolidate/groupUnitTabs';
import { holdsOnly } from '../src/core/table/joinMeasureTables';
import { tienSheetCandidates } from '../src/core/table/tienSheetCandidates';
import type { DetectedTable } from '../src/core/table/types';
import { buildAll } from './build';
import { reportHtml } from './report/html';
import { reportPage } from './report/page';
import { closedSection } from './report/closedSection';

const root = resolve(fileURLToPath(import.meta.url), '../..');
export const DEFAULT_INPUT = join(root, 'examples/bao-cao-thads-tinh-2020.xlsx');

/** A problem with what the user gave: printed as is, exit code 1, nothing written. */
export class DemoInputError extends Error {}

export interface DemoOptions {
  input: string;
  out: string;
  year?: number;
  month?: number;
  targetViec?: number;
  targetTien?: number;
  /** The tiền sheet to join to a việc-only table (when two sheets could be it). */
  tienSheet?: string;
  /** Tổng hợp nhiều trang: every unit tab of the same form and period, one report row each. */
  consolidate?: boolean;
  /** Close the report's period (chốt số liệu) in the output workbook. */
  close?: boolean;
  /** With consolidate: rank every officer of the unit tabs together (a second table). */
  officers?: boolean;
  /** Create the «Đối chiếu đơn vị» sheet when units of the two years do not match by name. */
  unitMapping?: boolean;
}

/** Reads the command line; refuses unknown flags and values that are not what they should be. */
export function parseArgs(argv: readonly string[]): DemoOptions {
  const options: DemoOptions = { input: DEFAULT_INPUT, out: join(process.cwd(), 'out') };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    if (flag === '--consolidate') {
      options.consolidate = true;
      continue;
    }
    if (flag === '--close') {
      options.close = true;
      continue;
    }
    if (flag === '--officers') {
      options.officers = true;
      continue;
    }
    if (flag === '--unit-mapping') {
      options.unitMapping = true;
      continue;
    }
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) throw new DemoInputError(`Thiếu giá trị sau ${flag}.`);
    i++;
    switch (flag) {
      case '--input':
        options.input = resolve(value);
        break;
      case '--out':
        options.out = resolve(value);
        break;
      case '--tien-sheet':
        options.tienSheet = value;
        break;
      case '--year':
      case '--month': {
        const n = Number(value);
        const ok = Number.isInteger(n) && (flag === '--year' ? n >= 2000 && n <= 2100 : n >= 1 && n <= 12);
        if (!ok) throw new DemoInputError(`${flag} ${value}: cần ${flag === '--year' ? 'một năm (2000–2100)' : 'số tháng từ 1 đến 12'}.`);
        if (flag === '--year') options.year = n;
        else options.month = n;
        break;
      }
      case '--target-viec':
      case '--target-tien': {
        // The sidebar's rule for a typed target (one home: the core): "80", "80%", "80,5" are percents.
        const p = parseTargetInput(value);
        if (!p.ok || p.value === null) throw new DemoInputError(`${flag} ${value}: ${p.ok ? 'trống' : p.reason} (ví dụ 80, 80% hoặc 80,5).`);
        if (flag === '--target-viec') options.targetViec = p.value;
        else options.targetTien = p.value;
        break;
      }
      default:
        throw new DemoInputError(`Không hiểu tham số ${flag}. Dùng: --input FILE.xlsx --out DIR --year N --month M --target-viec 80% --target-tien 38% --tien-sheet TÊN --consolidate --officers --close --unit-mapping`);
    }
  }
  if (options.officers && !options.consolidate) throw new DemoInputError('--officers chỉ dùng cùng --consolidate (xếp hạng chấp hành viên của các trang đơn vị).');
  return options;
}

/** Checks the input before anything is built or written. */
function checkInput(options: DemoOptions): void {
  if (!existsSync(options.input)) throw new DemoInputError(`Không tìm thấy tệp đầu vào: ${options.input}`);
  if (!statSync(options.input).isFile()) throw new DemoInputError(`Đầu vào không phải là một tệp: ${options.input}`);
  if (extname(options.input).toLowerCase() !== '.xlsx') throw new DemoInputError(`Tệp đầu vào phải là .xlsx: ${options.input}`);
  for (const name of ['report.xlsx', 'report.html']) {
    if (resolve(options.out, name) === resolve(options.input)) {
      throw new DemoInputError(`Thư mục ra trùng với tệp đầu vào (${options.input}): demo không bao giờ ghi đè lên đầu vào.`);
    }
  }
}

/** Calls a built function as google.script.run would: the argument rebuilt in the add-on's realm. */
function rpc<T>(runtime: AppsScriptRuntime, name: string, request: unknown): T {
  const parse = runInContext('JSON.parse', runtime.context) as (s: string) => unknown;
  return JSON.parse(JSON.stringify(runtime.call(name, parse(JSON.stringify(request))))) as T;
}

/**
 * The other sheets the report spans, found as the sidebar would and printed: with --consolidate, every
 * unit tab of the source's form and period (`Tổng hợp 3 trang: …`); else, for a việc-only table, its
 * tiền sheet (`Số liệu tiền: trang “Tiền”`) — the one candidate, or the one --tien-sheet names; two
 * candidates are listed and none is taken.
 */
function otherSheetsOf(
  runtime: AppsScriptRuntime,
  source: Extract<DetectResponse, { ok: true }>,
  dataSheets: readonly string[],
  options: DemoOptions,
  period: { year: number; month: number } | null,
  log: (line: string) => void,
): Pick<ReportSettings, 'tienSource' | 'consolidate'> {
  const table = source.table;
  const viecOnly = holdsOnly(table as unknown as DetectedTable, 'viec');
  if (!options.consolidate && !viecOnly && options.tienSheet === undefined) return {};
  const tabs: UnitTab[] = dataSheets.map((sheet) => {
    const d = sheet === table.sheet ? null : rpc<DetectResponse>(runtime, 'sidebarDetect', { source: { sheet, range: null, mapping: null }, moneyUnit: null, notRanked: [], period });
    if (d && !d.ok) return { sheet, table: { message: d.message }, period: null };
    const { table: view, periodGuess: guess } = d ?? source;
    return { sheet, table: view as unknown as DetectedTable, period: guess ? { year: guess.year, month: guess.month } : null };
  });
  if (options.consolidate) {
    const group = groupUnitTabs(tabs).find((g) => g.sheets.includes(table.sheet)) ?? groupUnitTabs(tabs)[0];
    const sheets = group?.sheets ?? [];
    log(`Tổng hợp ${sheets.length} trang: ${sheets.map((n) => `“${n}”`).join(', ')}`);
    const others = dataSheets.filter((n) => !sheets.includes(n));
    if (others.length > 0) log(`  Không tổng hợp (khác biểu mẫu, khác kỳ hoặc không có bảng): ${others.map((n) => `“${n}”`).join(', ')}`);
    // A unit's tab of the same form but another period is a unit missing from the total: it goes to the
    // report too, which names it and labels the total "Tổng các đơn vị hợp lệ (thiếu: …)" — the sum of
    // the others is not the province's (tester, issue 13 case 2).
    const lacking = tabs.filter((t) => !sheets.includes(t.sheet) && 'units' in t.table && group && formSignature(t.table) === group.form).map((t) => t.sheet);
    if (options.officers) log('Xếp hạng chấp hành viên: mọi chấp hành viên của các trang tổng hợp, xếp hạng chung');
    const all = [...sheets, ...lacking];
    return sheets.length > 0 ? { consolidate: options.officers ? { sheets: all, officers: true } : { sheets: all } } : {};
  }
  if (options.tienSheet !== undefined) {
    if (!dataSheets.includes(options.tienSheet)) throw new DemoInputError(`--tien-sheet ${options.tienSheet}: không có trang này trong tệp.`);
    log(`Số liệu tiền: trang “${options.tienSheet}” (theo tham số)`);
    return { tienSource: { sheet: options.tienSheet, range: null } };
  }
  const found = tienSheetCandidates(
    { sheet: table.sheet, table: table as unknown as DetectedTable },
    tabs.flatMap((t) => ('units' in t.table ? [{ sheet: t.sheet, table: t.table }] : [])),
  );
  if (found.proposed) {
    log(`Số liệu tiền: trang “${found.proposed}”`);
    return { tienSource: { sheet: found.proposed, range: null } };
  }
  if (found.message) log(`Số liệu tiền: ${found.message} Dùng --tien-sheet TÊN để chọn.`);
  return {};
}

export interface DemoResult {
  reportSheet: string;
  files: { xlsx: string; html: string };
  response: Extract<MakeReportResponse, { ok: true }>;
}

/**
 * Runs the demo. `build: false` is for tests that run after `npm run build`: rebuilding would
 * replace build/ under the other test files reading it.
 */
export async function runDemo(
  options: DemoOptions,
  log: (line: string) => void = console.log,
  { build = true }: { build?: boolean } = {},
): Promise<DemoResult> {
  checkInput(options);
  let workbook: Workbook;
  try {
    workbook = await Workbook.fromXlsx(options.input);
  } catch (e) {
    throw new DemoInputError(`Không đọc được tệp ${options.input}: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (build) await buildAll({ quiet: true });
  const runtime = await createRuntime({ workbook });

  const recalc = runtime.recalculate();
  log(`Đã tính ${recalc.computed.length} công thức THADS_… của bảng tính.`);
  for (const err of recalc.errors) log(`  Lỗi công thức ${err.sheet}!${err.a1}: ${err.message}`);
  if (recalc.uncomputed.length > 0) log(`  Không tính được ${recalc.uncomputed.length} ô công thức khác (giữ giá trị đã lưu).`);

  const state = rpc<GetStateResponse>(runtime, 'sidebarGetState', { sheet: null });
  if (!state.ok) throw new DemoInputError(state.message);
  const givenPeriod = options.year !== undefined && options.month !== undefined ? { year: options.year, month: options.month } : null;
  const dataSheets = state.sheets.filter((s) => s.kind === 'data').map((s) => s.name);
  let detected: Extract<DetectResponse, { ok: true }> | null = null;
  let lastMessage = 'không có trang số liệu';
  // Every data tab read once: its form and period find the month series and last year's tab.
  const tabs = monthTabs(runtime, dataSheets, givenPeriod);
  // No period given: the report is for the latest month of the workbook's series, when it has one.
  // Unit tabs of one period are not months: with --consolidate they would read as tabs "claiming the
  // same month", and the report would follow the one tab of another period.
  const found = !options.consolidate && options.year === undefined && options.month === undefined ? reportMonths(tabs.list, { tab: null }) : null;
  const series = found?.series ? found : null;
  if (series?.tab) detected = tabs.detected.get(series.tab) ?? null;
  for (const sheet of detected ? [] : [state.activeSheet, ...dataSheets.filter((n) => n !== state.activeSheet)]) {
    // The period given on the command line is the one a case register is aggregated over.
    const d = rpc<DetectResponse>(runtime, 'sidebarDetect', { source: { sheet, range: null, mapping: null }, moneyUnit: null, notRanked: [], period: givenPeriod });
    if (d.ok) {
      detected = d;
      break;
    }
    lastMessage = d.message;
  }
  if (!detected) throw new DemoInputError(`Không tìm thấy bảng số liệu THADS trong tệp: ${lastMessage}`);
  // A tiền-only table first ("Biểu 02" before "Biểu 01"): the việc sheet it goes with is the report's
  // table, the tiền sheet joined to it, as the other way round (tester, issue 13 case 1).
  const first = detected;
  if (!options.consolidate && options.tienSheet === undefined && holdsOnly(first.table as unknown as DetectedTable, 'tien')) {
    const viec = [...tabs.detected.values()].find(
      (d) =>
        d.table.sheet !== first.table.sheet &&
        tienSheetCandidates({ sheet: d.table.sheet, table: d.table as unknown as DetectedTable }, [{ sheet: first.table.sheet, table: first.table as unknown as DetectedTable }]).proposed ===
          first.table.sheet,
    );
    if (viec) {
      log(`Trang “${first.table.sheet}” chỉ có số liệu tiền: bảng chính là trang “${viec.table.sheet}” (số liệu việc).`);
      detected = viec;
    }
  }
  const table = detected.table;

  const guess = detected.periodGuess;
  const year = options.year ?? series?.period?.year ?? guess?.year;
  const month = options.month ?? series?.period?.month ?? guess?.month;
  if (year === undefined || month === undefined) {
    throw new DemoInputError('Không đọc được kỳ báo cáo từ tiêu đề hay tên trang: hãy cho --year N --month M.');
  }
  const regime = regimeForYear(year);
  const national = state.nationalTargets.find((t) => t.year === year);
  const pct = (v: number | null) => (v === null ? 'không có' : formatPercent(v));
  let targets: TargetsChoice = { kind: 'none' };
  let targetsSaid = 'không có (chỉ tính tỷ lệ và xếp hạng)';
  if (options.targetViec !== undefined || options.targetTien !== undefined) {
    targets = { kind: 'uniform', viec: options.targetViec ?? null, tien: options.targetTien ?? null, backlogReduction: null };
    targetsSaid = 'theo tham số dòng lệnh';
  } else if (national) {
    targets = { kind: 'national' };
    targetsSaid = `chỉ tiêu toàn ngành năm ${year} (mặc định, mọi đơn vị) — việc ${pct(national.viec)}, tiền ${pct(national.tien)}`;
  }
  // Same period last year by period (title, else tab name), never by a "cùng kỳ" in the name; the
  // series up to the report's month with last year's same months (core: the sidebar finds them alike).
  const months = reportMonths(tabs.list, { tab: table.sheet, period: { year, month } });
  const lastYearTab = months.lastYear!;
  const comparison = lastYearTab.ok ? lastYearTab.tab : null;
  const seriesSetting = series ? months.setting : null;

  log(`Bảng số liệu: trang “${table.sheet}”, ${table.units.filter((u) => u.kind === 'unit').length} đơn vị, tiền tính theo ${moneyUnitLabel({ unit: table.moneyUnit, assumed: table.moneyUnitSource === 'default' })}.`);
  log(
    `Kỳ báo cáo: ${month} tháng năm ${year}` +
      (options.year !== undefined || options.month !== undefined ? ' (theo tham số)' : guess ? ` (đọc từ “${guess.text}”)` : ''),
  );
  const disagreement = periodDisagreement({ year, month }, guess ?? null);
  if (disagreement) log(`  Cảnh báo: ${disagreement}`);
  log(`Chế độ phân loại: ${regime} (mặc định theo năm ${year}; có thể đổi trong bảng điều khiển)`);
  log(`Chỉ tiêu: ${targetsSaid}${targets.kind === 'uniform' ? ` — việc ${pct(targets.viec)}, tiền ${pct(targets.tien)}` : ''}`);
  log(`Cùng kỳ: ${comparison ? `trang “${comparison}”` : 'không có'}`);
  if (!lastYearTab.ok) log(`  Cảnh báo: ${lastYearTab.message}`);
  if (seriesSetting) log(seriesLine(seriesSetting.months));
  for (const m of months.messages) log(`  Cảnh báo: ${m}`);

  const spanned = otherSheetsOf(runtime, detected, dataSheets, options, givenPeriod, log);

  const settings: ReportSettings = withReportDefaults({
    source: { sheet: table.sheet, range: null, mapping: null },
    period: { year, month },
    regime,
    targets,
    comparison: comparison ? { sheet: comparison, range: null } : null,
    ...spanned,
    ...(seriesSetting ? { series: seriesSetting } : {}),
  });
  const response = rpc<MakeReportResponse>(runtime, 'sidebarMakeReport', settings);
  if (!response.ok) throw new DemoInputError(`Không tạo được báo cáo: ${response.message}`);

  const s = response.summary;
  log(response.message);
  log(`Toàn bộ: tỷ lệ việc ${pct(s.rateViec)}, tỷ lệ tiền ${pct(s.rateTien)}; ${s.ranked}/${s.units} đơn vị được xếp hạng.`);
  if (s.missingTargets.length > 0) log(`Chưa có chỉ tiêu: ${s.missingTargets.join(', ')}`);
  log(`Kiểm tra số liệu: ${s.errors} lỗi, ${s.warnings} cảnh báo, tổng cộng ${response.findings.length} phát hiện.`);
  for (const f of response.findings.slice(0, 20)) log(`  - ${f.message}`);
  if (response.findings.length > 20) log(`  … và ${response.findings.length - 20} ghi chú khác (xem trang báo cáo).`);

  if (options.unitMapping && response.findings.some((f) => f.rule === 'comparison-units')) {
    const m = rpc<{ ok: boolean; message: string }>(runtime, 'sidebarCreateUnitMappingSheet', { settings });
    log(m.message);
  }

  const closed = closedSection(workbook, response.sheetName);
  if (closed.length > 0) {
    log('So với số liệu đã chốt:');
    for (const line of closed) log(`  ${line}`);
  }
  if (options.close) {
    const c = rpc<{ ok: boolean; message: string }>(runtime, 'sidebarClosePeriod', { settings, closedBy: null });
    if (!c.ok) throw new DemoInputError(`Không chốt được số liệu: ${c.message}`);
    log(c.message);
  }

  const page = reportPage(workbook, response.sheetName);
  mkdirSync(options.out, { recursive: true });
  const files = { xlsx: join(options.out, 'report.xlsx'), html: join(options.out, 'report.html') };
  await workbook.toXlsx(files.xlsx);
  writeFileSync(files.html, reportHtml(page));
  const shown = (f: string) => (relative(process.cwd(), f).startsWith('..') ? f : relative(process.cwd(), f));
  log(`Đã ghi ${shown(files.xlsx)} và ${shown(files.html)}.`);
  return { reportSheet: response.sheetName, files, response };
}

/** Each data tab detected once (one sidebarDetect each): its title period and form, for the series. */
function monthTabs(
  runtime: AppsScriptRuntime,
  sheets: readonly string[],
  period: { year: number; month: number } | null,
): { list: MonthTab[]; detected: Map<string, Extract<DetectResponse, { ok: true }>> } {
  const detected = new Map<string, Extract<DetectResponse, { ok: true }>>();
  const list = sheets.map((name): MonthTab => {
    const d = rpc<DetectResponse>(runtime, 'sidebarDetect', { source: { sheet: name, range: null, mapping: null }, moneyUnit: null, notRanked: [], period });
    if (!d.ok) return { name, titlePeriod: null, form: null };
    detected.set(name, d);
    const title = d.periodGuess?.source === 'title' ? { year: d.periodGuess.year, month: d.periodGuess.month } : null;
    return { name, titlePeriod: title, form: formSignature(d.table) };
  });
  return { list, detected };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  (async () => {
    try {
      await runDemo(parseArgs(process.argv.slice(2)));
    } catch (e) {
      if (e instanceof DemoInputError || (e instanceof Error && e.name === 'RuntimeInputError')) {
        console.error(`Lỗi: ${e.message}`);
      } else {
        console.error(`Lỗi không mong đợi: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      }
      process.exit(1);
    }
  })();
}
