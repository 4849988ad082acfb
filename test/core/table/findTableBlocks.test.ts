import { describe, expect, it } from 'vitest';
import { findTableBlocks } from '../../../src/core/table/findTableBlocks';
import { rowProfile } from '../../../src/core/table/rowProfile';
import type { Grid } from '../../../src/core/types';

const blocks = (grid: Grid) => findTableBlocks(grid.map(rowProfile));

describe('findTableBlocks', () => {
  it('finds the titles, a two-row header (its text rows), the column-number row after it and the rows of figures', () => {
    const grid: Grid = [
      ['BÁO CÁO 12 THÁNG NĂM 2020', '', ''],
      ['Đơn vị', 'Có điều kiện thi hành', ''],
      ['', 'Tổng số', 'Giải quyết xong'],
      ['(1)', '(2)', '(3)'],
      ['Chi cục A', 10, 8],
      ['', '', ''],
      ['Chi cục B', 20, 9],
    ];
    expect(blocks(grid)).toEqual([{ titleRows: [0], headerStart: 1, headerEnd: 2, numberRow: 3, firstDataRow: 4, lastDataRow: 6 }]);
  });

  it('starts a second table at a second header after figures (việc above tiền)', () => {
    const grid: Grid = [
      ['Đơn vị', 'Có điều kiện thi hành', 'Giải quyết xong'],
      ['Chi cục A', 10, 8],
      ['VỀ TIỀN', '', ''],
      ['Đơn vị', 'Có điều kiện thi hành', 'Giải quyết xong'],
      ['Chi cục A', 200, 50],
    ];
    expect(blocks(grid).map((b) => [b.headerStart, b.firstDataRow, b.lastDataRow])).toEqual([
      [0, 1, 1],
      [3, 4, 4],
    ]);
    expect(blocks(grid)[1]?.titleRows).toEqual([2]);
  });

  it('gives figures without a header a header start of -1, and nothing for a grid without figures', () => {
    expect(blocks([['Chi cục A', 10, 8]])[0]?.headerStart).toBe(-1);
    expect(blocks([['Ghi chú'], ['Không có số liệu']])).toEqual([]);
  });
});
