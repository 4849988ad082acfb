import type { Finding, Measure, QuantityKey, QuantitySet, UnitRecord } from '../types';
import { bare, columnOf, figure, rowName, withColumn } from './describe';
import type { ValidationOptions } from './types';
import { MEASURES } from '../vocabulary/measures';
import { quantityName, quantityTerm } from '../vocabulary/quantities';

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

/** One side's quantity in an identity, subtracted when `minus`. */
interface Term {
  key: QuantityKey;
  value: number;
  minus?: boolean;
}

/** A quantity in a formula: its symbol (Đ, X1), or its short name when it has none ("đang thi hành"). */
function termName(key: QuantityKey): string {
  const q = quantityTerm(key);
  return q.symbol ?? q.short;
}

/** An identity's shape: its left quantity, then its terms in order (a term with `minus` subtracted). */
interface Identity {
  left: QuantityKey;
  terms: readonly { key: QuantityKey; minus?: boolean }[];
}

const T_CM: Identity = { left: 'totalAccepted', terms: [{ key: 'carriedOver' }, { key: 'newlyAccepted' }] };
const T_CFM: Identity = { left: 'totalAccepted', terms: [{ key: 'carriedOver' }, { key: 'separateRegister', minus: true }, { key: 'newlyAccepted' }] };
const P_TUR: Identity = { left: 'mustEnforce', terms: [{ key: 'totalAccepted' }, { key: 'delegated', minus: true }, { key: 'withdrawn', minus: true }] };
const P_DK: Identity = { left: 'mustEnforce', terms: [{ key: 'enforceable' }, { key: 'notEnforceable' }] };
const P_DKH: Identity = { left: 'mustEnforce', terms: [{ key: 'enforceable' }, { key: 'notEnforceable' }, { key: 'postponed' }] };
const D_PARTS_B: Identity = { left: 'enforceable', terms: [{ key: 'completed' }, { key: 'inProgress' }] };
const D_PARTS_B_OTHER: Identity = { left: 'enforceable', terms: [{ key: 'completed' }, { key: 'inProgress' }, { key: 'other' }] };
const D_PARTS_A: Identity = { left: 'enforceable', terms: [{ key: 'completed' }, { key: 'inProgress' }, { key: 'postponed' }] };
const D_PARTS_A_OTHER: Identity = { left: 'enforceable', terms: [{ key: 'completed' }, { key: 'inProgress' }, { key: 'postponed' }, { key: 'other' }] };
const X_X1X2: Identity = { left: 'completed', terms: [{ key: 'fullyEnforced' }, { key: 'terminated' }] };
const S_PX: Identity = { left: 'nextPeriod', terms: [{ key: 'mustEnforce' }, { key: 'completed', minus: true }] };
const SD_DX: Identity = { left: 'enforceableBacklog', terms: [{ key: 'enforceable' }, { key: 'completed', minus: true }] };
const BOTH = ['viec', 'tien'] as const;

/**
 * Kiểm tra các đẳng thức của một dòng (domain §3), for việc and for tiền, whichever the row has:
 * T = C + M (T = C − F + M when the row holds F, its C then gross); P = T − U − R; P = Đ + K (regime A) or P = Đ + K + H (regime B); the parts of Đ add up
 * (X + đang thi hành + trường hợp khác, + H in regime A); X = X1 + X2; X ≤ Đ; S = P − X;
 * S_Đ = Đ − X. An identity is checked only when the sheet has every figure it needs. A row that
 * passes allocates nothing (a table can have 50.000 rows): the terms are built for a finding only.
 *
 * @example checkRowIdentities({ label: 'A', row: 6, viec: { carriedOver: 40, newlyAccepted: 75, totalAccepted: 120 }, … }, opts)
 * // [{ rule: 'T=C+M', message: 'Dòng 7 (A), việc: T = C + M không đúng: T = 120 việc nhưng C + M = 40 + 75 = 115 việc, chênh lệch 5 việc.', … }]
 */
export function checkRowIdentities(unit: UnitRecord, opts: ValidationOptions): Finding[] {
  const out: Finding[] = [];
  for (const measure of BOTH) {
    const q = measure === 'viec' ? unit.viec : unit.tien;
    if (q.totalAccepted !== undefined && q.carriedOver !== undefined && q.newlyAccepted !== undefined) {
      // F in the set means C is gross (a C header "trừ …" is net and its F is not read): T = C − F + M.
      if (q.separateRegister !== undefined) checkSum(out, unit, measure, opts, 'T=C-F+M', T_CFM, q.totalAccepted, q.carriedOver, q.separateRegister, q.newlyAccepted);
      else checkSum(out, unit, measure, opts, 'T=C+M', T_CM, q.totalAccepted, q.carriedOver, q.newlyAccepted);
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
          `${rowName(unit, opts)}, ${MEASURES[measure].vi}: ${quantityName('completed')} = ${figure(x, measure, opts.moneyUnit)} lớn hơn ` +
          `${quantityName('enforceable')} = ${figure(q.enforceable, measure, opts.moneyUnit)}, vượt ${figure(x - q.enforceable, measure, opts.moneyUnit)}: phải có X ≤ Đ.`,
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
 * One identity: `left` = the values `a, b, c, d` of its terms (as many as it has), added in order, a
 * term with `minus` subtracted. A finding is pushed when they differ; nothing is allocated otherwise.
 */
function checkSum(out: Finding[], unit: UnitRecord, measure: Measure, opts: ValidationOptions, rule: string, identity: Identity, left: number, a: number, b: number, c = 0, d = 0): void {
  const t = identity.terms;
  let total = 0;
  total += t[0]!.minus ? -a : a;
  total += t[1]!.minus ? -b : b;
  if (t.length > 2) total += t[2]!.minus ? -c : c;
  if (t.length > 3) total += t[3]!.minus ? -d : d;
  if (same(left, total)) return;
  const terms: Term[] = [a, b, c, d].slice(0, t.length).map((value, i) => ({ ...t[i]!, value }));
  out.push(identityFinding(unit, measure, rule, { key: identity.left, value: left }, terms, total, opts));
}

function identityFinding(unit: UnitRecord, measure: Measure, rule: string, left: Term, terms: Term[], total: number, opts: ValidationOptions): Finding {
  const u = opts.moneyUnit;
  const sign = (t: Term, i: number, text: string) => (i === 0 ? text : t.minus ? `− ${text}` : `+ ${text}`);
  const formula = `${termName(left.key)} = ${terms.map((t, i) => sign(t, i, termName(t.key))).join(' ')}`;
  const values = terms.map((t, i) => sign(t, i, bare(t.value, measure, u))).join(' ');
  const diff = left.value - total;
  return withColumn({
    severity: 'error',
    rule,
    row: unit.row,
    unit: unit.label,
    measure,
    expected: total,
    actual: left.value,
    message:
      `${rowName(unit, opts)}, ${MEASURES[measure].vi}: ${formula} không đúng: ${termName(left.key)} = ${figure(left.value, measure, u)} ` +
      `nhưng ${formula.slice(formula.indexOf('=') + 2)} = ${values} = ${figure(total, measure, u)}, chênh lệch ${figure(Math.abs(diff), measure, u)}.`,
  }, columnOf(opts, measure, left.key));
}
