import { describe, expect, it } from 'vitest';
import { amountsSuggestDong } from '../../../src/core/table/amountsSuggestDong';
import type { QuantitySet, RowKind, UnitRecord } from '../../../src/core/types';

/** A row as read under nghìn đồng: `sheet` is what the sheet holds, kept ×1.000 in đồng. */
function row(viec: QuantitySet, sheet: QuantitySet, kind: RowKind = 'unit'): UnitRecord {
  const tien: QuantitySet = {};
  for (const [k, v] of Object.entries(sheet)) tien[k as keyof QuantitySet] = (v as number) * 1000;
  return { label: 'Chi cục', row: 1, kind, ranked: kind === 'unit', viec, tien };
}

describe('amountsSuggestDong — amounts too large to be nghìn đồng', () => {
  it('says so when every unit holds a figure of 10⁹ or more', () => {
    const units = [row({ enforceable: 4029 }, { enforceable: 310_100_000_000, completed: 180_700_000_000 }), row({ enforceable: 3366 }, { enforceable: 1_000_000_000 })];
    expect(amountsSuggestDong(units)).toBe('mọi đơn vị có số tiền từ 1.000.000.000 trở lên');
  });

  it('says so when the typical unit’s amount per case is 10 tỷ đồng or more (a table in đồng, 77 triệu a case)', () => {
    // 310.100.000 "nghìn" over 4 việc is 77,5 tỷ đồng a case; the other units are alike.
    const units = [row({ enforceable: 4 }, { enforceable: 310_100_000 }), row({ enforceable: 2 }, { enforceable: 150_000_000 }), row({ enforceable: 100 }, { enforceable: 100 })];
    expect(amountsSuggestDong(units)).toBe('bình quân mỗi việc 75 tỷ đồng nếu tính bằng nghìn đồng');
  });

  it('finds nothing in a table truly in nghìn đồng (domain §5: 310,1 tỷ over 4.029 việc), nor in totals rows alone', () => {
    expect(amountsSuggestDong([row({ enforceable: 4029 }, { enforceable: 310_100_000, completed: 180_700_000 })])).toBeUndefined();
    expect(amountsSuggestDong([row({ enforceable: 4029 }, { enforceable: 310_100_000 }), row({ enforceable: 1 }, { enforceable: 5_000_000_000 }, 'total')])).toBeUndefined();
    expect(amountsSuggestDong([row({ enforceable: 10 }, {})])).toBeUndefined();
  });

  it('needs every unit to be that large: one large unit among ordinary ones is not enough', () => {
    const units = [row({ enforceable: 4029 }, { enforceable: 1_500_000_000 }), row({ enforceable: 3366 }, { enforceable: 105_000_000 }), row({ enforceable: 3000 }, { enforceable: 90_000_000 })];
    expect(amountsSuggestDong(units)).toBeUndefined();
  });
});
