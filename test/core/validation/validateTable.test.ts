import { describe, expect, it } from 'vitest';
import type { QuantitySet, UnitRecord } from '../../../src/core/types';
import type { ValidationOptions } from '../../../src/core/validation/types';
import { validateTable } from '../../../src/core/validation/validateTable';

const B: ValidationOptions = { regime: 'B', moneyUnit: 'nghin' };

function unit(label: string, row: number, viec: QuantitySet, tien: QuantitySet = {}, extra: Partial<UnitRecord> = {}): UnitRecord {
  return { label, row, kind: 'unit', ranked: true, viec, tien, ...extra };
}

describe('validateTable: every check on every row, in sheet order', () => {
  it('passes a consistent table (domain §5: national 2023, P = 936.046 − 12.004 − 501 = 923.541)', () => {
    const units = [
      unit('Toàn quốc', 0, { totalAccepted: 936046, delegated: 12004, withdrawn: 501, mustEnforce: 923541 }),
    ];
    expect(validateTable(units, B)).toEqual([]);
  });

  it('gathers row identities, typed rates and totals, sorted by row whatever check found them', () => {
    const units = [
      { ...unit('Tổng cộng', 0, { enforceable: 51, completed: 20 }), kind: 'total' as const, ranked: false },
      unit('Chi cục A', 1, { enforceable: 30, completed: 35 }),
      unit('Chi cục B', 2, { enforceable: 20, completed: 10 }, { enforceable: 310.1e9, completed: 180.7e9 }, { typedRate: { tien: 0.5475 } }),
    ];
    expect(validateTable(units, { ...B, moneyUnit: 'ty' }).map((f) => [f.row, f.rule])).toEqual([
      [0, 'totals'],
      [0, 'totals'],
      [1, 'X<=D'],
      [2, 'typed-rate'],
    ]);
  });
});
