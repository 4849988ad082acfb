import { describe, expect, it } from 'vitest';
import type { QuantitySet, UnitRecord } from '../../../src/core/types';
import { validateTable } from '../../../src/core/validation/validateTable';
import type { ValidationOptions } from '../../../src/core/validation/types';

const A: ValidationOptions = { regime: 'A', moneyUnit: 'nghin' };
const B: ValidationOptions = { regime: 'B', moneyUnit: 'nghin' };

function unit(label: string, row: number, viec: QuantitySet, tien: QuantitySet = {}, extra: Partial<UnitRecord> = {}): UnitRecord {
  return { label, row, kind: 'unit', ranked: true, viec, tien, ...extra };
}

describe('validateTable: identities of one row (domain §3)', () => {
  it('T = C + M holds for the 2016 province (346 + 3.379 = 3.725)', () => {
    expect(validateTable([unit('Tỉnh', 4, { carriedOver: 346, newlyAccepted: 3379, totalAccepted: 3725 })], A)).toEqual([]);
  });

  it('T = C + M broken: names the row, unit, identity, values and difference', () => {
    const [f] = validateTable([unit('Chi cục THADS huyện A', 6, { carriedOver: 346, newlyAccepted: 3379, totalAccepted: 3730 })], A);
    expect(f).toMatchObject({ rule: 'T=C+M', row: 6, unit: 'Chi cục THADS huyện A', measure: 'viec', expected: 3725, actual: 3730 });
    expect(f?.message).toBe(
      'Dòng 7 (Chi cục THADS huyện A), việc: T = C + M không đúng: T = 3.730 việc nhưng C + M = 346 + 3.379 = 3.725 việc, chênh lệch 5 việc.',
    );
  });

  it('P = T − U − R holds for the 2023 national figures (936.046 − 12.004 − 501 = 923.541)', () => {
    expect(validateTable([unit('Toàn quốc', 0, { totalAccepted: 936046, delegated: 12004, withdrawn: 501, mustEnforce: 923541 })], B)).toEqual([]);
    const [f] = validateTable([unit('Toàn quốc', 0, { totalAccepted: 936046, delegated: 12004, withdrawn: 501, mustEnforce: 923000 })], B);
    expect(f?.rule).toBe('P=T-U-R');
    expect(f?.message).toContain('chênh lệch 541 việc');
  });

  it('P = Đ + K in regime A (3.366 + 337 = 3.703), P = Đ + K + H in regime B', () => {
    const row = unit('Tỉnh', 0, { mustEnforce: 3703, enforceable: 3366, notEnforceable: 337, postponed: 10 });
    expect(validateTable([row], A)).toEqual([]);
    const [f] = validateTable([row], B);
    expect(f?.rule).toBe('P=D+K+H');
    expect(f?.message).toContain('P = Đ + K + H không đúng: P = 3.703 việc nhưng Đ + K + H = 3.366 + 337 + 10 = 3.713 việc, chênh lệch 10 việc');
  });

  it('the parts of Đ: regime A counts hoãn and tạm đình chỉ inside Đ, regime B does not', () => {
    // Đ 100 = X1 60 + X2 10 + đang thi hành 20 + hoãn 10 (A); under B the parts give 90.
    const row = unit('Chi cục A', 0, { enforceable: 100, fullyEnforced: 60, terminated: 10, inProgress: 20, postponed: 10 });
    expect(validateTable([row], A)).toEqual([]);
    const [f] = validateTable([row], B);
    expect(f).toMatchObject({ rule: 'D=parts', expected: 90, actual: 100 });
  });

  it('names the parts of Đ in the formula by the vocabulary: symbols, and the short name of a part without one', () => {
    const row = unit('Chi cục A', 0, { enforceable: 100, completed: 70, inProgress: 20, postponed: 5, other: 3 });
    const [f] = validateTable([row], A);
    expect(f?.message).toBe(
      'Dòng 1 (Chi cục A), việc: Đ = X + đang thi hành + H + trường hợp khác không đúng: Đ = 100 việc nhưng ' +
        'X + đang thi hành + H + trường hợp khác = 70 + 20 + 5 + 3 = 98 việc, chênh lệch 2 việc.',
    );
  });

  it('X ≤ Đ', () => {
    const [f] = validateTable([unit('Chi cục A', 2, { enforceable: 50, completed: 55 })], B);
    expect(f?.rule).toBe('X<=D');
    expect(f?.message).toBe(
      'Dòng 3 (Chi cục A), việc: giải quyết xong (X) = 55 việc lớn hơn có điều kiện thi hành (Đ) = 50 việc, vượt 5 việc: phải có X ≤ Đ.',
    );
  });

  it('X = X1 + X2 when all three are present', () => {
    const [f] = validateTable([unit('Chi cục A', 0, { enforceable: 50, completed: 40, fullyEnforced: 30, terminated: 5 })], B);
    expect(f).toMatchObject({ rule: 'X=X1+X2', expected: 35, actual: 40 });
  });

  it('quotes tiền in the sheet money unit', () => {
    // 1.500 nghìn đồng kept as 1.500.000 đồng
    const [f] = validateTable([unit('Chi cục A', 0, {}, { enforceable: 1_000_000, completed: 1_500_000 })], B);
    expect(f?.message).toContain('X) = 1.500 nghìn đồng lớn hơn có điều kiện thi hành (Đ) = 1.000 nghìn đồng');
  });

  it('names rows "của vùng" for a custom function range, with the caller row offset', () => {
    const [f] = validateTable([unit('Chi cục A', 2, { enforceable: 5, completed: 6 })], { ...B, rowOffset: 10, inRange: true });
    expect(f?.message.startsWith('Dòng 12 của vùng (Chi cục A)')).toBe(true);
  });
});

