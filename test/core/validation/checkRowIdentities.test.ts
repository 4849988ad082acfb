import { describe, expect, it } from 'vitest';
import type { QuantitySet, UnitRecord } from '../../../src/core/types';
import { checkRowIdentities } from '../../../src/core/validation/checkRowIdentities';

const unit = (viec: QuantitySet): UnitRecord => ({ label: 'Chi cục A', row: 6, kind: 'unit', ranked: true, viec, tien: {} });
const opts = { regime: 'B' as const, moneyUnit: 'nghin' as const };

describe('checkRowIdentities: T and the separate register (F)', () => {
  it('a row with F checks T = C − F + M, not T = C + M', () => {
    expect(checkRowIdentities(unit({ carriedOver: 2299, separateRegister: 999, newlyAccepted: 3911, totalAccepted: 5211 }), opts)).toEqual([]);
    const f = checkRowIdentities(unit({ carriedOver: 2299, separateRegister: 999, newlyAccepted: 3911, totalAccepted: 6210 }), opts);
    expect(f.map((x) => x.message)).toEqual([
      'Dòng 7 (Chi cục A), việc: T = C − F + M không đúng: T = 6.210 việc nhưng C − F + M = 2.299 − 999 + 3.911 = 5.211 việc, chênh lệch 999 việc.',
    ]);
  });
  it('a row without F checks T = C + M', () => {
    expect(checkRowIdentities(unit({ carriedOver: 1300, newlyAccepted: 3911, totalAccepted: 5211 }), opts)).toEqual([]);
    expect(checkRowIdentities(unit({ carriedOver: 2299, newlyAccepted: 3911, totalAccepted: 5211 }), opts).map((x) => x.rule)).toEqual(['T=C+M']);
  });
});
