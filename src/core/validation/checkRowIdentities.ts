import type { Finding, Measure, QuantityKey, QuantitySet, UnitRecord } from '../types';
import { bare, columnOf, figure, rowName, withColumn } from './describe';
import type { ValidationOptions } from './types';
import { MEASURES } from '../vocabulary/measures';
import { quantityName, quantityTerm } from '../vocabulary/quantities';

/** Two figures are equal when they differ by float noise only (amounts in đồng can be large). */
export function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b)) + 1e-6;
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

/**
 * Kiểm tra các đẳng thức của một dòng (domain §3), for việc and for tiền, whichever the row has:
 * T = C + M; P = T − U − R; P = Đ + K (regime A) or P = Đ + K + H (regime B); the parts of Đ add up
 * (X + đang thi hành + trường hợp khác, + H in regime A); X = X1 + X2; X ≤ Đ; S = P − X;
 * S_Đ = Đ − X. An identity is checked only when the sheet has every figure it needs.
 *
 * @example checkRowIdentities({ label: 'A', row: 6, viec: { carriedOver: 40, newlyAccepted: 75, totalAccepted: 120 }, … }, opts)
 * // [{ rule: 'T=C+M', message: 'Dòng 7 (A), việc: T = C + M không đúng: T = 120 việc nhưng C + M = 40 + 75 = 115 việc, chênh lệch 5 việc.', … }]
 */
export function checkRowIdentities(unit: UnitRecord, opts: ValidationOptions): Finding[] {
  const out: Finding[] = [];
  for (const measure of ['viec', 'tien'] as const) {
    const q = measure === 'viec' ? unit.viec : unit.tien;
    const has = (...ks: (keyof QuantitySet)[]) => ks.every((k) => q[k] !== undefined);
    const v = (k: keyof QuantitySet) => q[k] as number;
    const sum = (rule: string, left: Term, terms: Term[]) => {
      const total = terms.reduce((s, t) => s + (t.minus ? -t.value : t.value), 0);
      if (!same(left.value, total)) out.push(identityFinding(unit, measure, rule, left, terms, total, opts));
    };
    if (has('totalAccepted', 'carriedOver', 'newlyAccepted')) {
      sum('T=C+M', { key: 'totalAccepted', value: v('totalAccepted') }, [
        { key: 'carriedOver', value: v('carriedOver') },
        { key: 'newlyAccepted', value: v('newlyAccepted') },
      ]);
    }
    if (has('mustEnforce', 'totalAccepted') && (q.delegated !== undefined || q.withdrawn !== undefined)) {
      sum('P=T-U-R', { key: 'mustEnforce', value: v('mustEnforce') }, [
        { key: 'totalAccepted', value: v('totalAccepted') },
        { key: 'delegated', value: q.delegated ?? 0, minus: true },
        { key: 'withdrawn', value: q.withdrawn ?? 0, minus: true },
      ]);
    }
    if (has('mustEnforce', 'enforceable', 'notEnforceable')) {
      if (opts.regime === 'A') {
        sum('P=D+K', { key: 'mustEnforce', value: v('mustEnforce') }, [
          { key: 'enforceable', value: v('enforceable') },
          { key: 'notEnforceable', value: v('notEnforceable') },
        ]);
      } else if (has('postponed')) {
        sum('P=D+K+H', { key: 'mustEnforce', value: v('mustEnforce') }, [
          { key: 'enforceable', value: v('enforceable') },
          { key: 'notEnforceable', value: v('notEnforceable') },
          { key: 'postponed', value: v('postponed') },
        ]);
      }
    }
    const x = completedOf(q);
    if (has('enforceable', 'inProgress') && x !== undefined && (opts.regime === 'B' || has('postponed'))) {
      const parts: Term[] = [{ key: 'completed', value: x }, { key: 'inProgress', value: v('inProgress') }];
      if (opts.regime === 'A') parts.push({ key: 'postponed', value: v('postponed') });
      if (q.other !== undefined) parts.push({ key: 'other', value: q.other });
      sum('D=parts', { key: 'enforceable', value: v('enforceable') }, parts);
    }
    if (has('completed', 'fullyEnforced', 'terminated')) {
      sum('X=X1+X2', { key: 'completed', value: v('completed') }, [
        { key: 'fullyEnforced', value: v('fullyEnforced') },
        { key: 'terminated', value: v('terminated') },
      ]);
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
    if (x !== undefined && has('nextPeriod', 'mustEnforce')) {
      sum('S=P-X', { key: 'nextPeriod', value: v('nextPeriod') }, [
        { key: 'mustEnforce', value: v('mustEnforce') },
        { key: 'completed', value: x, minus: true },
      ]);
    }
    if (x !== undefined && has('enforceableBacklog', 'enforceable')) {
      sum('SD=D-X', { key: 'enforceableBacklog', value: v('enforceableBacklog') }, [
        { key: 'enforceable', value: v('enforceable') },
        { key: 'completed', value: x, minus: true },
      ]);
    }
  }
  return out;
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
