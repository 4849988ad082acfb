import { describe, expect, it } from 'vitest';
import type { QuantitySet, UnitRecord } from '../../../src/core/types';
import type { ValidationOptions } from '../../../src/core/validation/types';
import { checkTotals } from '../../../src/core/validation/checkTotals';

const B: ValidationOptions = { regime: 'B', moneyUnit: 'nghin' };

function unit(label: string, row: number, viec: QuantitySet, tien: QuantitySet = {}, extra: Partial<UnitRecord> = {}): UnitRecord {
  return { label, row, kind: 'unit', ranked: true, viec, tien, ...extra };
}

describe('checkTotals: totals rows against their units', () => {
  it('a total equal to the sum of its units passes; a wrong one names the figure and the difference', () => {
    const units = [
      unit('Chi cục A', 1, { enforceable: 30, completed: 20 }),
      unit('Chi cục B', 2, { enforceable: 20, completed: 15 }),
      { ...unit('Tổng cộng', 3, { enforceable: 50, completed: 36 }), kind: 'total' as const, ranked: false },
    ];
    const findings = checkTotals(units, B);
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
    expect(checkTotals(units, B)).toEqual([]);
    units[3] = { ...units[3]!, viec: { enforceable: 49 } };
    expect(checkTotals(units, B)[0]?.message).toContain('dòng cộng ghi 49 việc nhưng tổng 2 đơn vị ở trên là 50 việc');
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
    const findings = checkTotals(units, { ...B, sections: [1, 5] });
    expect(findings.map((f) => [f.rule, f.row, f.expected, f.actual])).toEqual([['totals', 2, 50, 51]]);
    expect(findings[0]?.message).toContain('dòng cộng ghi 51 việc nhưng tổng 2 đơn vị ở dưới là 50 việc');
  });
});
