import { describe, expect, it } from 'vitest';
import type { QuantitySet, UnitRecord } from '../../../src/core/types';
import type { ValidationOptions } from '../../../src/core/validation/types';
import { checkTypedRate } from '../../../src/core/validation/checkTypedRate';

const B: ValidationOptions = { regime: 'B', moneyUnit: 'nghin' };

function unit(label: string, row: number, viec: QuantitySet, tien: QuantitySet = {}, extra: Partial<UnitRecord> = {}): UnitRecord {
  return { label, row, kind: 'unit', ranked: true, viec, tien, ...extra };
}

describe('checkTypedRate: a rate typed in the sheet against X / Đ (domain §5)', () => {
  it('flags 54,75% typed where the amounts give 58,27% (Đ 310,1 tỷ, X 180,7 tỷ)', () => {
    const row = unit('Huyện', 5, {}, { enforceable: 310.1e9, completed: 180.7e9 }, { typedRate: { tien: 0.5475 } });
    const [f] = checkTypedRate(row, { regime: 'B', moneyUnit: 'ty' });
    expect(f).toMatchObject({ rule: 'typed-rate', severity: 'warning', measure: 'tien', actual: 0.5475 });
    expect(f?.expected).toBeCloseTo(180.7 / 310.1, 12);
    expect(f?.message).toBe(
      'Dòng 6 (Huyện), tiền: bảng ghi tỷ lệ 54,75% nhưng X / Đ = 180,7 tỷ đồng / 310,1 tỷ đồng = 58,27%, chênh lệch 3,52%.',
    );
  });

  it('accepts 84,88% for Đ 4.029, X 3.420, and a rate typed rounded to a whole percent (85%)', () => {
    const exact = unit('Huyện', 0, { enforceable: 4029, completed: 3420 }, {}, { typedRate: { viec: 0.8488 } });
    const whole = unit('Huyện', 1, { enforceable: 4029, completed: 3420 }, {}, { typedRate: { viec: 0.85 } });
    expect(checkTypedRate(exact, B)).toEqual([]);
    expect(checkTypedRate(whole, B)).toEqual([]);
  });

  it('allows half a unit of the last decimal shown: 85% covers 84,50%–85,50%, 84,9% does not cover 84,88% ± 0,01', () => {
    const row = (typed: number) => unit('Huyện', 0, { enforceable: 4029, completed: 3420 }, {}, { typedRate: { viec: typed } });
    expect(checkTypedRate(row(0.849), B)).toEqual([]);
    expect(checkTypedRate(row(0.84), B)).toHaveLength(1);
    expect(checkTypedRate(row(0.8485), B)).toHaveLength(1);
  });

  it('says nothing for a row without a typed rate or without Đ', () => {
    expect(checkTypedRate(unit('Huyện', 0, { enforceable: 4029, completed: 3420 }), B)).toEqual([]);
    expect(checkTypedRate(unit('Huyện', 0, { completed: 3420 }, {}, { typedRate: { viec: 0.5 } }), B)).toEqual([]);
  });
});
