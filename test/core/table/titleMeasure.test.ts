import { describe, expect, it } from 'vitest';
import type { TableBlock } from '../../../src/core/table/findTableBlocks';
import { titleMeasure } from '../../../src/core/table/titleMeasure';
import type { Grid } from '../../../src/core/types';

const block = (titleRows: number[]): TableBlock => ({ titleRows, headerStart: titleRows.length, headerEnd: titleRows.length, firstDataRow: titleRows.length + 1, lastDataRow: titleRows.length + 1 });

describe('titleMeasure', () => {
  it('reads việc or tiền from the block\'s own title, the nearest first', () => {
    expect(titleMeasure([['II. VỀ TIỀN']], block([0]))).toBe('tien');
    expect(titleMeasure([['I. VỀ VIỆC']], block([0]))).toBe('viec');
    expect(titleMeasure([['VỀ VIỆC'], ['VỀ TIỀN']], block([0, 1]))).toBe('tien');
  });

  it('reads nothing from a money-unit line, a title naming both, or no title', () => {
    const rows: Grid = [['Đơn vị tính: 1.000 đồng'], ['KẾT QUẢ VỀ VIỆC VÀ VỀ TIỀN']];
    expect(titleMeasure(rows, block([0]))).toBeNull();
    expect(titleMeasure(rows, block([1]))).toBeNull();
    expect(titleMeasure([], block([]))).toBeNull();
  });
});
