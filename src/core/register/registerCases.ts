import { moneyUnitFactor } from '../numbers/moneyUnit';
import { dayText } from '../period/dayText';
import { tidyName } from '../text/tidyName';
import type { DetectedTable } from '../table/types';
import type { Grid, Regime, UnitRecord } from '../types';
import { aggregateRegister } from './aggregateRegister';
import { dayNumber } from './dayNumber';

/**
 * One case of a register as its period counts it (một việc trong kỳ): who and what it is, and the figures
 * a close keeps of it. Identity: unit + số quyết định THA + ngày (the number alone repeats across units
 * and years; the register's "Ngày thụ lý" / "Ngày ra quyết định thi hành" column is the decision's date).
 */
export interface CaseRecord {
  /** 0-based row of the grid the register was read from. */
  row: number;
  unit: string;
  /** Số quyết định THA as written, spaces trimmed and collapsed. */
  decision: string;
  /** The decision's day as yyyymmdd, or null when the register gives none. */
  decidedOn: number | null;
  /** Chấp hành viên, '' when the register has no officer column or the cell is blank. */
  officer: string;
  /** The quantity slot the case counts in after the period's cut (SLOTS of register/slots). */
  slot: number;
  /** Số tiền phải thi hành and số tiền đã thu, in đồng. */
  due: number;
  collected: number;
}

/** The cases of a register, per officer figures and what keeps the cases from being told apart. */
export interface RegisterCases {
  /** Every case the period counts; null when the register has no "Số quyết định" column (no identity). */
  cases: CaseRecord[] | null;
  /** One record per officer within its unit (label "Đơn vị / Chấp hành viên"); null without an officer column. */
  officers: UnitRecord[] | null;
  /** Identities held by more than one case (caseKey, the text, 0-based grid rows), in order of first row. */
  duplicates: { key: string; identity: string; rows: number[] }[];
  /** Cases counted in the period without a decision number (0-based grid rows). */
  missing: number[];
}

/**
 * Các việc của sổ thụ lý trong kỳ: re-cuts a register to the period it was read for (the same pass
 * aggregateRegister makes, so a case counts here exactly as in the figures) and lists each case with
 * its identity, officer, status slot and amounts; with an officer column, also the figures per officer
 * (a second pass grouped by officer). Repeated and missing identities are listed, not guessed.
 *
 * @example registerCases(grid, table, 'B').cases[0] // { unit: 'Chi cục A', decision: '12/QĐ-CCTHADS', decidedOn: 20240115, officer: 'Nguyễn Văn B', slot: 0, … }
 */
