import type { Finding, Measure, QuantitySet, UnitRecord } from '../types';
import { bare, columnOf, figure, MEASURE_WORD, rowName, withColumn } from './describe';
import type { ValidationOptions } from './types';

/**
 * Math's functions, read once at load: in the local runtime (a Node vm context) each lookup of a
 * global costs about 0,2 µs, and `same` runs for every identity of every row.
 */
const { abs, max } = Math;

/** Two figures are equal when they differ by float noise only (amounts in đồng can be large). */
export function same(a: number, b: number): boolean {
  return abs(a - b) <= 1e-9 * max(1, abs(a), abs(b)) + 1e-6;
}

/** X as the sheet gives it: the X column, else X1 + X2 (a missing part counts 0 when the other is there). */
export function completedOf(q: QuantitySet): number | undefined {
  if (q.completed !== undefined) return q.completed;
  if (q.fullyEnforced === undefined && q.terminated === undefined) return undefined;
  return (q.fullyEnforced ?? 0) + (q.terminated ?? 0);
}

interface Term {
  symbol: string;
  value: number;
}

/** The quantity each left-hand symbol stands for, to name its column. */
const LEFT: Record<string, keyof QuantitySet> = {
  T: 'totalAccepted',
  P: 'mustEnforce',
  Đ: 'enforceable',
  X: 'completed',
  S: 'nextPeriod',
  S_Đ: 'enforceableBacklog',
};

/** The symbols of each identity, left side first; a term whose symbol starts with − is subtracted. */
const T_CM = ['T', 'C', 'M'] as const;
const P_TUR = ['P', 'T', '−U', '−R'] as const;
const P_DK = ['P', 'Đ', 'K'] as const;
const P_DKH = ['P', 'Đ', 'K', 'H'] as const;
const D_PARTS_B = ['Đ', 'X', 'đang thi hành'] as const;
const D_PARTS_B_OTHER = ['Đ', 'X', 'đang thi hành', 'khác'] as const;
const D_PARTS_A = ['Đ', 'X', 'đang thi hành', 'hoãn, tạm đình chỉ'] as const;
const D_PARTS_A_OTHER = ['Đ', 'X', 'đang thi hành', 'hoãn, tạm đình chỉ', 'khác'] as const;
const X_X1X2 = ['X', 'X1', 'X2'] as const;
const S_PX = ['S', 'P', '−X'] as const;
const SD_DX = ['S_Đ', 'Đ', '−X'] as const;
const MEASURES = ['viec', 'tien'] as const;

/**
 * Kiểm tra các đẳng thức của một dòng (domain §3), for việc and for tiền, whichever the row has:
 * T = C + M; P = T − U − R; P = Đ + K (regime A) or P = Đ + K + H (regime B); the parts of Đ add up
 * (X + đang thi hành + khác, + hoãn/tạm đình chỉ in regime A); X = X1 + X2; X ≤ Đ; S = P − X;
 * S_Đ = Đ − X. An identity is checked only when the sheet has every figure it needs. A row that
 * passes allocates nothing (a table can have 50.000 rows): the terms are built for a finding only.
 *
 * @example checkRowIdentities({ label: 'A', row: 6, viec: { carriedOver: 40, newlyAccepted: 75, totalAccepted: 120 }, … }, opts)
 * // [{ rule: 'T=C+M', message: 'Dòng 7 (A), việc: T = C + M không đúng: T = 120 việc nhưng C + M = 40 + 75 = 115 việc, chênh lệch 5 việc.', … }]
 */
