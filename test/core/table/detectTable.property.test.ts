/**
 * Property: whatever the layout among the usual ones (accents or not, abbreviations, a number row,
 * title rows, figures typed as numbers or as Vietnamese text, a totals row at the top or the bottom),
 * detection gives back exactly the figures that were written, unit by unit, in sheet order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectTable } from '../../../src/core/read/detectTable';
import type { CellValue, Grid } from '../../../src/core/types';

/** Header variants of Đ, X1, X2 and K as sheets write them. */
const ENFORCEABLE = ['Có điều kiện thi hành', 'CĐK', 'Co dieu kien thi hanh', 'Số có điều kiện'];
const FULLY = ['Thi hành xong', 'Thi hanh xong', 'Đã thi hành xong'];
const TERMINATED = ['Đình chỉ', 'Dinh chi', 'Đình chỉ thi hành án'];
const NOT_ENFORCEABLE = ['Chưa có điều kiện', 'CCĐK', 'Chua co dieu kien thi hanh'];

/** "4.029" the Vietnamese way. */
function vietnamese(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

const unitArb = fc.record({
  d: fc.integer({ min: 1, max: 99999 }),
  x1: fc.integer({ min: 0, max: 50000 }),
  x2: fc.integer({ min: 0, max: 5000 }),
  k: fc.integer({ min: 0, max: 99999 }),
});

describe('detectTable (property)', () => {
  it('reads back the figures written, whatever the usual layout', () => {
    fc.assert(
      fc.property(
        fc.array(unitArb, { minLength: 1, maxLength: 12 }),
        fc.record({
          d: fc.constantFrom(...ENFORCEABLE),
          x1: fc.constantFrom(...FULLY),
          x2: fc.constantFrom(...TERMINATED),
          k: fc.constantFrom(...NOT_ENFORCEABLE),
          titles: fc.boolean(),
          numberRow: fc.boolean(),
          asText: fc.boolean(),
          totals: fc.constantFrom('none', 'top', 'bottom'),
        }),
        (units, v) => {
          const grid: Grid = [];
          if (v.titles) grid.push(['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ', '', '', '', '', ''], ['', '', '', '', 'Đơn vị tính: việc', '']);
          grid.push(['STT', 'Đơn vị', v.d, v.x1, v.x2, v.k]);
          if (v.numberRow) grid.push(['A', 'B', '(1)', '(2)', '(3)', '(4)']);
          const cell = (n: number): CellValue => (v.asText ? vietnamese(n) : n);
          const rows: CellValue[][] = units.map((u, i) => [i + 1, `Chi cục THADS huyện số ${i + 1}`, cell(u.d), cell(u.x1), cell(u.x2), cell(u.k)]);
          const sum = (f: (u: (typeof units)[number]) => number) => units.reduce((s, u) => s + f(u), 0);
          const total: CellValue[] = ['', 'Tổng cộng', cell(sum((u) => u.d)), cell(sum((u) => u.x1)), cell(sum((u) => u.x2)), cell(sum((u) => u.k))];
          if (v.totals === 'top') grid.push(total);
          grid.push(...rows);
          if (v.totals === 'bottom') grid.push(total);
          const r = detectTable(grid);
          if (!r.ok) throw new Error(r.message);
          const got = r.table.units.filter((u) => u.kind === 'unit').map((u) => [u.viec.enforceable, u.viec.fullyEnforced, u.viec.terminated, u.viec.notEnforceable]);
          expect(got).toEqual(units.map((u) => [u.d, u.x1, u.x2, u.k]));
          expect(r.table.units.filter((u) => u.kind === 'total')).toHaveLength(v.totals === 'none' ? 0 : 1);
        },
      ),
      { numRuns: 200 },
    );
  });
});
