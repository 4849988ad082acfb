/**
 * The chosen range "Vùng" is bounded (issue 12, item 8): by a cell limit as typed, and by the sheet's
 * data, so a typo such as A1:ZZZ9999999 gives a message instead of a grid of 1,8×10¹¹ cells.
 */
import { describe, expect, it } from 'vitest';
import { MAX_SOURCE_CELLS, readSource } from '../../../src/server/report/sourceGrid';
import { MemoryPort } from '../memoryPort';

const port = () => new MemoryPort([{ name: 'Thống kê', values: [['a', 'b', 'c'], ['d', 'e', 'f'], ['g', 'h', 'i']] }]);

describe('a range bounded by a cell limit and the sheet’s data', () => {
  it('refuses a huge range with a Vietnamese message naming the data’s range, without building it', () => {
    expect(() => readSource(port(), 'Thống kê', 'A1:ZZZ9999999')).toThrow(
      /^Vùng “A1:ZZZ9999999” quá lớn \(182\.779\.981\.722 ô, tối đa 2\.000\.000 ô\).*trong A1:C3\.$/,
    );
  });

  it('takes a range of exactly the limit and refuses one cell more', () => {
    // 10 columns × 200.000 rows is the limit; the data is small, so the accepted one is cut to it.
    expect(MAX_SOURCE_CELLS).toBe(2_000_000);
    expect(readSource(port(), 'Thống kê', 'A1:J200000').grid).toHaveLength(3);
    expect(() => readSource(port(), 'Thống kê', 'A1:J200001')).toThrow(/quá lớn/);
  });

  it('cuts a range running past the data to the data', () => {
    const s = readSource(port(), 'Thống kê', 'B2:Z500');
    expect(s.grid).toEqual([['e', 'f'], ['h', 'i']]);
    expect(s.rowOffset).toBe(2);
  });

  it('refuses a range wholly below or right of the data, naming where the data is', () => {
    expect(() => readSource(port(), 'Thống kê', 'A10:C20')).toThrow(/^Vùng “A10:C20” nằm ngoài phần có dữ liệu của trang “Thống kê” \(A1:C3\)\.$/);
    expect(() => readSource(port(), 'Thống kê', 'D1:E3')).toThrow(/nằm ngoài/);
  });

  it('refuses any range on an empty sheet', () => {
    const empty = new MemoryPort([{ name: 'Trống', values: [] }]);
    expect(() => readSource(empty, 'Trống', 'A1:B2')).toThrow(/trang trống/);
  });
});