export function checkRowIdentities(unit: UnitRecord, opts: ValidationOptions): Finding[] {
  const out: Finding[] = [];
  for (const measure of MEASURES) {
    const q = measure === 'viec' ? unit.viec : unit.tien;
    if (q.totalAccepted !== undefined && q.carriedOver !== undefined && q.newlyAccepted !== undefined) {
      checkSum(out, unit, measure, opts, 'T=C+M', T_CM, q.totalAccepted, q.carriedOver, q.newlyAccepted);
    }
    if (q.mustEnforce !== undefined && q.totalAccepted !== undefined && (q.delegated !== undefined || q.withdrawn !== undefined)) {
      checkSum(out, unit, measure, opts, 'P=T-U-R', P_TUR, q.mustEnforce, q.totalAccepted, q.delegated ?? 0, q.withdrawn ?? 0);
    }
    if (q.mustEnforce !== undefined && q.enforceable !== undefined && q.notEnforceable !== undefined) {
      if (opts.regime === 'A') checkSum(out, unit, measure, opts, 'P=D+K', P_DK, q.mustEnforce, q.enforceable, q.notEnforceable);
      else if (q.postponed !== undefined) checkSum(out, unit, measure, opts, 'P=D+K+H', P_DKH, q.mustEnforce, q.enforceable, q.notEnforceable, q.postponed);
    }
    const x = completedOf(q);
    if (q.enforceable !== undefined && q.inProgress !== undefined && x !== undefined && (opts.regime === 'B' || q.postponed !== undefined)) {
      if (opts.regime === 'A') {
        const h = q.postponed as number;
        if (q.other !== undefined) checkSum(out, unit, measure, opts, 'D=parts', D_PARTS_A_OTHER, q.enforceable, x, q.inProgress, h, q.other);
        else checkSum(out, unit, measure, opts, 'D=parts', D_PARTS_A, q.enforceable, x, q.inProgress, h);
      } else if (q.other !== undefined) checkSum(out, unit, measure, opts, 'D=parts', D_PARTS_B_OTHER, q.enforceable, x, q.inProgress, q.other);
      else checkSum(out, unit, measure, opts, 'D=parts', D_PARTS_B, q.enforceable, x, q.inProgress);
    }
    if (q.completed !== undefined && q.fullyEnforced !== undefined && q.terminated !== undefined) {
      checkSum(out, unit, measure, opts, 'X=X1+X2', X_X1X2, q.completed, q.fullyEnforced, q.terminated);
    }
    if (x !== undefined && q.enforceable !== undefined && x > q.enforceable && !same(x, q.enforceable)) {
      out.push(withColumn({
        severity: 'error',
        rule: 'X<=D',
        row: unit.row,
        unit: unit.label,
        measure,
        expected: q.enforceable,
        actual: x,
        message:
          `${rowName(unit, opts)}, ${MEASURE_WORD[measure]}: giải quyết xong (X) = ${figure(x, measure, opts.moneyUnit)} lớn hơn ` +
          `có điều kiện thi hành (Đ) = ${figure(q.enforceable, measure, opts.moneyUnit)}, vượt ${figure(x - q.enforceable, measure, opts.moneyUnit)}: phải có X ≤ Đ.`,
      }, columnOf(opts, measure, q.completed !== undefined ? 'completed' : 'fullyEnforced')));
    }
    if (x !== undefined && q.nextPeriod !== undefined && q.mustEnforce !== undefined) {
      checkSum(out, unit, measure, opts, 'S=P-X', S_PX, q.nextPeriod, q.mustEnforce, x);
    }
    if (x !== undefined && q.enforceableBacklog !== undefined && q.enforceable !== undefined) {
      checkSum(out, unit, measure, opts, 'SD=D-X', SD_DX, q.enforceableBacklog, q.enforceable, x);
    }
  }
  return out;
}

/**
 * One identity: left = the terms `a, b, c, d` (as many as `symbols` has after the left one), added
 * in order, a term whose symbol starts with − subtracted. A finding is pushed when they differ.
 */
function checkSum(out: Finding[], unit: UnitRecord, measure: Measure, opts: ValidationOptions, rule: string, symbols: readonly string[], left: number, a: number, b: number, c = 0, d = 0): void {
  const n = symbols.length - 1;
  let total = 0;
  total += signed(symbols[1] as string, a);
  total += signed(symbols[2] as string, b);
  if (n > 2) total += signed(symbols[3] as string, c);
  if (n > 3) total += signed(symbols[4] as string, d);
  if (same(left, total)) return;
  const terms: Term[] = [a, b, c, d].slice(0, n).map((value, i) => ({ symbol: symbols[i + 1] as string, value }));
  out.push(identityFinding(unit, measure, rule, { symbol: symbols[0] as string, value: left }, terms, total, opts));
}

function signed(symbol: string, value: number): number {
  return symbol.charAt(0) === '−' ? -value : value;
}

function identityFinding(unit: UnitRecord, measure: Measure, rule: string, left: Term, terms: Term[], total: number, opts: ValidationOptions): Finding {
  const u = opts.moneyUnit;
  const formula = `${left.symbol} = ${terms.map((t, i) => (i === 0 ? t.symbol : t.symbol.charAt(0) === '−' ? `− ${t.symbol.slice(1)}` : `+ ${t.symbol}`)).join(' ')}`;
  const values = terms.map((t, i) => (i === 0 ? bare(t.value, measure, u) : t.symbol.charAt(0) === '−' ? `− ${bare(t.value, measure, u)}` : `+ ${bare(t.value, measure, u)}`)).join(' ');
  const diff = left.value - total;
  const key = LEFT[left.symbol];
  return withColumn({
    severity: 'error',
    rule,
    row: unit.row,
    unit: unit.label,
    measure,
    expected: total,
    actual: left.value,
    message:
      `${rowName(unit, opts)}, ${MEASURE_WORD[measure]}: ${formula} không đúng: ${left.symbol} = ${figure(left.value, measure, u)} ` +
      `nhưng ${formula.slice(formula.indexOf('=') + 2)} = ${values} = ${figure(total, measure, u)}, chênh lệch ${figure(Math.abs(diff), measure, u)}.`,
  }, key ? columnOf(opts, measure, key) : undefined);
}
