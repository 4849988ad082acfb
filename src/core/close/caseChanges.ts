import { caseIdentityText, caseKey, type CaseRecord } from '../register/registerCases';
import { MONEY_TOLERANCE } from '../diff/diffTables';
import { COMPLETED } from '../register/slots';

/** A value of a case as closed and as now. */
export interface FromTo<T> {
  closed: T;
  now: T;
}

/** One case of a closed period that is not as it was closed (một việc đã thay đổi sau khi chốt). */
export interface CaseChange {
  /** "việc số QĐ 12/QĐ-CCTHADS ngày 15/01/2024 (Chi cục A)". */
  identity: string;
  /** 'gone': in the close, no longer in the register's period; 'added': in the period now, not in the close. */
  kind: 'changed' | 'added' | 'gone';
  officer?: FromTo<string>;
  /** Status slots (register/slots) after the period's cut. */
  status?: FromTo<number>;
  /** Amounts in đồng. */
  due?: FromTo<number>;
  collected?: FromTo<number>;
}


/**
 * So sánh từng việc với lần chốt: every case of the closed period whose officer, status or amount due is
 * not what it was at the close, every case gone from the period and every one added, matched by identity
 * (unit + số quyết định + ngày, caseKey). What was collected is compared only on cases closed (thi hành
 * xong, đình chỉ) at the close: on a case still open, money collected after the period is expected, not an
 * edit of the closed figures. Cases whose identity repeats now are left to the caller's message (`skip`).
 *
 * @example caseChanges(closed, current).find((c) => c.officer) // { identity: 'việc số QĐ 12/… (Chi cục A)', kind: 'changed', officer: { closed: 'B', now: 'C' } }
 */
export function caseChanges(closed: readonly CaseRecord[], current: readonly CaseRecord[], skip: ReadonlySet<string> = new Set()): CaseChange[] {
  const keys = current.map(caseKey);
  const now = new Map<string, CaseRecord>();
  for (let i = 0; i < current.length; i++) now.set(keys[i]!, current[i]!);
  const out: CaseChange[] = [];
  const seen = new Set<string>();
  // No Math.abs per case: a global looked up 400.000 times is slow where globals are (the local runtime).
  const differ = (a: number, b: number) => a - b >= MONEY_TOLERANCE || b - a >= MONEY_TOLERANCE;
  for (const a of closed) {
    const key = caseKey(a);
    seen.add(key);
    if (skip.has(key)) continue;
    const b = now.get(key);
    if (!b) {
      out.push({ identity: caseIdentityText(a), kind: 'gone' });
      continue;
    }
    if (a.officer === b.officer && a.slot === b.slot && !differ(a.due, b.due) && !(a.slot <= COMPLETED && differ(a.collected, b.collected))) continue;
    const change: CaseChange = { identity: caseIdentityText(b), kind: 'changed' };
    if (a.officer !== b.officer) change.officer = { closed: a.officer, now: b.officer };
    if (a.slot !== b.slot) change.status = { closed: a.slot, now: b.slot };
    if (differ(a.due, b.due)) change.due = { closed: a.due, now: b.due };
    if (a.slot <= COMPLETED && differ(a.collected, b.collected)) change.collected = { closed: a.collected, now: b.collected };
    out.push(change);
  }
  for (let i = 0; i < current.length; i++) {
    const key = keys[i]!;
    if (!seen.has(key) && !skip.has(key)) {
      seen.add(key);
      out.push({ identity: caseIdentityText(current[i]!), kind: 'added' });
    }
  }
  return out;
}
