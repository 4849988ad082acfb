import type { Finding, Measure, QuantitySet, UnitRecord } from '../types';
import { bare, columnOf, figure, MEASURE_WORD, rowName, withColumn } from './describe';
import type { ValidationOptions } from './types';

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

/**
 * Kiểm tra các đẳng thức của một dòng (domain §3), for việc and for tiền, whichever the row has:
 * T = C + M; P = T − U − R; P = Đ + K (regime A) or P = Đ + K + H (regime B); the parts of Đ add up
 * (X + đang thi hành + khác, + hoãn/tạm đình chỉ in regime A); X = X1 + X2; X ≤ Đ; S = P − X;
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
      const total = terms.reduce((s, t) => s + (t.symbol.charAt(0) === '−' ? -t.value : t.value), 0);
      if (!same(left.value, total)) out.push(identityFinding(unit, measure, rule, left, terms, total, opts));
    };
    if (has('totalAccepted', 'carriedOver', 'newlyAccepted')) {
      sum('T=C+M', { symbol: 'T', value: v('totalAccepted') }, [
        { symbol: 'C', value: v('carriedOver') },
        { symbol: 'M', value: v('newlyAccepted') },
      ]);
    }
    if (has('mustEnforce', 'totalAccepted') && (q.delegated !== undefined || q.withdrawn !== undefined)) {
      sum('P=T-U-R', { symbol: 'P', value: v('mustEnforce') }, [
        { symbol: 'T', value: v('totalAccepted') },
        { symbol: '−U', value: q.delegated ?? 0 },
        { symbol: '−R', value: q.withdrawn ?? 0 },
      ]);
    }
    if (has('mustEnforce', 'enforceable', 'notEnforceable')) {
      if (opts.regime === 'A') {
        sum('P=D+K', { symbol: 'P', value: v('mustEnforce') }, [
          { symbol: 'Đ', value: v('enforceable') },
          { symbol: 'K', value: v('notEnforceable') },
        ]);
      } else if (has('postponed')) {
        sum('P=D+K+H', { symbol: 'P', value: v('mustEnforce') }, [
          { symbol: 'Đ', value: v('enforceable') },
          { symbol: 'K', value: v('notEnforceable') },
          { symbol: 'H', value: v('postponed') },
        ]);
      }
    }
    const x = completedOf(q);
    if (has('enforceable', 'inProgress') && x !== undefined && (opts.regime === 'B' || has('postponed'))) {
      const parts: Term[] = [{ symbol: 'X', value: x }, { symbol: 'đang thi hành', value: v('inProgress') }];
      if (opts.regime === 'A') parts.push({ symbol: 'hoãn, tạm đình chỉ', value: v('postponed') });
      if (q.other !== undefined) parts.push({ symbol: 'khác', value: q.other });
      sum('D=parts', { symbol: 'Đ', value: v('enforceable') }, parts);
    }
    if (has('completed', 'fullyEnforced', 'terminated')) {
      sum('X=X1+X2', { symbol: 'X', value: v('completed') }, [
        { symbol: 'X1', value: v('fullyEnforced') },
        { symbol: 'X2', value: v('terminated') },
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
          `${rowName(unit, opts)}, ${MEASURE_WORD[measure]}: giải quyết xong (X) = ${figure(x, measure, opts.moneyUnit)} lớn hơn ` +
          `có điều kiện thi hành (Đ) = ${figure(q.enforceable, measure, opts.moneyUnit)}, vượt ${figure(x - q.enforceable, measure, opts.moneyUnit)}: phải có X ≤ Đ.`,
      }, columnOf(opts, measure, q.completed !== undefined ? 'completed' : 'fullyEnforced')));
    }
    if (x !== undefined && has('nextPeriod', 'mustEnforce')) {
      sum('S=P-X', { symbol: 'S', value: v('nextPeriod') }, [
        { symbol: 'P', value: v('mustEnforce') },
        { symbol: '−X', value: x },
      ]);
    }
    if (x !== undefined && has('enforceableBacklog', 'enforceable')) {
      sum('SD=D-X', { symbol: 'S_Đ', value: v('enforceableBacklog') }, [
        { symbol: 'Đ', value: v('enforceable') },
        { symbol: '−X', value: x },
      ]);
    }
  }
  return out;
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
