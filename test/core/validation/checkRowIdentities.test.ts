import { describe, expect, it } from 'vitest';
import type { QuantitySet, UnitRecord } from '../../../src/core/types';
import type { ValidationOptions } from '../../../src/core/validation/types';
import { checkRowIdentities, completedOf, same } from '../../../src/core/validation/checkRowIdentities';

const A: ValidationOptions = { regime: 'A', moneyUnit: 'nghin' };
const B: ValidationOptions = { regime: 'B', moneyUnit: 'nghin' };

function unit(label: string, row: number, viec: QuantitySet, tien: QuantitySet = {}, extra: Partial<UnitRecord> = {}): UnitRecord {
  return { label, row, kind: 'unit', ranked: true, viec, tien, ...extra };
}

describe('checkRowIdentities: the identities of one row (domain §3)', () => {
  it('T = C + M holds for the 2016 province (346 + 3.379 = 3.725)', () => {
    expect(checkRowIdentities(unit('Tỉnh', 4, { carriedOver: 346, newlyAccepted: 3379, totalAccepted: 3725 }), A)).toEqual([]);
  });

  it('T = C + M broken: names the row, unit, identity, values and difference', () => {
    const [f] = checkRowIdentities(unit('Chi cục THADS huyện A', 6, { carriedOver: 346, newlyAccepted: 3379, totalAccepted: 3730 }), A);
    expect(f).toMatchObject({ rule: 'T=C+M', row: 6, unit: 'Chi cục THADS huyện A', measure: 'viec', expected: 3725, actual: 3730 });
    expect(f?.message).toBe(
      'Dòng 7 (Chi cục THADS huyện A), việc: T = C + M không đúng: T = 3.730 việc nhưng C + M = 346 + 3.379 = 3.725 việc, chênh lệch 5 việc.',
    );
  });

  it('P = T − U − R holds for the 2023 national figures (936.046 − 12.004 − 501 = 923.541)', () => {
    expect(checkRowIdentities(unit('Toàn quốc', 0, { totalAccepted: 936046, delegated: 12004, withdrawn: 501, mustEnforce: 923541 }), B)).toEqual([]);
    const [f] = checkRowIdentities(unit('Toàn quốc', 0, { totalAccepted: 936046, delegated: 12004, withdrawn: 501, mustEnforce: 923000 }), B);
    expect(f?.rule).toBe('P=T-U-R');
    expect(f?.message).toContain('chênh lệch 541 việc');
  });

  it('P = Đ + K in regime A (3.366 + 337 = 3.703), P = Đ + K + H in regime B', () => {
    const row = unit('Tỉnh', 0, { mustEnforce: 3703, enforceable: 3366, notEnforceable: 337, postponed: 10 });
    expect(checkRowIdentities(row, A)).toEqual([]);
    const [f] = checkRowIdentities(row, B);
    expect(f?.rule).toBe('P=D+K+H');
    expect(f?.message).toContain('P = Đ + K + H không đúng: P = 3.703 việc nhưng Đ + K + H = 3.366 + 337 + 10 = 3.713 việc, chênh lệch 10 việc');
  });

  it('the parts of Đ: regime A counts hoãn and tạm đình chỉ inside Đ, regime B does not', () => {
    // Đ 100 = X1 60 + X2 10 + đang thi hành 20 + hoãn 10 (A); under B the parts give 90.
    const row = unit('Chi cục A', 0, { enforceable: 100, fullyEnforced: 60, terminated: 10, inProgress: 20, postponed: 10 });
    expect(checkRowIdentities(row, A)).toEqual([]);
    const [f] = checkRowIdentities(row, B);
    expect(f).toMatchObject({ rule: 'D=parts', expected: 90, actual: 100 });
  });

  it('names the parts of Đ in the formula by the vocabulary: symbols, and the short name of a part without one', () => {
    const row = unit('Chi cục A', 0, { enforceable: 100, completed: 70, inProgress: 20, postponed: 5, other: 3 });
    const [f] = checkRowIdentities(row, A);
    expect(f?.message).toBe(
      'Dòng 1 (Chi cục A), việc: Đ = X + đang thi hành + H + trường hợp khác không đúng: Đ = 100 việc nhưng ' +
        'X + đang thi hành + H + trường hợp khác = 70 + 20 + 5 + 3 = 98 việc, chênh lệch 2 việc.',
    );
  });

  it('X ≤ Đ', () => {
    const [f] = checkRowIdentities(unit('Chi cục A', 2, { enforceable: 50, completed: 55 }), B);
    expect(f?.rule).toBe('X<=D');
    expect(f?.message).toBe(
      'Dòng 3 (Chi cục A), việc: giải quyết xong (X) = 55 việc lớn hơn có điều kiện thi hành (Đ) = 50 việc, vượt 5 việc: phải có X ≤ Đ.',
    );
  });

  it('X = X1 + X2 when all three are present', () => {
    const [f] = checkRowIdentities(unit('Chi cục A', 0, { enforceable: 50, completed: 40, fullyEnforced: 30, terminated: 5 }), B);
    expect(f).toMatchObject({ rule: 'X=X1+X2', expected: 35, actual: 40 });
  });

  it('quotes tiền in the sheet money unit', () => {
    // 1.500 nghìn đồng kept as 1.500.000 đồng
    const [f] = checkRowIdentities(unit('Chi cục A', 0, {}, { enforceable: 1_000_000, completed: 1_500_000 }), B);
    expect(f?.message).toContain('X) = 1.500 nghìn đồng lớn hơn có điều kiện thi hành (Đ) = 1.000 nghìn đồng');
  });

  it('names rows "của vùng" for a custom function range, with the caller row offset', () => {
    const [f] = checkRowIdentities(unit('Chi cục A', 2, { enforceable: 5, completed: 6 }), { ...B, rowOffset: 10, inRange: true });
    expect(f?.message.startsWith('Dòng 12 của vùng (Chi cục A)')).toBe(true);
  });
});

