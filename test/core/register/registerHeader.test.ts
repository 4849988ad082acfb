import { describe, expect, it } from 'vitest';
import { registerHeader } from '../../../src/core/register/registerHeader';

describe('registerHeader', () => {
  it('reads a money parent over its two columns (merged: blank to its right) into one header per column', () => {
    const grid = [
      ['STT', 'Đơn vị', 'Trạng thái', 'Số tiền (đồng)', ''],
      ['', '', '', 'Phải thi hành', 'Đã thi hành'],
      [1, 'Chi cục THADS huyện A', 'Thi hành xong', 10, 10],
    ];
    expect(registerHeader(grid, 0, [1, 2])).toEqual({
      headers: ['STT', 'Đơn vị', 'Trạng thái', 'Số tiền (đồng) Phải thi hành', 'Số tiền (đồng) Đã thi hành'],
      rows: 2,
    });
  });

  it('is one row when the row below is a case (it has a unit and a status)', () => {
    const grid = [
      ['Đơn vị', 'Trạng thái', 'Số tiền phải thi hành (đồng)'],
      ['Chi cục THADS huyện A', 'Thi hành xong', 10],
    ];
    expect(registerHeader(grid, 0, [0, 1])).toEqual({ headers: grid[0], rows: 1 });
  });
});
