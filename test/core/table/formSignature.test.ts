import { describe, expect, it } from 'vitest';
import { formSignature } from '../../../src/core/table/formSignature';
import type { ColumnMapping } from '../../../src/core/types';

const col = (column: number, role: ColumnMapping['role']): ColumnMapping => ({ column, role, header: '', confidence: 1, reasons: [] });

describe('formSignature — chữ ký biểu mẫu', () => {
  it('is the same for the same quantities in another column order, and differs when a quantity differs', () => {
    const a = formSignature({ layout: 'aggregated', columns: [col(0, { kind: 'label' }), col(1, { kind: 'quantity', measure: 'viec', key: 'enforceable' }), col(2, { kind: 'quantity', measure: 'viec', key: 'completed' })] });
    const b = formSignature({ layout: 'aggregated', columns: [col(3, { kind: 'quantity', measure: 'viec', key: 'completed' }), col(5, { kind: 'quantity', measure: 'viec', key: 'enforceable' })] });
    const c = formSignature({ layout: 'aggregated', columns: [col(3, { kind: 'quantity', measure: 'tien', key: 'completed' }), col(5, { kind: 'quantity', measure: 'viec', key: 'enforceable' })] });
    expect(a).toBe(b);
    expect(a).not.toBe(c);
    expect(a).toBe('aggregated|viec.completed,viec.enforceable');
  });
});
