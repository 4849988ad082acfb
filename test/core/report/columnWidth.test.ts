import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { columnWidth, shownText } from '../../../src/core/report/columnWidth';
import { FORMAT } from '../../../src/core/report/types';
import { textWidth } from '../../../src/core/report/textRowHeight';

describe('columnWidth — wide enough that Sheets cuts no cell of the column', () => {
  it('keeps the least width when every cell fits in it', () => {
    expect(columnWidth('Có điều kiện (việc)', [1211, 595, 7302], FORMAT.count, 100)).toBe(100);
  });

  it('widens a column of text for its widest cell ("không xếp hạng")', () => {
    const w = columnWidth('Xếp hạng', ['3/15', 'không xếp hạng', ''], FORMAT.text, 100);
    expect(w).toBeGreaterThan(100);
    expect(w).toBeGreaterThanOrEqual(textWidth('không xếp hạng') + 8);
  });

  it('measures money as the format shows it, the totals (last cell) in bold', () => {
    // "1.795.510.954" in bold is wider than 100 px less the cell's padding.
    const w = columnWidth('Chuyển kỳ sau (nghìn đồng)', [311201318, 1795510954], FORMAT.money, 100);
    expect(w).toBeGreaterThanOrEqual(Math.ceil(textWidth('1.795.510.954', true) + 8));
    // The same amount not in the totals row needs less.
    expect(columnWidth('x', [1795510954, 0], FORMAT.money, 0)).toBeLessThan(w);
  });

  it('measures rates and signed points with their sign, decimals and %', () => {
    const narrow = columnWidth('x', [0.05], FORMAT.points, 0);
    expect(columnWidth('x', [-12.3456], FORMAT.points, 0)).toBeGreaterThan(narrow); // "-1.234,56%"
    expect(columnWidth('x', [0.8819, ''], FORMAT.rate, 0)).toBe(Math.ceil(textWidth('88,19%') + 14));
  });

  it('keeps the longest word of the header whole (the header wraps between words)', () => {
    const longest = Math.max(...'Chuyển kỳ sau (nghìn đồng)'.split(' ').map((w) => textWidth(w, true)));
    expect(columnWidth('Chuyển kỳ sau (nghìn đồng)', [1], FORMAT.count, 0)).toBe(Math.ceil(longest + 14));
  });
});

describe('columnWidth — only the largest number of each sign is formatted', () => {
  const formats = [FORMAT.count, FORMAT.money, FORMAT.rate, FORMAT.points, 'General', '#,##0.0'];
  /** The definition: every cell as its format shows it, the last in bold. */
  const measured = (header: string, cells: readonly (string | number)[], format: string, least: number) => {
    let widest = Math.max(...header.split(/\s+/).map((w) => textWidth(w, true)));
    cells.forEach((v, i) => (widest = Math.max(widest, textWidth(shownText(v, format), i === cells.length - 1))));
    return Math.max(least, Math.ceil(widest + 14));
  };

  it('gives the width of measuring every cell', () => {
    const cell = fc.oneof(
      fc.double({ min: -1e12, max: 1e12, noNaN: true }),
      fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }),
      fc.double({ min: -2, max: 2, noNaN: true }),
      fc.constantFrom('', 'không xếp hạng', '3/15', 0, -0, 0.005, -0.005, 999.995, Number.NaN, Infinity),
    );
    fc.assert(
      fc.property(fc.constantFrom(...formats), fc.array(cell, { maxLength: 30 }), fc.integer({ min: 0, max: 150 }), (format, cells, least) => {
        expect(columnWidth('Tỷ lệ', cells, format, least)).toBe(measured('Tỷ lệ', cells, format, least));
      }),
      { numRuns: 500 },
    );
  });

  it('shows a cell as its format does', () => {
    expect(shownText(-0.12345, FORMAT.points)).toBe('-12,35%');
    expect(shownText(0.0488, FORMAT.points)).toBe('+4,88%');
    expect(shownText(1795510954, FORMAT.money)).toBe('1.795.510.954');
    expect(shownText('3/15', FORMAT.rate)).toBe('3/15');
  });
});
