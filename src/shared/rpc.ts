/**
 * The sidebar ↔ server contract (google.script.run). One place names every server function the
 * sidebar may call, what it sends and what it gets back; the server validates every request with
 * the zod/mini schema given here, and the sidebar's typed client (src/pages/sidebar/rpc-client.ts)
 * is typed from the same map, so the two sides cannot drift apart.
 *
 * Rules of the boundary (Apps Script's own): plain objects, arrays, strings, numbers, booleans and
 * null only — no Date (a period is {year, month}), no functions, no class instances. A value that
 * may be absent is `null`, never a missing key or `undefined`, so what is sent is what arrives.
 *
 * Expected failures (no table on the sheet, a required column missing, comparison units that do
 * not match, the lock held by another report) come back as `{ ok: false, message }` with a
 * Vietnamese message for the user and nothing written. Anything thrown is a bug or a service
 * failure; the client turns it into a plain Vietnamese message too.
 */
import * as z from 'zod/mini';
import { integer } from '../core/integerSchema';
import { lazy } from '../core/lazy';
import type { ColumnMapping, Finding, MoneyUnit, Period, RankBy, Regime, RowKind, ShareBase, TargetMode } from '../core/types';
import { columnRoleSchema, explicitMappingSchema, type ExplicitMapping } from '../core/table/types';

export type { ExplicitMapping };
export { columnRoleSchema, explicitMappingSchema };

/** The top-level names Apps Script exposes (generated stubs); none ends in "_" (that would be private). */
export const RPC_NAMES = {
  getState: 'sidebarGetState',
  detect: 'sidebarDetect',
  saveSettings: 'sidebarSaveSettings',
  createTargetsSheet: 'sidebarCreateTargetsSheet',
  createGradeSheet: 'sidebarCreateGradeSheet',
  createUnitMappingSheet: 'sidebarCreateUnitMappingSheet',
  makeReport: 'sidebarMakeReport',
  setLanguage: 'sidebarSetLanguage',
  closePeriod: 'sidebarClosePeriod',
  removeClose: 'sidebarRemoveClose',
} as const;

export type RpcName = (typeof RPC_NAMES)[keyof typeof RPC_NAMES];

/** A failure the user can act on, in Vietnamese; the server wrote nothing. */
export interface RpcFailure {
  ok: false;
  message: string;
}

// ---------------------------------------------------------------------------------------------
// Shared pieces

/** A sheet of the document, with the add-on's own mark when it made it. */
export interface SheetInfo {
  name: string;
  /** 'data' = a user's sheet; the others were created (and marked) by the add-on. */
  kind: 'data' | 'report' | 'targets' | 'grades' | 'temp' | 'closes' | 'unitMapping';
  hidden: boolean;
}

/** One row of the detected table, as the sidebar lists it (the figures stay on the server). */
export interface UnitSummary {
  label: string;
  /** 0-based row in the sheet (or the chosen range). */
  row: number;
  kind: RowKind;
  ranked: boolean;
}

/**
 * The table the server found (a compact view of core/table's DetectedTable): where it is, what each
 * column holds with its confidence and reasons (confidence < 1 is a guess: the sidebar marks it
 * "đoán"), the units, the money unit.
 */
export interface TableView {
  sheet: string;
  /** The A1 range read, or null for the whole sheet. */
  range: string | null;
  titleRows: string[];
  headerStart: number;
  headerEnd: number;
  firstDataRow: number;
  lastDataRow: number;
  labelColumn: number;
  /** Every column of the table, mapped or ignored, left to right. */
  columns: ColumnMapping[];
  units: UnitSummary[];
  moneyUnit: MoneyUnit;
  moneyUnitSource: 'header' | 'setting' | 'default';
  layout: 'aggregated' | 'register';
  /** 0..1, the lowest confidence among the required columns. */
  confidence: number;
  /** Vietnamese notes (a guess made, a default used). */
  warnings: string[];
}

/** Detection on a sheet: the table, or why none was found (Vietnamese: what was found, what is missing). */
export type TableResult = { ok: true; table: TableView } | RpcFailure;