describe('checkRowIdentities: the backlog identities', () => {
  it('S = P − X and S_Đ = Đ − X (2016 province: P 3.703, Đ 3.366, X 3.086 → S 617, S_Đ 280)', () => {
    const q = { mustEnforce: 3703, enforceable: 3366, completed: 3086 };
    expect(checkRowIdentities(unit('Tỉnh', 0, { ...q, nextPeriod: 617, enforceableBacklog: 280 }), A)).toEqual([]);
    const findings = checkRowIdentities(unit('Tỉnh', 0, { ...q, nextPeriod: 600, enforceableBacklog: 290 }), A);
    expect(findings.map((f) => [f.rule, f.expected, f.actual])).toEqual([
      ['S=P-X', 617, 600],
      ['SD=D-X', 280, 290],
    ]);
  });

  it('checks nothing it lacks a figure for', () => {
    expect(checkRowIdentities(unit('Tỉnh', 0, { totalAccepted: 3725, carriedOver: 346 }), A)).toEqual([]);
  });

  it('names the column of the figure in question when the mapping is given', () => {
    const columns: ValidationOptions['columns'] = [{ column: 4, role: { kind: 'quantity', measure: 'viec', key: 'totalAccepted' }, header: 'T', confidence: 1, reasons: [] }];
    const [f] = checkRowIdentities(unit('Tỉnh', 0, { carriedOver: 346, newlyAccepted: 3379, totalAccepted: 3730 }), { ...A, columns });
    expect(f?.column).toBe(4);
  });
});

describe('same: two figures equal up to float noise', () => {
  it('takes 0,1 + 0,2 for 0,3 and 406,5 tỷ đồng summed in parts for itself, but not 1 nghìn đồng apart (the noise allowed is a billionth of the figure)', () => {
    expect(same(0.1 + 0.2, 0.3)).toBe(true);
    expect(same(406.5e9, 400e9 + 6.5e9)).toBe(true);
    expect(same(406_500_000_000, 406_500_001_000)).toBe(false);
    expect(same(3725, 3730)).toBe(false);
  });
});

describe('completedOf: X as the sheet gives it', () => {
  it('takes the X column, else X1 + X2, else nothing', () => {
    expect(completedOf({ completed: 3420, fullyEnforced: 1, terminated: 1 })).toBe(3420);
    expect(completedOf({ fullyEnforced: 3400, terminated: 20 })).toBe(3420);
    expect(completedOf({ fullyEnforced: 3400 })).toBe(3400);
    expect(completedOf({ enforceable: 4029 })).toBeUndefined();
  });
});

const unitB = (viec: QuantitySet): UnitRecord => ({ label: 'Chi cục A', row: 6, kind: 'unit', ranked: true, viec, tien: {} });
const optsB = { regime: 'B' as const, moneyUnit: 'nghin' as const };

describe('checkRowIdentities: T and the separate register (F)', () => {
  it('a row with F checks T = C − F + M, not T = C + M', () => {
    expect(checkRowIdentities(unitB({ carriedOver: 2299, separateRegister: 999, newlyAccepted: 3911, totalAccepted: 5211 }), optsB)).toEqual([]);
    const f = checkRowIdentities(unitB({ carriedOver: 2299, separateRegister: 999, newlyAccepted: 3911, totalAccepted: 6210 }), optsB);
    expect(f.map((x) => x.message)).toEqual([
      'Dòng 7 (Chi cục A), việc: T = C − F + M không đúng: T = 6.210 việc nhưng C − F + M = 2.299 − 999 + 3.911 = 5.211 việc, chênh lệch 999 việc.',
    ]);
  });
  it('a row without F checks T = C + M', () => {
    expect(checkRowIdentities(unitB({ carriedOver: 1300, newlyAccepted: 3911, totalAccepted: 5211 }), optsB)).toEqual([]);
    expect(checkRowIdentities(unitB({ carriedOver: 2299, newlyAccepted: 3911, totalAccepted: 5211 }), optsB).map((x) => x.rule)).toEqual(['T=C+M']);
  });
});
