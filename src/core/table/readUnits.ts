import type { CellProblem, CellProblemKind, CellValue, ColumnMapping, Grid, Measure, QuantityKey, QuantitySet, UnitRecord } from '../types';
import { describeValue } from '../numbers/describeValue';
import { formatNumber } from '../numbers/formatNumber';
import { completedOf, same } from '../validation/checkRowIdentities';
import { cellText } from './cellText';
import { normalizeText } from '../text/normalize';
import { unitKey } from '../text/unitKey';
import { readQuantity } from './readQuantity';
import { readTypedRate } from './readTypedRate';
import { isDistrictUnit, isProvincialOffice } from './isProvincialOffice';
import { rowKinds } from './rowKinds';
import { capitalized, cellName, type CellNaming } from '../text/columnName';

/** Quantities that may come in several columns and add up (hoãn + tạm đình chỉ, thu hồi + rút lên). */
export const ADDITIVE_KEYS: ReadonlySet<QuantityKey> = new Set<QuantityKey>(['postponed', 'other', 'withdrawn', 'inProgress']);

export interface ReadUnitsInput {
  grid: Grid;
  firstRow: number;
  lastRow: number;
  columns: readonly ColumnMapping[];
  labelColumn: number;
  /** đồng per unit of the sheet's money (1000 for nghìn đồng). */
  moneyFactor: number;
  /** Labels not to rank, keyed by unitKey. */
  notRanked: ReadonlySet<string>;
  /** Skip these rows (the column-number row, a repeated header). */
  skip?: ReadonlySet<number>;
  /** How warnings name a cell: the sheet's row and letter, or a position in a function's range. */
  naming?: CellNaming;
}

/**
 * Đọc các dòng đơn vị: one UnitRecord per row of figures, in sheet order, money converted to đồng.
 * A row with no figure in any quantity column (blank, a sub-heading "I. Khối huyện") is skipped.
 * A quantity cell that cannot be used — unreadable, negative, a fractional việc count — is left out
 * of the record and kept in its `problems` (row, column, value, why); so are X > Đ and a blank Đ or X
 * beside a figure of the other. Each withholds its
 * measure's figures for the row (domain §5: a figure is right, or absent with the reason). Totals rows are kept, marked and not ranked; so is the provincial
 * office's own line when district units are listed with it. Sub-heading rows are returned as
 * `sections` (a subtotal totals the units of its section).
 *
 * @example readUnits({ grid, firstRow: 3, lastRow: 20, columns, labelColumn: 1, moneyFactor: 1000, notRanked: new Set() })
 */
