import type { CustomFunctionSpec } from '../spec';
import { ThadsError } from '../../core/errors';
import { cellNumber } from '../../core/numbers/cellNumber';
import { parsePercent } from '../../core/numbers/parsePercent';
import { competitionRanks } from '../../core/ranking/competitionRanks';
import { NOT_RANKED, rankDescending } from '../../core/ranking/rankDescending';
import { isTotalsLabel } from '../../core/ranking/isTotalsLabel';
import { argShape, type ArgShape } from '../args/shape';
import { cellLocation } from '../args/location';

/** A value to rank: a number, a percentage text ("84,88%"), or blank (null). Throws on anything else. */
function rankValue(v: unknown, r: number, c: number, name: string): number | null {
  if (typeof v === 'number' && v - v === 0) return v;
  let n = cellNumber(v);
  if (!n.ok && typeof v === 'string' && v.trim().endsWith('%')) n = parsePercent(v);
  if (!n.ok) throw new ThadsError(`THADS_RANK: ${cellLocation(r, c, name)}: ${n.reason}`);
  return n.value;
}

function sameShape(a: ArgShape, b: ArgShape, name: string): void {
  const ar = a.grid ? a.rows : 1;
  const ac = a.grid ? a.cols : 1;
  if (b.rows !== ar || b.cols !== ac) {
    throw new ThadsError(
      `THADS_RANK: các vùng phải cùng kích thước — vùng values có ${ar} dòng × ${ac} cột, vùng ${name} có ${b.rows} dòng × ${b.cols} cột.`,
    );
  }
}

/**
 * THADS_RANK(values, [labels], [tiebreak]) — competition ranks, highest first (xếp hạng 1, 2, 2, 4).
 * Whole-column: a bad value fails the call, since one wrong value would shift everyone's rank.
 *
 * @example =THADS_RANK(H5:H19; A5:A19; I5:I19)
 */
export const THADS_RANK: CustomFunctionSpec = {
  name: 'THADS_RANK',
  description:
    'Xếp hạng, cao nhất hạng 1, bằng nhau cùng hạng (1, 2, 2, 4); dòng tổng (Tổng cộng, Cộng, Toàn tỉnh…) và dòng trống bỏ qua; giá trị sai: cả hàm báo #ERROR!.',
  summaryEn: 'Competition ranks (1, 2, 2, 4), highest first; totals rows and blanks unranked; optional tiebreak.',
  mode: 'column',
  params: [
    { name: 'values', description: 'Giá trị xếp hạng (tỷ lệ về việc).', example: 'H5:H19', kind: 'numbers' },
    { name: 'labels', description: 'Tên đơn vị (bỏ qua dòng tổng).', example: 'A5:A19', kind: 'text', optional: true },
    { name: 'tiebreak', description: 'Phân định khi bằng nhau (tỷ lệ về tiền).', example: 'I5:I19', kind: 'numbers', optional: true },
  ],
  returns: 'Hạng của từng dòng.',
  examples: ['=THADS_RANK(H5:H19; A5:A19; I5:I19)', '=THADS_RANK(H5:H19)'],
  errors: 'throw',
  impl(values: unknown, labels: unknown, tiebreak: unknown) {
    const vs = argShape(values);
    if (vs.grid && vs.cols === 0) throw new ThadsError('THADS_RANK: vùng values không có ô nào.');
    const grid = vs.grid ?? [[vs.scalar]];
    const rows = grid.length;
    const cols = vs.grid ? vs.cols : 1;
    const ls = labels === undefined || labels === '' ? null : argShape(labels);
    const ts = tiebreak === undefined || tiebreak === '' ? null : argShape(tiebreak);
    if (ls) sameShape(vs, ls, 'labels');
    if (ts) sameShape(vs, ts, 'tiebreak');
    const lgrid = ls ? ls.grid ?? [[ls.scalar]] : null;
    const tgrid = ts ? ts.grid ?? [[ts.scalar]] : null;
    const out = tgrid ? withTiebreak(grid, lgrid, tgrid, rows, cols) : plain(grid, lgrid, rows, cols);
    return vs.grid ? out : out[0]![0];
  },
};

/** Is this row ranked: a value, and not a totals row. */
function ranked(v: number | null, lgrid: unknown[][] | null, r: number, c: number): v is number {
  return v !== null && !(lgrid && isTotalsLabel(lgrid[r]![c]));
}

/** Without a tiebreak, the common case of a whole column: typed arrays, no boxed values. */
function plain(grid: unknown[][], lgrid: unknown[][] | null, rows: number, cols: number): unknown[][] {
  const keep = new Float64Array(rows * cols);
  for (let r = 0, k = 0; r < rows; r++) {
    const row = grid[r]!;
    for (let c = 0; c < cols; c++, k++) {
      const v = rankValue(row[c], r, c, 'values');
      keep[k] = ranked(v, lgrid, r, c) ? v : NOT_RANKED;
    }
  }
  const ranks = rankDescending(keep);
  return toGrid(rows, cols, (k) => {
    const rank = ranks[k]!;
    return rank === rank ? rank : '';
  });
}

function withTiebreak(grid: unknown[][], lgrid: unknown[][] | null, tgrid: unknown[][], rows: number, cols: number): unknown[][] {
  // Built by push: a preallocated array of 100.000 would be a slow dictionary-mode array in V8.
  const first: (number | null)[] = [];
  const second: (number | null)[] = [];
  for (let r = 0; r < rows; r++) {
    const row = grid[r]!;
    for (let c = 0; c < cols; c++) {
      const v = rankValue(row[c], r, c, 'values');
      const kept = ranked(v, lgrid, r, c) ? v : null;
      first.push(kept);
      second.push(kept === null ? null : rankValue(tgrid[r]![c], r, c, 'tiebreak'));
    }
  }
  const ranks = competitionRanks(first, second);
  return toGrid(rows, cols, (k) => ranks[k] ?? '');
}

/** The result in the ranges' shape, row by row (Sheets spills a 2D array). */
function toGrid(rows: number, cols: number, cell: (k: number) => unknown): unknown[][] {
  const out: unknown[][] = [];
  for (let r = 0, k = 0; r < rows; r++) {
    if (cols === 1) {
      out.push([cell(k++)]);
      continue;
    }
    const row: unknown[] = [];
    for (let c = 0; c < cols; c++) row.push(cell(k++));
    out.push(row);
  }
  return out;
}
