import { deriveQuantities, type DerivedQuantities } from '../quantities/deriveQuantities';
import type { QuantityKey, QuantitySet, Regime, UnitRecord } from '../types';

/** The quantities of a merged unit: every one the identities give, for each of its parts. */
const MERGED: readonly (keyof DerivedQuantities & QuantityKey)[] = [
  'totalAccepted',
  'mustEnforce',
  'enforceable',
  'notEnforceable',
  'postponed',
  'completed',
  'nextPeriod',
  'enforceableBacklog',
];

/**
 * Đơn vị gộp (the 2025 reorganisation merged Chi cục into phòng THADS khu vực): last year's rows of
 * the units merged into one of this year's, summed into one record to compare with it. Each part is
 * completed through the identities under its own year's `regime` first (a part that gives Đ and one
 * that gives P and K add up alike); a quantity is summed only when every part has it — a part without
 * it would make the sum look whole and be short. A part's unusable cells stay with the merged row
 * (its measure is then withheld, as the part's is). Labels joined with " + ".
 *
 * @example mergeRecords([{ label: 'Chi cục A', viec: { enforceable: 100, completed: 80 }, … }, { label: 'Chi cục B', viec: { enforceable: 50, completed: 30 }, … }], 'B')
 *   // { label: 'Chi cục A + Chi cục B', viec: { enforceable: 150, completed: 110, … }, … }
 */
export function mergeRecords(records: readonly UnitRecord[], regime: Regime): UnitRecord {
  const first = records[0];
  if (!first) throw new Error('mergeRecords: không có dòng nào để gộp.');
  const problems = records.flatMap((r) => r.problems ?? []);
  const officers = records.every((r) => r.officers !== undefined) ? records.reduce((n, r) => n + r.officers!, 0) : undefined;
  return {
    label: records.map((r) => r.label).join(' + '),
    row: first.row,
    kind: 'unit',
    ranked: first.ranked,
    viec: summed(records.map((r) => r.viec), regime),
    tien: summed(records.map((r) => r.tien), regime),
    ...(officers !== undefined ? { officers } : {}),
    ...(problems.length > 0 ? { problems } : {}),
  };
}

function summed(sets: readonly QuantitySet[], regime: Regime): QuantitySet {
  const derived = sets.map((q) => deriveQuantities(q, regime));
  const out: QuantitySet = {};
  for (const key of MERGED) {
    let total = 0;
    let all = true;
    for (const d of derived) {
      const v = d[key];
      if (v === null) {
        all = false;
        break;
      }
      total += v;
    }
    if (all) out[key] = total;
  }
  return out;
}
