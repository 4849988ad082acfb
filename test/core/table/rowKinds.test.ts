import { describe, expect, it } from 'vitest';
import { rowKinds } from '../../../src/core/table/rowKinds';

describe('rowKinds', () => {
  it('tells units from the total and a "Cộng …" subtotal when both are there', () => {
    expect(rowKinds(['Tổng cộng', 'Chi cục A', 'Cộng khối huyện', 'Văn phòng'])).toEqual(['total', 'unit', 'subtotal', 'unit']);
  });

  it('takes a lone "Cộng" for the total', () => {
    expect(rowKinds(['Chi cục A', 'Chi cục B', 'Cộng'])).toEqual(['unit', 'unit', 'total']);
  });

  it('reads a numbered "II. Cộng khối tỉnh" as a subtotal, and "Công" (a name) as a unit', () => {
    expect(rowKinds(['Chi cục Công Sơn', 'II. Cộng khối tỉnh', 'Toàn tỉnh'])).toEqual(['unit', 'subtotal', 'total']);
  });
});
