import { describe, expect, it } from 'vitest';
import { describeFound } from '../../../src/core/table/describeFound';
import type { ColumnMapping } from '../../../src/core/types';

const col = (column: number, role: ColumnMapping['role']): ColumnMapping => ({ column, role, header: '', confidence: 1, reasons: [] });

describe('describeFound', () => {
  it('names each understood column by its 1-based number, quantity and measure, and the label column', () => {
    const found = describeFound([
      col(0, { kind: 'label' }),
      col(1, { kind: 'quantity', measure: 'viec', key: 'enforceable' }),
      col(2, { kind: 'quantity', measure: 'tien', key: 'fullyEnforced' }),
      col(3, { kind: 'ignored' }),
    ]);
    expect(found).toBe('cột A: tên đơn vị; cột B: có điều kiện thi hành (Đ) về việc; cột C: thi hành xong (X1) về tiền');
  });

  it('says so when no column was understood', () => {
    expect(describeFound([col(0, { kind: 'ignored' })])).toBe('không có cột nào mang tiêu đề chỉ tiêu đã biết');
  });
});