/** The period read from titles or sheet names ("12 tháng năm 2020", "6T/2019"). */
export interface PeriodGuess extends Period {
  /** Where it was read: a title row of the table, or the sheet's name. */
  source: 'title' | 'sheetName';
  /** The text it was read from, to show the user. */
  text: string;
}

/** A national default target (domain §6); only years the domain reference knows are listed. */
export interface NationalTarget {
  year: number;
  /** Fraction (0.8 = 80%), null where the reference does not know it (2019 tiền). */
  viec: number | null;
  tien: number | null;
}

// ---------------------------------------------------------------------------------------------
// Settings (saved per document; also the request of sidebarMakeReport)

// Schemas are built on first use (see core/lazy): the bundle's top level runs on every cell formula.
// Unions are z.union, not z.discriminatedUnion: the same values pass and fail (each option has its
// own literal `kind`), and the discriminator's lookup would add about 1.8 KB to every call's load.
const fraction = () => z.number().check(z.minimum(0), z.maximum(1));
const sheetName = () => z.string().check(z.minLength(1), z.maxLength(100));

export const periodSchema = lazy(() => z.object({
  /** Statistical year N (01/10/N-1 to 30/09/N). */
  year: integer().check(z.minimum(2000), z.maximum(2100)),
  /** Cumulative months from 01/10: 1..12. */
  month: integer().check(z.minimum(1), z.maximum(12)),
}));

export const regimeSchema = lazy(() => z.enum(['A', 'B']));
export const moneyUnitSchema = lazy(() => z.enum(['dong', 'nghin', 'trieu', 'ty']));

export const rankBySchema = lazy(() => z.union([
  z.object({ kind: z.literal('viec') }),
  z.object({ kind: z.literal('tien') }),
  z.object({ kind: z.literal('weighted'), weightViec: z.number().check(z.minimum(0)), weightTien: z.number().check(z.minimum(0)) }),
  z.object({ kind: z.literal('score') }),
]));

/**
 * Where targets come from: none (rates and ranks only, gaps "chưa có chỉ tiêu"), the report year's
 * national targets for every unit (chỉ tiêu toàn ngành, the default offered when the domain knows
 * them; looked up by the server for the report's year), one value for all units, or the "Chỉ tiêu"
 * sheet the add-on created (read only). Rates are fractions; null = not set.
 */
export const targetsChoiceSchema = lazy(() => z.union([
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('national') }),
  z.object({
    kind: z.literal('uniform'),
    viec: z.nullable(fraction()),
    tien: z.nullable(fraction()),
    backlogReduction: z.nullable(fraction()),
  }),
  z.object({ kind: z.literal('sheet') }),
]));

/** Where the data is: a sheet, optionally an A1 range of it, and the user's mapping (null = detect). */
export const sourceSchema = lazy(() => z.object({
  sheet: sheetName(),
  range: z.nullable(z.string().check(z.maxLength(50))),
  mapping: z.nullable(explicitMappingSchema()),
}));

/** Everything a report depends on. Saved per document; sent whole to sidebarMakeReport. */
export const reportSettingsSchema = lazy(() => z.object({
  source: sourceSchema(),
  period: periodSchema(),
  regime: regimeSchema(),
  targets: targetsChoiceSchema(),
  /** Full-year target (default, as published reports do) or pro-rata progress. */
  targetMode: z.enum(['fullYear', 'proRata']),
  shareBase: z.enum(['mustEnforce', 'totalAccepted']),
  /** Same period last year: another sheet of this spreadsheet (same units), or null. */
  comparison: z.nullable(z.object({ sheet: sheetName(), range: z.nullable(z.string().check(z.maxLength(50))) })),
  rankBy: rankBySchema(),
  /** Money unit when the sheet does not say; null = detect (else nghìn đồng). */
  moneyUnit: z.nullable(moneyUnitSchema()),
  /** Labels not to rank (the provincial office's own line). */
  notRanked: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(1000)),
  /** The sidebar's language; the report itself is always Vietnamese. */
  language: z.enum(['vi', 'en']),
  /** Số liệu tiền on another sheet: the tiền-only table of the same units as a việc-only source (absent or null = none). */
  tienSource: z.optional(z.nullable(z.object({ sheet: sheetName(), range: z.nullable(z.string().check(z.maxLength(50))) }))),
  /**
   * Tổng hợp nhiều trang: one row per unit tab, these tabs read as the source (absent or null = the source
   * alone); `officers`: also rank every officer of the tabs' per-officer rows together (a second table).
   */
  consolidate: z.optional(z.nullable(z.object({ sheets: z.array(sheetName()).check(z.minLength(1), z.maxLength(200)), officers: z.optional(z.boolean()) }))),
  /**
   * Diễn biến theo tháng: the month tabs of the report's series (its own tab the latest), the same
   * months of last year when found, and the months missing; absent or null = no trend section.
   */
  series: z.optional(z.nullable(monthSeriesSchema())),
}));