export function readUnits(input: ReadUnitsInput): { units: UnitRecord[]; warnings: string[]; sections: number[] } {
  const { grid, columns, labelColumn, moneyFactor } = input;
  const warnings: string[] = [];
  const units: UnitRecord[] = [];
  const flags: boolean[] = [];
  const sections: number[] = [];
  const firstQuantityColumn = columns.reduce((m, c) => (c.role.kind === 'quantity' ? Math.min(m, c.column) : m), Infinity);
  for (let r = input.firstRow; r <= input.lastRow; r++) {
    if (input.skip?.has(r)) continue;
    const row = grid[r];
    if (!row) continue;
    const viec: QuantitySet = {};
    const tien: QuantitySet = {};
    let figures = 0;
    let flagged = false;
    const unit: UnitRecord = { label: '', row: r, kind: 'unit', ranked: true, viec, tien };
    for (const col of columns) {
      const v = row[col.column];
      const role = col.role;
      if (role.kind === 'quantity') {
        // A finite number is the common cell: read it without the allocation of readQuantity's result.
        let read: number;
        if (typeof v === 'number' && v - v === 0) read = v;
        else {
          const q = readQuantity(v);
          if (!q.ok) {
            // Counted as a figure: a row whose only figures are unreadable is still a unit, withheld.
            figures++;
            addProblem(unit, { kind: 'unreadable', measure: role.measure, key: role.key, row: r, column: col.column, value: describeValue(v), reason: q.reason });
            continue;
          }
          if (q.value === null) continue;
          read = q.value;
        }
        figures++;
        // A figure that cannot be a count or an amount is kept out of the record (domain §5).
        const bad = unusable(read, role.measure);
        if (bad) {
          addProblem(unit, { kind: bad, measure: role.measure, key: role.key, row: r, column: col.column, value: describeValue(v), reason: unusableReason(bad, v, role.measure) });
          continue;
        }
        const set = role.measure === 'tien' ? tien : viec;
        const value = role.measure === 'tien' ? read * moneyFactor : read;
        const before = set[role.key];
        set[role.key] = before !== undefined && ADDITIVE_KEYS.has(role.key) ? before + value : before ?? value;
      } else if (role.kind === 'typedRate') {
        // As the forms type it: a fraction, "54,75%", or 54,75 in a "(%)" column (readTypedRate).
        const p = readTypedRate(v);
        if (p.ok && p.value !== null) {
          // Set in place (no spread per row): the same object and key order as { ...typedRate, [measure]: value }.
          if (!unit.typedRate) unit.typedRate = {};
          unit.typedRate[role.measure] = p.value;
        }
        else if (!p.ok) warnings.push(`${capitalized(cellName(r, col.column, input.naming ?? {}))}: ${p.reason}; bỏ qua tỷ lệ này.`);
      } else if (role.kind === 'officers' || role.kind === 'score') {
        const q = readQuantity(v);
        if (q.ok && q.value !== null) {
          if (role.kind === 'officers') unit.officers = q.value;
          else unit.score = q.value;
        }
      } else if (role.kind === 'notRanked') {
        flagged = isFlag(v);
      }
    }
    if (figures === 0) {
      // A row with text but no figures is a sub-heading ("I. Khối tỉnh"): it starts a section.
      if (row.some((v) => typeof v === 'string' && v.trim() !== '')) sections.push(r);
      continue;
    }
    unit.label = cellText(row[labelColumn]) || labelLeftOf(row, firstQuantityColumn);
    exceeds(unit, columns, moneyFactor);
    missing(unit, columns, moneyFactor);
    units.push(unit);
    flags.push(flagged || (input.notRanked.size > 0 && input.notRanked.has(unitKey(unit.label))));
  }
  const kinds = rowKinds(units.map((u) => u.label));
  // The provincial office's own line ranks among the district units only: not ranked with them.
  const districts = units.some((u, i) => kinds[i] === 'unit' && isDistrictUnit(u.label));
  units.forEach((u, i) => {
    u.kind = kinds[i] ?? 'unit';
    const provincial = districts && u.kind === 'unit' && isProvincialOffice(u.label);
    if (provincial && !flags[i]) {
      warnings.push(`"${u.label}" (dòng ${u.row + 1}) là cơ quan cấp tỉnh: không xếp hạng cùng các đơn vị cấp huyện.`);
    }
    u.ranked = u.kind === 'unit' && !flags[i] && !provincial;
  });
  return { units, warnings, sections };
}

/** Why a read figure cannot be used: negative, or a fractional việc count (money may have decimals). */
function unusable(value: number, measure: Measure): CellProblemKind | null {
  if (value < 0) return 'negative';
  if (measure === 'viec' && value % 1 !== 0) return 'fractional';
  return null;
}

function unusableReason(kind: CellProblemKind, value: CellValue, measure: Measure): string {
  const what = measure === 'viec' ? 'số việc' : 'số tiền';
  if (kind === 'negative') return `${describeValue(value)} là số âm: ${what} không thể âm`;
  return `${describeValue(value)} không phải là số nguyên: số việc phải là số nguyên`;
}

function addProblem(unit: UnitRecord, problem: CellProblem): void {
  (unit.problems ??= []).push(problem);
}

/**
 * X > Đ (giải quyết xong lớn hơn có điều kiện) in a measure with no bad cell: a problem on the X
 * column (X1 when the sheet has no X), so the measure's figures are withheld like a bad cell's.
 */
