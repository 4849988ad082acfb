import { ThadsError } from '../../core/errors';
import { cellNumber } from '../../core/numbers/cellNumber';
import { parsePercent } from '../../core/numbers/parsePercent';
import { asText } from '../../core/report/asText';
import type { PlanValue, SheetPlan } from '../../core/report/plan';
import { provinceTargets, type ProvinceTargets } from '../../core/targets/provinceTargets';
import { cellName } from '../../core/text/columnName';
import { normalizeText } from '../../core/text/normalize';
import { unitKey } from '../../core/text/unitKey';
import type { Grid, Targets } from '../../core/types';

/** The add-on's mark on the targets sheet. */
export const TARGETS_OWNER = 'targets';
export const TARGETS_SHEET_NAME = 'Chỉ tiêu';

/** The columns of the "Chỉ tiêu" sheet, found again by their header when the user moves them. */
export const TARGETS_HEADERS = ['Đơn vị', 'Năm', 'Chỉ tiêu việc', 'Chỉ tiêu tiền', 'Giảm án tồn', 'Không xếp hạng', 'Điểm thi đua'] as const;
const FORMATS = ['General', '0', '0.00%', '0.00%', '0.00%', 'General', 'General'];

/** One unit's row to write into the targets sheet. */
export interface TargetsRow {
  label: string;
  year: number;
  viec: number | null;
  tien: number | null;
}

/** Cells of new rows of the "Chỉ tiêu" sheet (unit names kept as text). */
export function targetsRows(rows: readonly TargetsRow[]): PlanValue[][] {
  return rows.map((r) => [asText(r.label), r.year, r.viec ?? '', r.tien ?? '', '', '', '']);
}

/** Number formats of each column of the targets sheet. */
export const TARGETS_FORMATS: readonly string[] = FORMATS;

/**
 * The "Chỉ tiêu" sheet as created once (trang chỉ tiêu): header, one row per unit with the year and
 * the pre-filled values (blank where none were given). From then on it is the user's to fill.
 *
 * @example targetsSheetPlan([{ label: 'Chi cục A', year: 2020, viec: 0.8, tien: null }]).values[1]
 *   // ["Chi cục A", 2020, 0.8, "", "", ""]
 */
export function targetsSheetPlan(rows: readonly TargetsRow[]): SheetPlan {
  const values: PlanValue[][] = [[...TARGETS_HEADERS], ...targetsRows(rows)];
  const width = TARGETS_HEADERS.length;
  return {
    values,
    numberFormats:
      rows.length > 0 ? [{ range: { row: 1, column: 0, rows: rows.length, columns: width }, formats: rows.map(() => [...FORMATS]) }] : [],
    bold: [{ row: 0, column: 0, rows: 1, columns: width }],
    backgrounds: [{ range: { row: 0, column: 0, rows: 1, columns: width }, color: '#d9e2f3' }],
    wrap: [],
    frozenRows: 1,
    columnWidths: [260, 60, 110, 110, 110, 120, 100],
    conditionalRules: [],
    charts: [],
  };
}

/** What the targets sheet says for one year. */
export interface TargetsForYear {
  /** By unit (keyed by unitKey). */
  byLabel: Map<string, Targets>;
  /** Units marked "Không xếp hạng". */
  notRanked: string[];
  /** Every unit in the sheet (any year), keyed by unitKey, to find the units it lacks. */
  labels: Set<string>;
  /** The province's own row ("Toàn tỉnh", "Toàn Cục", "Tổng cộng") for the year, none, or several. */
  whole: ProvinceTargets;
}

/** A row of the targets sheet for the year asked: its 0-based index, the unit, its cells. */
interface YearRow {
  r: number;
  label: string;
  row: Grid[number];
}

/**
 * The rows of the targets sheet for one year (a blank Năm counts for every year), the column of a
 * header, and every label of any year. The sheet is the user's: its columns are found by header.
 */
