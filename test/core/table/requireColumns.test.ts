import { describe, expect, it } from 'vitest';
import { requireColumns, tooManyTables } from '../../../src/core/table/requireColumns';
import type { TableBlock } from '../../../src/core/table/findTableBlocks';
import type { ColumnMapping } from '../../../src/core/types';

const quantity = (column: number, key: 'enforceable' | 'completed' | 'totalAccepted'): ColumnMapping => ({
  column,
  role: { kind: 'quantity', measure: 'viec', key },
  header: '',
  confidence: 1,
  reasons: [],
});

describe('requireColumns', () => {
  it('passes a table with Đ and X of one measure', () => {
    expect(requireColumns({ columns: [quantity(1, 'enforceable'), quantity(2, 'completed')], measures: ['viec'] })).toBeNull();
  });

  it('names what is missing and what was found', () => {
    const r = requireColumns({ columns: [quantity(1, 'totalAccepted'), quantity(2, 'completed')], measures: [] });
    expect(r?.message).toBe(
      'Bảng thiếu cột "Có điều kiện thi hành" (Đ) nên không tính được tỷ lệ giải quyết xong. Đã nhận ra: cột B: tổng số thụ lý (T) về việc; cột C: giải quyết xong (X) về việc.',
    );
  });

  it('asks for Đ and X of the same measure when each is there but of different measures', () => {
    const tien: ColumnMapping = { ...quantity(2, 'completed'), role: { kind: 'quantity', measure: 'tien', key: 'completed' } };
    expect(requireColumns({ columns: [quantity(1, 'enforceable'), tien], measures: [] })?.message).toContain('cột Đ và cột X của cùng một loại');
  });
});

describe('tooManyTables', () => {
  const block = (headerStart: number, lastDataRow: number): TableBlock => ({ titleRows: [], headerStart, headerEnd: headerStart, firstDataRow: headerStart + 1, lastDataRow });

  it('lists where each table stands, 1-based', () => {
    expect(tooManyTables([block(1, 2), block(4, 5)]).message).toBe(
      'Tìm thấy hai bảng trong vùng (dòng 2–3, dòng 5–6) và không ghép được thành một bảng việc và một bảng tiền. Hãy chọn vùng chỉ gồm một bảng.',
    );
  });

  it('shows five tables at most', () => {
    const m = tooManyTables([0, 3, 6, 9, 12, 15].map((r) => block(r, r + 1))).message;
    expect(m).toContain('Tìm thấy 6 bảng');
    expect(m).toContain('dòng 13–14, …)');
  });
});
