import { isThadsError } from '../../core/errors';
import { regimeForYear } from '../../core/period/regimeForYear';
import { NATIONAL_TARGETS } from '../../core/targets/nationalTargets';
import type { ExistingReport, GetStateRequest, GetStateResponse, NationalTarget, ReportSettings, SheetInfo } from '../../shared/rpc';
import type { SheetInfo as PortSheetInfo, SheetsPort } from '../port';
import { TEMP_OWNER } from '../report/writeReport';
import { loadSettings } from '../settings/settingsStore';
import { GRADES_OWNER, GRADES_SHEET_NAME } from '../settings/gradeSheet';
import { TARGETS_OWNER, TARGETS_SHEET_NAME } from '../settings/targetsSheet';
import { detectOn } from './detectOn';
import { closesView } from '../close/closesView';
import { CLOSES_OWNER } from '../close/snapshotSheet';
import { UNIT_MAPPING_OWNER } from '../settings/unitMappingSheet';
import { userLanguage } from './language';
import { workbookSources } from './workbookSources';

function sheetKind(s: PortSheetInfo): SheetInfo['kind'] {
  if (s.owner === null) return 'data';
  if (s.owner === TARGETS_OWNER) return 'targets';
  if (s.owner === GRADES_OWNER) return 'grades';
  if (s.owner === TEMP_OWNER) return 'temp';
  if (s.owner === CLOSES_OWNER) return 'closes';
  if (s.owner === UNIT_MAPPING_OWNER) return 'unitMapping';
  return 'report';
}

/** The national defaults the domain knows (chỉ tiêu toàn ngành), never guessed for other years. */
export function nationalTargetList(): NationalTarget[] {
  return Object.keys(NATIONAL_TARGETS)
    .map(Number)
    .sort((a, b) => a - b)
    .map((year) => ({ year, viec: NATIONAL_TARGETS[year]?.viec ?? null, tien: NATIONAL_TARGETS[year]?.tien ?? null }));
}

/** The add-on's own reports by period, read from their marks ("report:2020-12"). */
function existingReports(sheets: readonly PortSheetInfo[]): ExistingReport[] {
  const reports: ExistingReport[] = [];
  for (const s of sheets) {
    const m = /^report:(\d{4})-(\d{1,2})$/.exec(s.owner ?? '');
    if (m) reports.push({ year: Number(m[1]), month: Number(m[2]), sheetName: s.name });
  }
  return reports;
}

/**
 * The sheet the sidebar opens on: the active one, unless it is one of the add-on's own (a report, the
 * targets): then the sheet of the saved settings, else the first user's sheet.
 */
function dataSheetToShow(sheets: readonly PortSheetInfo[], active: string, settings: ReportSettings | null): string {
  if (sheets.find((s) => s.name === active)?.owner == null) return active;
  const saved = settings ? sheets.find((s) => s.name === settings.source.sheet && s.owner === null) : undefined;
  return saved?.name ?? sheets.find((s) => s.owner === null)?.name ?? active;
}

/**
 * sidebarGetState: the sheets, the table on the active (or requested) sheet with its mapping and
 * confidence, the period guess and the regime it implies, the saved settings, the targets sheet.
 */
export function getState(port: SheetsPort, request: GetStateRequest): GetStateResponse {
  const sheets = port.listSheets();
  const settings = loadSettings(port);
  const activeSheet = request.sheet ?? dataSheetToShow(sheets, port.activeSheetName(), settings);
  const saved = settings && settings.source.sheet === activeSheet ? settings : null;
  const { result, guess, table } = detectSaved(port, {
    source: saved ? saved.source : { sheet: activeSheet, range: null, mapping: null },
    moneyUnit: saved ? saved.moneyUnit : null,
    notRanked: saved ? saved.notRanked : [],
    // A case register is read over the saved period (its title may not say it).
    period: saved ? saved.period : null,
  });
  const year = guess?.year ?? settings?.period.year ?? null;
  const targets = sheets.find((s) => s.owner === TARGETS_OWNER);
  const grades = sheets.find((s) => s.owner === GRADES_OWNER);
  return {
    ok: true,
    spreadsheetName: port.spreadsheetName(),
    sheets: sheets.map((s) => ({ name: s.name, kind: sheetKind(s), hidden: s.hidden })),
    activeSheet,
    detection: result,
    periodGuess: guess,
    regimeDefault: year === null ? null : regimeForYear(year),
    settings,
    targetsSheet: { name: targets ? targets.name : TARGETS_SHEET_NAME, exists: targets !== undefined },
    gradeSheet: { name: grades ? grades.name : GRADES_SHEET_NAME, exists: grades !== undefined },
    nationalTargets: nationalTargetList(),
    language: userLanguage(port),
    reports: existingReports(sheets),
    closes: closesView(port),
    sources: workbookSources(port, sheets.filter((s) => s.owner === null).map((s) => s.name), { sheet: activeSheet, table: table ?? null, period: saved?.period ?? null }),
  };
}

/**
 * Detection for the sidebar's opening: a saved range that no longer reads (too large, outside the data,
 * the sheet gone) is shown as the detection's failure, so the sidebar still opens and lets the user fix it.
 */
function detectSaved(port: SheetsPort, request: Parameters<typeof detectOn>[1]): ReturnType<typeof detectOn> {
  try {
    return detectOn(port, request);
  } catch (e) {
    if (!isThadsError(e)) throw e;
    return { result: { ok: false, message: e.message }, guess: null };
  }
}