function yearRows(grid: Grid, year: number, sheetName: string): { col: (name: string) => number; rows: YearRow[]; labels: Set<string> } {
  const header = (grid[0] ?? []).map((v) => normalizeText(String(v ?? ''), { keepPunctuation: true }));
  const col = (name: string) => header.indexOf(normalizeText(name, { keepPunctuation: true }));
  const cLabel = col('Đơn vị');
  const cYear = col('Năm');
  if (cLabel < 0) {
    throw new ThadsError(`Trang “${sheetName}”: không thấy cột “Đơn vị” ở dòng 1 (cần các cột ${TARGETS_HEADERS.join(', ')}).`);
  }
  const rows: YearRow[] = [];
  const labels = new Set<string>();
  for (let r = 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    const label = String(row[cLabel] ?? '').trim();
    if (label === '') continue;
    labels.add(unitKey(label));
    const rowYear = cYear >= 0 ? row[cYear] : '';
    if (rowYear !== '' && rowYear !== null && rowYear !== undefined && Number(rowYear) !== year) continue;
    rows.push({ r, label, row });
  }
  return { col, rows, labels };
}

/**
 * Reads the "Chỉ tiêu" sheet for one statistical year (đọc trang chỉ tiêu). A value that is not a
 * percentage stops the report with a message naming the row, the column and the value: a wrong target
 * would colour a unit red or green for nothing.
 *
 * @example readTargetsGrid([["Đơn vị","Năm","Chỉ tiêu việc"],["Chi cục A",2020,0.8]], 2020, "Chỉ tiêu").byLabel.get("chi cục a") // { viec: 0.8 }
 */
export function readTargetsGrid(grid: Grid, year: number, sheetName: string): TargetsForYear {
  const { col, rows, labels } = yearRows(grid, year, sheetName);
  const measures: [keyof Targets, number, string][] = [
    ['viec', col('Chỉ tiêu việc'), 'Chỉ tiêu việc'],
    ['tien', col('Chỉ tiêu tiền'), 'Chỉ tiêu tiền'],
    ['backlogReduction', col('Giảm án tồn'), 'Giảm án tồn'],
  ];
  const cNotRanked = col('Không xếp hạng');
  const result: TargetsForYear = { byLabel: new Map(), notRanked: [], labels, whole: { ok: true, row: null } };
  const read: { label: string; targets: Targets }[] = [];
  for (const { r, label, row } of rows) {
    const targets: Targets = {};
    for (const [key, c, name] of measures) {
      if (c < 0) continue;
      const parsed = parsePercent(row[c]);
      if (!parsed.ok) {
        throw new ThadsError(`Trang “${sheetName}”, ${cellName(r, c, {})} (${name}) của đơn vị ${label}: ${parsed.reason}.`);
      }
      if (parsed.value !== null) targets[key] = parsed.value;
    }
    result.byLabel.set(unitKey(label), targets);
    read.push({ label, targets });
    if (cNotRanked >= 0 && isYes(row[cNotRanked])) result.notRanked.push(label);
  }
  result.whole = provinceTargets(read);
  return result;
}

/**
 * The competition points (điểm thi đua) of the "Chỉ tiêu" sheet for one year, by normalized label;
 * none when the sheet has no such column (made before it existed). Read only when grading: a bad
 * points cell stops the report naming where, and never the targets' own reading.
 *
 * @example readPointsGrid([["Đơn vị","Năm","Điểm thi đua"],["Chi cục A",2020,185]], 2020, "Chỉ tiêu").get("chi cục a") // 185
 */
export function readPointsGrid(grid: Grid, year: number, sheetName: string): Map<string, number> {
  const { col, rows } = yearRows(grid, year, sheetName);
  const c = col('Điểm thi đua');
  const points = new Map<string, number>();
  if (c < 0) return points;
  for (const { r, label, row } of rows) {
    const read = cellNumber(row[c]);
    if (!read.ok) throw new ThadsError(`Trang “${sheetName}”, ${cellName(r, c, {})} (Điểm thi đua) của đơn vị ${label}: ${read.reason}.`);
    if (read.value !== null) points.set(unitKey(label), read.value);
  }
  return points;
}

function isYes(v: unknown): boolean {
  if (v === true) return true;
  if (typeof v !== 'string') return false;
  const t = normalizeText(v, { keepPunctuation: true });
  return t === 'x' || t === 'có' || t === 'co' || t === 'true';
}
