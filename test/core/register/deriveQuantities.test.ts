import { describe, expect, it } from 'vitest';
import { deriveQuantities } from '../../../src/core/register/deriveQuantities';
import { SLOT, SLOTS, type Slot } from '../../../src/core/register/slots';

function counts(values: Partial<Record<Slot, number>>): Float64Array {
  const a = new Float64Array(SLOTS.length);
  for (const [k, v] of Object.entries(values)) a[SLOT[k as Slot]] = v;
  return a;
}

/** Domain §5, a province 2016: T 3.725 (C 346 + M 3.379), Đ 3.366, K 337, X 3.086, P = Đ + K = 3.703 so U + R = 22. The splits X1 3.000 + X2 86 and U 15 + R 7 are ours. */
const province = counts({ carriedOver: 346, newlyAccepted: 3379, totalAccepted: 3725, fullyEnforced: 3000, terminated: 86, inProgress: 280, notEnforceable: 337, delegated: 15, withdrawn: 7 });

describe('deriveQuantities: the identities of domain §3 over a register group', () => {
  it('X = X1 + X2, Đ = X + đang thi hành, P = T − U − R, S = P − X, S_Đ = Đ − X (regime B)', () => {
    const q = deriveQuantities(province, 'B', true, 0);
    expect(q.completed).toBe(3086);
    expect(q.enforceable).toBe(3366);
    expect(q.mustEnforce).toBe(3725 - 15 - 7);
    expect(q.nextPeriod).toBe(3703 - 3086);
    expect(q.enforceableBacklog).toBe(3366 - 3086);
    expect([q.carriedOver, q.newlyAccepted]).toEqual([346, 3379]);
  });

  it('puts H inside Đ in regime A only', () => {
    const withH = counts({ fullyEnforced: 10, inProgress: 5, postponed: 3 });
    expect(deriveQuantities(withH, 'A', false, 0).enforceable).toBe(18);
    expect(deriveQuantities(withH, 'B', false, 0).enforceable).toBe(15);
  });

  it('adds what open cases collected to X when asked, and leaves C and M out without acceptance dates', () => {
    const q = deriveQuantities(counts({ fullyEnforced: 10, inProgress: 5 }), 'B', false, 2);
    expect(q.completed).toBe(12);
    expect('carriedOver' in q || 'newlyAccepted' in q).toBe(false);
  });
});