export function registerCases(grid: Grid, table: DetectedTable, regime: Regime): RegisterCases {
  const reg = table.register;
  if (!reg) return { cases: null, officers: null, duplicates: [], missing: [] };
  const col = (f: string) => reg.columns.find((c) => c.field === f)?.column ?? -1;
  const cUnit = col('unit');
  const cOfficer = col('officer');
  const cDecision = col('decision');
  const cDate = col('acceptedOn');
  const base = { period: reg.period, regime, countPartialCollections: false, moneyFactor: moneyUnitFactor(table.moneyUnit) };
  const cases: CaseRecord[] = [];
  // Units and officers repeat: each distinct text is tidied once.
  const memo = new Map<unknown, string>();
  const tidy = (v: unknown) => {
    let t = memo.get(v);
    if (t === undefined) {
      t = text(v);
      memo.set(v, t);
    }
    return t;
  };
  // Without a unit column the cases' pass is grouped by officer already: its groups are the officers'.
  let byOfficer: ReturnType<typeof aggregateRegister> | null = null;
  if (cDecision >= 0) {
    const agg = aggregateRegister(grid, reg.columns, table.firstDataRow, table.lastDataRow, {
      ...base,
      groupBy: cUnit >= 0 ? 'unit' : 'officer',
      onCase: (row, slot, due, collected) => {
        const r = grid[row]!;
        const day = cDate >= 0 ? dayNumber(r[cDate]) : null;
        cases.push({
          row,
          unit: cUnit >= 0 ? tidy(r[cUnit]) : '',
          decision: text(r[cDecision]),
          decidedOn: typeof day === 'number' ? day : null,
          officer: cOfficer >= 0 ? tidy(r[cOfficer]) : '',
          slot,
          due,
          collected,
        });
      },
    });
    if (cUnit < 0) byOfficer = agg;
  }
  let officers: UnitRecord[] | null = null;
  if (cOfficer >= 0) {
    const agg = byOfficer ?? aggregateRegister(grid, reg.columns, table.firstDataRow, table.lastDataRow, { ...base, groupBy: 'officer' });
    // An officer none of whose cases falls in the period is not one of its officers (no row of zeros).
    officers = agg.groups.flatMap((g, i) => (g.viec.totalAccepted ? [{ ...g, label: officerLabel(agg.unitOf[i] ?? '', g.label) }] : []));
  }
  const seen = new Map<string, { first: CaseRecord; rows: number[] }>();
  const missing: number[] = [];
  for (const c of cases) {
    if (!c.decision) {
      missing.push(c.row);
      continue;
    }
    const key = caseKey(c);
    const same = seen.get(key);
    if (same) same.rows.push(c.row);
    else seen.set(key, { first: c, rows: [c.row] });
  }
  const duplicates: RegisterCases['duplicates'] = [];
  for (const [key, { first, rows }] of seen) if (rows.length > 1) duplicates.push({ key, identity: caseIdentityText(first), rows });
  return { cases: cDecision >= 0 ? cases : null, officers, duplicates, missing };
}

/** A cell as text, tidied (the same rule as the register's officers and units: tidyName). */
function text(v: unknown): string {
  if (typeof v !== 'string') return v === null || v === undefined ? '' : String(v);
  return tidyName(v);
}

/**
 * The key a case is matched by between a close and now: unit, decision number and day, as tidied (trimmed,
 * runs of spaces as one). Letter case counts: a number retyped in other letters reads as another case,
 * said as one gone and one added, never silently joined. Plain concatenation: 200.000 keys a compare.
 *
 * @example caseKey({ unit: 'Chi cục A', decision: '12/QĐ-CCTHADS', decidedOn: 20240115 }) // 'Chi cục A\u000112/QĐ-CCTHADS\u000120240115'
 */
export function caseKey(c: Pick<CaseRecord, 'unit' | 'decision' | 'decidedOn'>): string {
  return `${c.unit}\u0001${c.decision}\u0001${c.decidedOn ?? ''}`;
}

/**
 * A case named as the agencies name it: "việc số QĐ 12/QĐ-CCTHADS ngày 15/01/2024 (Chi cục A)".
 *
 * @example caseIdentityText({ unit: 'Chi cục A', decision: '12/QĐ-CCTHADS', decidedOn: 20240115 }) // 'việc số QĐ 12/QĐ-CCTHADS ngày 15/01/2024 (Chi cục A)'
 */
export function caseIdentityText(c: Pick<CaseRecord, 'unit' | 'decision' | 'decidedOn'>): string {
  const d = c.decidedOn;
  const day = d === null ? '' : ` ngày ${dayText([Math.floor(d / 10000), Math.floor(d / 100) % 100, d % 100])}`;
  return `việc số QĐ ${c.decision || '(trống)'}${day}${c.unit ? ` (${c.unit})` : ''}`;
}

/**
 * An officer's row label in a close: "Đơn vị / Chấp hành viên" (two units may have officers of the same name).
 *
 * @example officerLabel('Chi cục A', 'Nguyễn Văn B') // 'Chi cục A / Nguyễn Văn B'
 */
export function officerLabel(unit: string, officer: string): string {
  return unit ? `${unit} / ${officer}` : officer;
}