const monthTabSchema = lazy(() => z.object({ month: integer().check(z.minimum(1), z.maximum(12)), sheet: sheetName() }));

/** The month tabs of a series, as the sidebar or the demo found them (core/period/monthSeries). */
export const monthSeriesSchema = lazy(() => z.object({
  months: z.array(monthTabSchema()).check(z.maxLength(12)),
  lastYear: z.array(monthTabSchema()).check(z.maxLength(12)),
  missing: z.array(integer().check(z.minimum(1), z.maximum(12))).check(z.maxLength(12)),
}));
export type MonthSeriesSetting = z.infer<ReturnType<typeof monthSeriesSchema>>;

export type Source = z.infer<ReturnType<typeof sourceSchema>>;
export type TargetsChoice = z.infer<ReturnType<typeof targetsChoiceSchema>>;
export type ReportSettings = z.infer<ReturnType<typeof reportSettingsSchema>>;

// Keep the schema-derived types in step with the domain types they stand for (compile-time only).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type SettingsMatchDomain = [
  Assert<Same<ReportSettings['period'], Period>>,
  Assert<Same<ReportSettings['regime'], Regime>>,
  Assert<Same<ReportSettings['rankBy'], RankBy>>,
  Assert<Same<ReportSettings['targetMode'], TargetMode>>,
  Assert<Same<ReportSettings['shareBase'], ShareBase>>,
  Assert<Same<NonNullable<ReportSettings['moneyUnit']>, MoneyUnit>>,
];

// ---------------------------------------------------------------------------------------------
// 1. sidebarGetState — everything the sidebar shows when it opens

/** Optional: look at this sheet instead of the active one. */
export const getStateRequestSchema = lazy(() => z.object({ sheet: z.nullable(sheetName()) }));
export type GetStateRequest = z.infer<ReturnType<typeof getStateRequestSchema>>;

export interface SidebarState {
  ok: true;
  /** The spreadsheet's name, for the header. */
  spreadsheetName: string;
  sheets: SheetInfo[];
  /** The active sheet (or the requested one). */
  activeSheet: string;
  /** The table on that sheet (saved source and mapping applied when they are for this sheet). */
  detection: TableResult;
  /** Year and month read from the table's titles or the sheet's name; null when none was found. */
  periodGuess: PeriodGuess | null;
  /** The regime defaulted from the guessed (or saved) year: A up to 2019, B from 2020 (a guess). */
  regimeDefault: Regime | null;
  /** The document's saved settings, or null the first time. */
  settings: ReportSettings | null;
  /** The "Chỉ tiêu" sheet: its name and whether it exists already. */
  targetsSheet: { name: string; exists: boolean };
  /** The "Xếp loại" sheet (grading rules): its name and whether it exists already. */
  gradeSheet: { name: string; exists: boolean };
  nationalTargets: NationalTarget[];
  /**
   * The sidebar's language for this user: the one they chose last (kept per user, across documents),
   * else from their Google locale (Session.getActiveUserLocale: "vi…" → vi, another → en).
   */
  language: 'vi' | 'en';
  /**
   * The add-on's reports, by period: making a report of one of these periods replaces that sheet (or,
   * when the user changed it since, keeps it and writes the new one beside it).
   */
  reports: ExistingReport[];
  /** The periods closed in this document (chốt số liệu), oldest first, with what is wrong with their store. */
  closes: ClosesView;
  /** The other sheets the report may read with the shown one: its tiền sheet, the unit tabs to consolidate. */
  sources: WorkbookSources;
}

