import { describe, expect, it } from 'vitest';
import { headerPaths } from '../../../src/core/table/headerPaths';
import type { Grid } from '../../../src/core/types';

describe('headerPaths', () => {
  it('without merges, a parent covers the blank cells on its right that have a child below', () => {
    const grid: Grid = [
      ['Đơn vị', 'Có điều kiện', '', 'Ghi chú'],
      ['', 'Thi hành xong', 'Đình chỉ', ''],
    ];
    expect(headerPaths(grid, 0, 1, 4)).toEqual([['Đơn vị'], ['Có điều kiện', 'Thi hành xong'], ['Có điều kiện', 'Đình chỉ'], ['Ghi chú']]);
  });

  it('with merges, a parent covers exactly its range', () => {
    const grid: Grid = [
      ['Có điều kiện', '', ''],
      ['Tổng số', 'Xong', 'Tổng số'],
    ];
    const paths = headerPaths(grid, 0, 1, 3, [{ row: 0, column: 0, rows: 1, columns: 2 }]);
    expect(paths).toEqual([['Có điều kiện', 'Tổng số'], ['Có điều kiện', 'Xong'], ['Tổng số']]);
  });

  it('writes a vertical merge read twice once', () => {
    const grid: Grid = [['Đơn vị'], ['Đơn vị']];
    expect(headerPaths(grid, 0, 1, 1)).toEqual([['Đơn vị']]);
  });
});