function exceeds(unit: UnitRecord, columns: readonly ColumnMapping[], moneyFactor: number): void {
  for (const measure of ['viec', 'tien'] as const) {
    const q = unit[measure];
    const x = completedOf(q);
    const d = q.enforceable;
    if (x === undefined || d === undefined || !(x > d) || same(x, d)) continue;
    if (unit.problems?.some((p) => p.measure === measure)) continue;
    const key: QuantityKey = q.completed !== undefined ? 'completed' : 'fullyEnforced';
    const column = quantityColumn(columns, measure, [key])?.column ?? -1;
    addProblem(unit, {
      kind: 'exceeds',
      measure,
      key,
      row: unit.row,
      column,
      value: formatNumber(measure === 'viec' ? x : x / moneyFactor, 3, true),
      reason: `giải quyết xong (X) = ${shownFigure(x, measure, moneyFactor)} lớn hơn có điều kiện thi hành (Đ) = ${shownFigure(d, measure, moneyFactor)}: phải có X ≤ Đ`,
    });
  }
}

/**
 * Ô trống thiếu số liệu: Đ given (above 0) with the X cells blank, or X given (above 0) with Đ blank
 * and not derivable (no P or K on the row), when the table has a column for the blank one. The rate
 * cannot be computed, and the totals would count one side of it only (Đ 100 with a blank X would pull
 * the whole rate down; X 50 with a blank Đ would lift it above 100%): a problem on the blank cell.
 */
function missing(unit: UnitRecord, columns: readonly ColumnMapping[], moneyFactor: number): void {
  for (const measure of ['viec', 'tien'] as const) {
    if (unit.problems?.some((p) => p.measure === measure)) continue;
    const q = unit[measure];
    const x = completedOf(q);
    const d = q.enforceable;
    // No closure per row and measure: this runs on every row of tables of 50.000 rows.
    let blank: ColumnMapping | undefined;
    let reason = '';
    if (d !== undefined && d > 0 && x === undefined) {
      blank = quantityColumn(columns, measure, ['completed']) ?? quantityColumn(columns, measure, ['fullyEnforced']);
      reason = `ô trống trong khi có điều kiện thi hành (Đ) = ${shownFigure(d, measure, moneyFactor)}: thiếu số giải quyết xong (X)`;
    } else if (x !== undefined && x > 0 && d === undefined && q.mustEnforce === undefined && q.notEnforceable === undefined) {
      blank = quantityColumn(columns, measure, ['enforceable']);
      reason = `ô trống trong khi giải quyết xong (X) = ${shownFigure(x, measure, moneyFactor)}: thiếu số có điều kiện thi hành (Đ)`;
    }
    if (!blank || blank.role.kind !== 'quantity') continue;
    addProblem(unit, { kind: 'missing', measure, key: blank.role.key, row: unit.row, column: blank.column, value: 'ô trống', reason });
  }
}

/** The column holding one of `keys` of `measure`, if the table has one. */
function quantityColumn(columns: readonly ColumnMapping[], measure: Measure, keys: readonly QuantityKey[]): ColumnMapping | undefined {
  return columns.find((c) => c.role.kind === 'quantity' && c.role.measure === measure && keys.includes(c.role.key));
}

/** A figure as a problem's reason quotes it: "1.203 việc", or money in the sheet's unit. */
function shownFigure(n: number, measure: Measure, moneyFactor: number): string {
  return measure === 'viec' ? `${formatNumber(n, 3, true)} việc` : formatNumber(n / moneyFactor, 3, true);
}

/** A totals row often writes "Tổng cộng" across the STT and name cells: take the first text left of the figures. */
function labelLeftOf(row: readonly unknown[], end: number): string {
  for (let c = 0; c < Math.min(end, row.length); c++) {
    const v = row[c];
    if (typeof v === 'string' && v.trim() !== '' && !readQuantity(v).ok) return v.trim();
  }
  return '';
}

/** "x", "1", "có", TRUE mark a row; "", 0, "không", FALSE do not. */
function isFlag(v: unknown): boolean {
  if (v === true) return true;
  if (typeof v === 'number') return v !== 0;
  if (typeof v !== 'string') return false;
  const t = normalizeText(v);
  return t !== '' && t !== '0' && t !== 'không' && t !== 'khong' && t !== 'false';
}