/**
 * Nguồn số liệu từ nhiều trang, for the shown sheet: the candidate tiền sheets when its table is việc-only
 * (one proposed; two or more listed with the message, none picked), and the tabs of the same form and
 * period (empty when it has none), each with the unit it reports for (its title's agency, else its name).
 */
export interface WorkbookSources {
  tien: { candidates: string[]; proposed: string | null; message: string | null };
  unitTabs: Array<{ sheet: string; name: string }>;
  /** The shown tab's period: its title's, else its name's ("T3/2024"; a name with no year takes its series' year). */
  period: Period | null;
  /** Diễn biến theo tháng: the month series the shown tab belongs to (core/period/reportMonths); null when none. */
  series: SeriesSources | null;
  /**
   * Cùng kỳ năm trước, found by period (same months of year − 1, never by a "cùng kỳ" name) for `period`:
   * one candidate is proposed; none or several come with the message and none is picked. Null without a period.
   */
  lastYear: { candidates: string[]; proposed: string | null; message: string | null } | null;
}

/**
 * A month series as the sidebar offers it: every month found (the sidebar keeps those up to the report's
 * month), the months two tabs claim (the user picks one; none is picked for them), the months missing,
 * last year's tab of each month (disputed ones too), and the Vietnamese messages naming the tabs.
 */
export interface SeriesSources {
  year: number;
  months: Array<{ month: number; sheet: string }>;
  /** Each with its message naming the tabs (shown until the user picks one). */
  disputed: Array<{ month: number; tabs: string[]; message: string }>;
  missing: number[];
  lastYear: Array<{ month: number; sheet: string }>;
  /** The other messages: months missing, tabs of another year left out, tabs given the series' year. */
  messages: string[];
}

/** A report the add-on made and still owns (its mark), for one period. */
export interface ExistingReport {
  year: number;
  month: number;
  sheetName: string;
}
export type GetStateResponse = SidebarState | RpcFailure;

// ---------------------------------------------------------------------------------------------
// 2. sidebarDetect — detect (again) on a chosen sheet or range, with the user's corrections

export const detectRequestSchema = lazy(() => z.object({
  source: sourceSchema(),
  moneyUnit: z.nullable(moneyUnitSchema()),
  notRanked: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(1000)),
  /**
   * The period the user set, when there is one: a case register is aggregated over it (its title
   * and dates may not say which period it is). Absent or null: read from the register.
   */
  period: z.optional(z.nullable(periodSchema())),
}));
export type DetectRequest = z.infer<ReturnType<typeof detectRequestSchema>>;

export type DetectResponse =
  | { ok: true; table: TableView; periodGuess: PeriodGuess | null; regimeDefault: Regime | null }
  | RpcFailure;

// ---------------------------------------------------------------------------------------------
// 3. sidebarSaveSettings — keep the settings for this document (used by "Tạo lại báo cáo")

export const saveSettingsRequestSchema = reportSettingsSchema;
export type SaveSettingsRequest = ReportSettings;
export type SaveSettingsResponse = { ok: true; settings: ReportSettings } | RpcFailure;

// ---------------------------------------------------------------------------------------------
// 4. sidebarCreateTargetsSheet — create the "Chỉ tiêu" sheet once, pre-filled with the units

