import { cellNumber } from '../numbers/cellNumber';
import { tidyName } from '../text/tidyName';
import { periodRange } from '../period/periodRange';
import type { Grid, UnitRecord } from '../types';
import { deriveQuantities } from './deriveQuantities';
import { CARRIED, COMPLETED, IN_PROGRESS, NEW, SLOT, SLOTS, TOTAL } from './slots';
import { dayTime } from './dayNumber';
import { statusKey } from './statusKey';
import { capitalized, cellName } from '../text/columnName';
import type { RegisterColumn } from '../table/types';
import type { RegisterOptions } from './types';

/** One group's running counts (việc) and amounts (tiền, đồng). */
interface Tally {
  label: string;
  row: number;
  unit: string;
  cases: number;
  viec: Float64Array;
  tien: Float64Array;
  collectedOnOpen: number;
}

export interface RegisterAggregate {
  /** One record per unit or officer, in order of first appearance; money in đồng. */
  groups: UnitRecord[];
  /** The whole register, as a 'total' record. */
  total: UnitRecord;
  /** Per group (same order): what was collected on cases still open (đang thi hành), in đồng. */
  collectedOnOpen: number[];
  /** For officers: the unit each belongs to (the first seen). */
  unitOf: string[];
  cases: number;
  /** Rows left out, with why (Vietnamese, naming the row, column and value); at most 20, then a count. */
  warnings: string[];
}

/**
 * Tổng hợp sổ thụ lý: one pass over a register (one row per case) into the quantities of domain §3
 * per unit or per officer. A case accepted before the period's first day (01/10 of year − 1) counts
 * in C, else in M; every case counts once in T and once in its status's quantity; a case closed
 * (thi hành xong, đình chỉ) after the period's last day counts as đang thi hành, one closed before
 * its first day or accepted after its last is left out. Then the identities give Đ (regime A with H
 * inside), P = T − U − R, X = X1 + X2, S = P − X and S_Đ = Đ − X. Tiền is the same with each case's
 * amount due; X tiền counts closed cases' amounts due, plus, with `countPartialCollections`, what was
 * collected on open cases.
 *
 * @example aggregateRegister(grid, columns, 5, 20004, options).groups[0].viec.completed
 */