describe('validateTable: typed rates (domain §5)', () => {
  it('flags 54,75% typed where the amounts give 58,27% (Đ 310,1 tỷ, X 180,7 tỷ)', () => {
    const row = unit('Huyện', 5, {}, { enforceable: 310.1e9, completed: 180.7e9 }, { typedRate: { tien: 0.5475 } });
    const [f] = validateTable([row], { regime: 'B', moneyUnit: 'ty' });
    expect(f).toMatchObject({ rule: 'typed-rate', severity: 'warning', measure: 'tien', actual: 0.5475 });
    expect(f?.expected).toBeCloseTo(180.7 / 310.1, 12);
    expect(f?.message).toBe(
      'Dòng 6 (Huyện), tiền: bảng ghi tỷ lệ 54,75% nhưng X / Đ = 180,7 tỷ đồng / 310,1 tỷ đồng = 58,27%, chênh lệch 3,52%.',
    );
  });

  it('accepts 84,88% for Đ 4.029, X 3.420, and a rate typed rounded to a whole percent (85%)', () => {
    const exact = unit('Huyện', 0, { enforceable: 4029, completed: 3420 }, {}, { typedRate: { viec: 0.8488 } });
    const whole = unit('Huyện', 1, { enforceable: 4029, completed: 3420 }, {}, { typedRate: { viec: 0.85 } });
    expect(validateTable([exact, whole], B)).toEqual([]);
  });
});

describe('validateTable: totals rows', () => {
  it('a total equal to the sum of its units passes; a wrong one names the figure and the difference', () => {
    const units = [
      unit('Chi cục A', 1, { enforceable: 30, completed: 20 }),
      unit('Chi cục B', 2, { enforceable: 20, completed: 15 }),
      { ...unit('Tổng cộng', 3, { enforceable: 50, completed: 36 }), kind: 'total' as const, ranked: false },
    ];
    const findings = validateTable(units, B);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'totals', row: 3, expected: 35, actual: 36 });
    expect(findings[0]?.message).toBe(
      'Dòng 4 (Tổng cộng), việc, giải quyết xong (X): dòng tổng ghi 36 việc nhưng tổng các đơn vị là 35 việc, chênh lệch 1 việc.',
    );
  });

  it('a subtotal totals the units since the previous totals row; the total totals every unit', () => {
    const units = [
      { ...unit('Tổng cộng', 0, { enforceable: 60 }), kind: 'total' as const, ranked: false },
      unit('Chi cục A', 1, { enforceable: 30 }),
      unit('Chi cục B', 2, { enforceable: 20 }),
      { ...unit('Cộng khối huyện', 3, { enforceable: 50 }), kind: 'subtotal' as const, ranked: false },
      unit('Văn phòng', 4, { enforceable: 10 }, {}, { ranked: false }),
    ];
    expect(validateTable(units, B)).toEqual([]);
    units[3] = { ...units[3]!, viec: { enforceable: 49 } };
    expect(validateTable(units, B)[0]?.message).toContain('dòng cộng ghi 49 việc nhưng tổng 2 đơn vị ở trên là 50 việc');
  });

  it('a subtotal at the top of its section totals the units below it', () => {
    const units = [
      { ...unit('Tổng cộng', 0, { enforceable: 60 }), kind: 'total' as const, ranked: false },
      // row 1: "I. Khối huyện" (a sub-heading)
      { ...unit('Cộng khối huyện', 2, { enforceable: 51 }), kind: 'subtotal' as const, ranked: false },
      unit('Chi cục A', 3, { enforceable: 30 }),
      unit('Chi cục B', 4, { enforceable: 20 }),
      // row 5: "II. Khối tỉnh"
      unit('Văn phòng', 6, { enforceable: 10 }),
    ];
    const findings = validateTable(units, { ...B, sections: [1, 5] });
    expect(findings.map((f) => [f.rule, f.row, f.expected, f.actual])).toEqual([['totals', 2, 50, 51]]);
    expect(findings[0]?.message).toContain('dòng cộng ghi 51 việc nhưng tổng 2 đơn vị ở dưới là 50 việc');
  });
});
