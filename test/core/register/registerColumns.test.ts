import { describe, expect, it } from 'vitest';
import { registerColumns } from '../../../src/core/register/registerColumns';

describe('registerColumns: money', () => {
  it('reads "Số tiền phải thi hành (đồng)" as the amount due and "Số tiền đã thi hành (đồng)" as what was collected', () => {
    const cols = registerColumns(['STT', 'Đơn vị', 'Trạng thái', 'Số tiền phải thi hành (đồng)', 'Số tiền đã thi hành (đồng)', 'Số tiền đã thu']);
    expect(cols.map((c) => [c.column, c.field])).toEqual([
      [0, 'index'],
      [1, 'unit'],
      [2, 'status'],
      [3, 'amountDue'],
      [4, 'amountCollected'],
    ]);
  });
});