export function aggregateRegister(grid: Grid, columns: readonly RegisterColumn[], firstRow: number, lastRow: number, opts: RegisterOptions): RegisterAggregate {
  const col = (f: RegisterColumn['field']) => columns.find((c) => c.field === f)?.column ?? -1;
  const cUnit = col('unit');
  const cOfficer = col('officer');
  const cGroup = opts.groupBy === 'officer' ? cOfficer : cUnit;
  const cStatus = col('status');
  const cAccepted = col('acceptedOn');
  const cClosed = col('closedOn');
  const cDue = col('amountDue');
  const cCollected = col('amountCollected');
  const at = (r: number, c: number) => capitalized(cellName(r, c, opts.naming ?? {}));
  const range = periodRange(opts.period);
  const start = new Date(range.from[0], range.from[1] - 1, range.from[2]).getTime();
  // First instant after the period: dates are compared as local-time milliseconds.
  const after = new Date(range.to[0], range.to[1] - 1, range.to[2] + 1).getTime();
  const statusMemo = new Map<unknown, number>();
  const dateMemo = new Map<string, number | undefined>();
  const flat = new Map<unknown, Tally>();
  const byUnit = new Map<unknown, Map<unknown, Tally>>();
  const order: Tally[] = [];
  /** Groups by trimmed name (within their unit, for officers): per distinct raw text, not per row. */
  const byName = new Map<string, Map<string, Tally>>();
  const warnings: string[] = [];
  let skipped = 0;
  const warn = (text: string) => {
    if (warnings.length < 20) warnings.push(text);
    else skipped++;
  };
  let cases = 0;
  const factor = opts.moneyFactor;
  const officerInUnit = opts.groupBy === 'officer' && cUnit >= 0;
  const onCase = opts.onCase;
  for (let r = firstRow; r <= lastRow; r++) {
    const row = grid[r];
    if (!row) continue;
    const rawStatus = row[cStatus];
    const rawGroup = row[cGroup];
    if ((rawStatus === '' || rawStatus === null || rawStatus === undefined) && (rawGroup === '' || rawGroup === null || rawGroup === undefined)) continue;
    let slot = statusMemo.get(rawStatus);
    if (slot === undefined) {
      const text = typeof rawStatus === 'string' ? rawStatus.trim() : '';
      const k = text ? statusKey(text) : null;
      slot = k === null ? -1 : SLOT[k];
      statusMemo.set(rawStatus, slot);
    }
    if (slot < 0) {
      warn(`${at(r, cStatus)}: trạng thái ${typeof rawStatus === 'string' && rawStatus.trim() ? `"${rawStatus.trim()}"` : 'trống'} không rõ là thi hành xong, đình chỉ, đang thi hành, hoãn…; bỏ qua việc này.`);
      continue;
    }
    // Officers are told apart within their unit: two units may have officers of the same name.
    let inner = flat;
    if (officerInUnit) {
      const rawUnit = row[cUnit];
      inner = byUnit.get(rawUnit) as Map<unknown, Tally>;
      if (!inner) {
        inner = new Map();
        byUnit.set(rawUnit, inner);
      }
    }
    let tally = inner.get(rawGroup);
    if (!tally) {
      const label = typeof rawGroup === 'string' ? tidyName(rawGroup) : rawGroup === undefined || rawGroup === null ? '' : String(rawGroup);
      if (!label) {
        warn(`${at(r, cGroup)}: thiếu ${opts.groupBy === 'officer' ? 'chấp hành viên' : 'đơn vị'}; bỏ qua việc này.`);
        continue;
      }
      const unit = cUnit >= 0 && typeof row[cUnit] === 'string' ? tidyName(row[cUnit] as string) : '';
      // The same name spelled with other spacing is the same group (looked up once per distinct text);
      // officers are told apart by their unit, units by their name alone.
      const unitKey = opts.groupBy === 'unit' ? '' : unit;
      let named = byName.get(unitKey);
      if (!named) {
        named = new Map();
        byName.set(unitKey, named);
      }
      const same = named.get(label);
      tally = same ?? { label, row: r, unit, cases: 0, viec: new Float64Array(SLOTS.length), tien: new Float64Array(SLOTS.length), collectedOnOpen: 0 };
      if (!same) {
        order.push(tally);
        named.set(label, tally);
      }
      inner.set(rawGroup, tally);
    }
    const accepted = cAccepted >= 0 ? dayTime(row[cAccepted], dateMemo) : null;
    if (accepted === undefined) {
      warn(`${at(r, cAccepted)}: ngày thụ lý không đọc được; bỏ qua việc này.`);
      continue;
    }
    if (accepted !== null && accepted >= after) continue;
    if (cClosed >= 0 && slot <= COMPLETED) {
      const closed = dayTime(row[cClosed], dateMemo);
      if (closed !== null && closed !== undefined) {
        if (closed < start) continue;
        if (closed >= after) slot = IN_PROGRESS;
      }
    }
    let due = 0;
    if (cDue >= 0) {
      const v = row[cDue];
      if (typeof v === 'number') due = v * factor;
      else if (v !== '' && v !== null && v !== undefined) {
        const n = cellNumber(v);
        if (n.ok) due = (n.value ?? 0) * factor;
        else warn(`${at(r, cDue)}: ${n.reason}; tính là 0.`);
      }
    }
    cases++;
    tally.cases++;
    const viec = tally.viec;
    const tien = tally.tien;
    viec[slot]! += 1;
    tien[slot]! += due;
    if (accepted !== null) {
      const cm = accepted < start ? CARRIED : NEW;
      viec[cm]! += 1;
      tien[cm]! += due;
    }
    viec[TOTAL]! += 1;
    tien[TOTAL]! += due;
    if (slot === IN_PROGRESS && cCollected >= 0) tally.collectedOnOpen += collectedOf(row[cCollected], factor);
    if (onCase) onCase(r, slot, due, cCollected >= 0 ? collectedOf(row[cCollected], factor) : 0);
  }
  if (skipped > 0) warnings.push(`… và ${skipped} dòng khác bị bỏ qua.`);
  const hasAccepted = cAccepted >= 0;
  const total: Tally = { label: 'Tổng cộng', row: lastRow + 1, unit: '', cases, viec: new Float64Array(SLOTS.length), tien: new Float64Array(SLOTS.length), collectedOnOpen: 0 };
  for (const t of order) {
    for (let i = 0; i < SLOTS.length; i++) {
      total.viec[i]! += t.viec[i]!;
      total.tien[i]! += t.tien[i]!;
    }
    total.collectedOnOpen += t.collectedOnOpen;
  }
  const record = (t: Tally, kind: UnitRecord['kind']): UnitRecord => ({
    label: t.label,
    row: t.row,
    kind,
    ranked: kind === 'unit',
    viec: deriveQuantities(t.viec, opts.regime, hasAccepted, 0),
    tien: deriveQuantities(t.tien, opts.regime, hasAccepted, opts.countPartialCollections ? t.collectedOnOpen : 0),
  });
  return {
    groups: order.map((t) => record(t, 'unit')),
    total: record(total, 'total'),
    collectedOnOpen: order.map((t) => t.collectedOnOpen),
    unitOf: order.map((t) => t.unit),
    cases,
    warnings,
  };
}

/** What was collected on a case (số tiền đã thu), in đồng; 0 when blank or not a number. */
function collectedOf(v: unknown, factor: number): number {
  if (typeof v === 'number') return v * factor;
  if (v === '' || v === null || v === undefined) return 0;
  const n = cellNumber(v);
  return n.ok ? (n.value ?? 0) * factor : 0;
}