export const createTargetsSheetRequestSchema = lazy(() => z.object({
  source: sourceSchema(),
  /** The year written in the sheet's Năm column. */
  year: integer().check(z.minimum(2000), z.maximum(2100)),
  /** Values to pre-fill (e.g. the national default), null = leave blank for the user. */
  viec: z.nullable(fraction()),
  tien: z.nullable(fraction()),
  /** The sheet exists: append the units it lacks (never rewrite a row). False = do nothing if it exists. */
  addMissing: z.boolean(),
}));
export type CreateTargetsSheetRequest = z.infer<ReturnType<typeof createTargetsSheetRequestSchema>>;

export type CreateTargetsSheetResponse =
  | {
      ok: true;
      sheetName: string;
      /** True when the sheet was created now; false when it existed already. */
      created: boolean;
      /** Units appended (all of them when created). */
      unitsAdded: number;
      /** What happened, in Vietnamese. */
      message: string;
    }
  | RpcFailure;

// ---------------------------------------------------------------------------------------------
// 4b. sidebarCreateGradeSheet — create the "Xếp loại" sheet once (the 2015 rules as the example)

/** It takes nothing: a request carrying anything is not from our sidebar and is refused. */
export const createGradeSheetRequestSchema = lazy(() => z.strictObject({}));
export type CreateGradeSheetRequest = z.infer<ReturnType<typeof createGradeSheetRequestSchema>>;
export type CreateGradeSheetResponse = { ok: true; sheetName: string; created: boolean; message: string } | RpcFailure;

// ---------------------------------------------------------------------------------------------
// 4c. sidebarCreateUnitMappingSheet — create the «Đối chiếu đơn vị» sheet once, pre-filled with the
// units of this year and last year that do not match by name (read from the report's settings)

export const createUnitMappingSheetRequestSchema = lazy(() => z.strictObject({ settings: reportSettingsSchema() }));
export type CreateUnitMappingSheetRequest = z.infer<ReturnType<typeof createUnitMappingSheetRequestSchema>>;
export type CreateUnitMappingSheetResponse =
  | {
      ok: true;
      sheetName: string;
      /** True when the sheet was created now; false when it existed already (nothing written). */
      created: boolean;
      /** Names pre-filled (last year's and this year's units without a partner). */
      unmatched: number;
      message: string;
    }
  | RpcFailure;

// ---------------------------------------------------------------------------------------------
// 5. sidebarMakeReport — build the report sheet (in a hidden temp sheet, swapped in at the end)

export const makeReportRequestSchema = reportSettingsSchema;
export type MakeReportRequest = ReportSettings;

export interface ReportSummary {
  /** Unit rows (totals and subtotals excluded). */
  units: number;
  /** Units that were ranked. */
  ranked: number;
  /** Units without a target for việc or tiền (the gap columns say "chưa có chỉ tiêu"). */
  missingTargets: string[];
  /** Units whose figures are withheld (a cell that cannot be used): the result is then not shown as a success. */
  withheld: number;
  /** The whole's rates (the computed totals row), fractions; null without data or when a unit is withheld from it. */
  rateViec: number | null;
  rateTien: number | null;
  /**
   * The whole's change against the same period last year, in points (rate − last year's rate, as the
   * totals row shows it); null without a comparison table or when the whole has none (a unit withheld).
   */
  rateChangeViec?: number | null;
  rateChangeTien?: number | null;
  /** Counts of findings by severity. */
  errors: number;
  warnings: number;
}

export type MakeReportResponse =
  | {
      ok: true;
      /** The report sheet's name ("Báo cáo 12 tháng năm 2020", or "… (2)" next to a user's sheet). */
      sheetName: string;
      /** Vietnamese: what was done; says so when another name had to be picked. */
      message: string;
      summary: ReportSummary;
      findings: Finding[];
    }
  | RpcFailure;

// ---------------------------------------------------------------------------------------------
// The map the typed client and the server are both checked against

