import { describe, expect, it } from 'vitest';
import { deriveQuantities } from '../../../src/core/quantities/deriveQuantities';

describe('quantities through the identities of domain §3', () => {
  it('T = C + M, X = X1 + X2, S = P − X, S_Đ = Đ − X', () => {
    const q = deriveQuantities(
      { carriedOver: 100, newlyAccepted: 50, delegated: 5, withdrawn: 5, enforceable: 90, fullyEnforced: 60, terminated: 10 },
      'B',
    );
    expect(q.totalAccepted).toBe(150);
    expect(q.mustEnforce).toBe(140); // 150 − 5 − 5
    expect(q.completed).toBe(70);
    expect(q.nextPeriod).toBe(70);
    expect(q.enforceableBacklog).toBe(20);
  });

  it('regime A: P = Đ + K (H inside Đ); regime B: P = Đ + K + H', () => {
    const q = { enforceable: 80, notEnforceable: 15, postponed: 5 };
    expect(deriveQuantities(q, 'A').mustEnforce).toBe(95);
    expect(deriveQuantities(q, 'B').mustEnforce).toBe(100);
    expect(deriveQuantities({ mustEnforce: 100, notEnforceable: 15, postponed: 5 }, 'B').enforceable).toBe(80);
    expect(deriveQuantities({ mustEnforce: 100, notEnforceable: 15, postponed: 5 }, 'A').enforceable).toBe(85);
  });

  it('never assumes U and R are 0: without them and without Đ, K, P stays unknown', () => {
    expect(deriveQuantities({ totalAccepted: 3725 }, 'A').mustEnforce).toBeNull();
  });

  it('keeps a quantity the sheet gives, even if the identities disagree (checking is the checker’s job)', () => {
    expect(deriveQuantities({ carriedOver: 1, newlyAccepted: 1, totalAccepted: 5 }, 'B').totalAccepted).toBe(5);
  });
});

describe('án theo dõi riêng (F) beside a gross số cũ (C)', () => {
  it('T = C − F + M: "Tổng thụ lý 5.211 việc (đã trừ án theo dõi riêng là 999 việc)"', () => {
    expect(deriveQuantities({ carriedOver: 2299, separateRegister: 999, newlyAccepted: 3911 }, 'B').totalAccepted).toBe(5211);
    expect(deriveQuantities({ carriedOver: 2299, newlyAccepted: 3911 }, 'B').totalAccepted).toBe(6210);
  });
});
