import { describe, expect, it } from 'vitest';
import { chooseLabelColumn } from '../../../src/core/table/chooseLabelColumn';
import { classifyColumn } from '../../../src/core/table/classifyColumn';
import type { Grid } from '../../../src/core/types';

const readings = (headers: string[]) => headers.map((h) => classifyColumn(h ? [h] : [], null));

describe('chooseLabelColumn', () => {
  it('takes the column with the most text among the rows of figures, never STT', () => {
    const grid: Grid = [
      ['I', 'Chi cục THADS huyện A', 10],
      ['II', 'Chi cục THADS huyện B', 20],
    ];
    expect(chooseLabelColumn(grid, 0, 1, readings(['STT', '', 'Có điều kiện thi hành']))).toBe(1);
  });

  it('breaks a tie in favour of the column headed "Đơn vị", else the leftmost', () => {
    const grid: Grid = [['Khối huyện', 'Chi cục A', 10]];
    expect(chooseLabelColumn(grid, 0, 0, readings(['Ghi chú', 'Đơn vị', 'Có điều kiện thi hành']))).toBe(1);
    expect(chooseLabelColumn(grid, 0, 0, readings(['Ghi chú', 'Khác', 'Có điều kiện thi hành']))).toBe(0);
  });

  it('does not count number text ("4.029") as a name, and gives -1 when no column holds text', () => {
    const grid: Grid = [['4.029', 10]];
    expect(chooseLabelColumn(grid, 0, 0, readings(['', 'Có điều kiện thi hành']))).toBe(-1);
  });
});