export interface RpcContract {
  sidebarGetState: { request: GetStateRequest; response: GetStateResponse };
  sidebarDetect: { request: DetectRequest; response: DetectResponse };
  sidebarSaveSettings: { request: SaveSettingsRequest; response: SaveSettingsResponse };
  sidebarCreateTargetsSheet: { request: CreateTargetsSheetRequest; response: CreateTargetsSheetResponse };
  sidebarCreateGradeSheet: { request: CreateGradeSheetRequest; response: CreateGradeSheetResponse };
  sidebarCreateUnitMappingSheet: { request: CreateUnitMappingSheetRequest; response: CreateUnitMappingSheetResponse };
  sidebarMakeReport: { request: MakeReportRequest; response: MakeReportResponse };
  sidebarSetLanguage: { request: SetLanguageRequest; response: SetLanguageResponse };
  sidebarClosePeriod: { request: ClosePeriodRequest; response: ClosePeriodResponse };
  sidebarRemoveClose: { request: RemoveCloseRequest; response: RemoveCloseResponse };
}

// ---------------------------------------------------------------------------------------------
// sidebarSetLanguage — remember the sidebar's language for this user

export const setLanguageRequestSchema = lazy(() => z.strictObject({ language: z.enum(['vi', 'en']) }));
export type SetLanguageRequest = z.infer<ReturnType<typeof setLanguageRequestSchema>>;
export type SetLanguageResponse = { ok: true } | RpcFailure;

// ---------------------------------------------------------------------------------------------
// sidebarClosePeriod / sidebarRemoveClose — close a period (chốt số liệu), remove a close

/** One close of a period, as the document's properties list it (the figures are in the snapshot sheet). */
export interface ClosedPeriod {
  /** The close's number in this document, from 1; never reused. */
  close: number;
  year: number;
  month: number;
  /** When (ISO 8601) and by whom (the typed name, or null). */
  closedAt: string;
  closedBy: string | null;
  /** Rows stored (units and the table's own totals rows). */
  rows: number;
  /** The fingerprint of its rows as written: a different one read back means the rows were edited. */
  fingerprint: string;
}

/** The closes and their store's state, for the sidebar. */
export interface ClosesView {
  closes: ClosedPeriod[];
  /** Vietnamese: the snapshot sheet deleted or renamed, the list unreadable; null when all is well. */
  problem: string | null;
}

/**
 * Close the period of a report: the settings it was made with (null = the document's saved settings,
 * those of the last report) and the optional typed name of who closes it.
 */
export const closePeriodRequestSchema = lazy(() => z.strictObject({
  settings: z.nullable(reportSettingsSchema()),
  closedBy: z.nullable(z.string().check(z.maxLength(100))),
}));
export type ClosePeriodRequest = z.infer<ReturnType<typeof closePeriodRequestSchema>>;
export type ClosePeriodResponse = { ok: true; close: ClosedPeriod; sheetName: string; message: string; closes: ClosesView } | RpcFailure;

/** Remove one close from the list (its rows stay in the sheet as history); `confirmed` says the user said yes. */
export const removeCloseRequestSchema = lazy(() => z.strictObject({
  close: integer().check(z.minimum(1), z.maximum(1000000)),
  confirmed: z.literal(true),
}));
export type RemoveCloseRequest = z.infer<ReturnType<typeof removeCloseRequestSchema>>;
export type RemoveCloseResponse = { ok: true; message: string; closes: ClosesView } | RpcFailure;

/** Every name has a contract entry and every entry a name (compile-time only). */
export type ContractMatchesNames = [Assert<Same<keyof RpcContract, RpcName>>];

/** Each function's request schema; the server parses the single argument with it. */
export const requestSchemas = lazy(() => ({
  sidebarGetState: getStateRequestSchema(),
  sidebarDetect: detectRequestSchema(),
  sidebarSaveSettings: saveSettingsRequestSchema(),
  sidebarCreateTargetsSheet: createTargetsSheetRequestSchema(),
  sidebarCreateGradeSheet: createGradeSheetRequestSchema(),
  sidebarCreateUnitMappingSheet: createUnitMappingSheetRequestSchema(),
  sidebarMakeReport: makeReportRequestSchema(),
  sidebarSetLanguage: setLanguageRequestSchema(),
  sidebarClosePeriod: closePeriodRequestSchema(),
  sidebarRemoveClose: removeCloseRequestSchema(),
}) as const);
