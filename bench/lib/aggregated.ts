/**
 * A synthetic aggregated statistics table (báo cáo tổng hợp, domain §7) as a sheet holds it:
 * title rows, "Đơn vị tính: 1.000 đồng", a two-row header whose first row holds the merged parents
 * "Về việc" and "Về tiền" over their blocks, a row of column numbers "(1) (2) …", a totals row
 * "Tổng cộng" at the top, then one row per unit. Figures follow regime B (P = Đ + K + H,
 * Đ = X1 + X2 + đang thi hành + trường hợp khác) so that the table passes its own checks.
 */
import { between, seeded } from './random';
import { unitName } from './register';

export type Cell = string | number;

/** A merged range, 0-based, as Range.getMergedRanges() would give it. */
export interface Merge {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

const BLOCK = [
  'Tổng số thụ lý',
  'Số cũ chuyển sang',
  'Thụ lý mới',
  'Tổng số phải thi hành',
  'Chưa có điều kiện thi hành',
  'Hoãn, tạm đình chỉ',
  'Có điều kiện thi hành',
  'Thi hành xong',
  'Đình chỉ',
  'Đang thi hành',
  'Trường hợp khác',
] as const;

function blockFigures(rnd: () => number, scale: number): number[] {
  const carried = between(rnd, 200, 3000) * scale;
  const accepted = between(rnd, 300, 4000) * scale;
  const total = carried + accepted;
  const delegatedOrWithdrawn = between(rnd, 0, Math.floor(total * 0.01));
  const must = total - delegatedOrWithdrawn;
  const notEnforceable = Math.floor(must * (0.1 + rnd() * 0.3));
  const postponed = Math.floor(must * rnd() * 0.03);
  const enforceable = must - notEnforceable - postponed;
  const fully = Math.floor(enforceable * (0.5 + rnd() * 0.4));
  const terminated = Math.floor((enforceable - fully) * rnd() * 0.2);
  const other = Math.floor((enforceable - fully - terminated) * rnd() * 0.1);
  const inProgress = enforceable - fully - terminated - other;
  return [total, carried, accepted, must, notEnforceable, postponed, enforceable, fully, terminated, inProgress, other];
}

export interface AggregatedTable {
  rows: Cell[][];
  merges: Merge[];
  /** 0-based index of the first unit row. */
  firstUnitRow: number;
}

/** A table of `units` units; money in nghìn đồng. */
export function makeAggregatedTable(units: number, seed = 2024): AggregatedTable {
  const rnd = seeded(seed);
  const width = 3 + 2 * BLOCK.length;
  const blank = (): Cell[] => new Array<Cell>(width).fill('');
  const title = (text: string): Cell[] => {
    const r = blank();
    r[0] = text;
    return r;
  };
  const rows: Cell[][] = [
    title('CỤC THI HÀNH ÁN DÂN SỰ TỈNH BẢN MẪU'),
    title('BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 12 THÁNG NĂM 2024'),
    title('Đơn vị tính: việc; tiền: 1.000 đồng'),
  ];
  const h1 = blank();
  const h2 = blank();
  h1[0] = 'STT';
  h1[1] = 'Đơn vị';
  h1[2] = 'Số chấp hành viên';
  h1[3] = 'Về việc';
  h1[3 + BLOCK.length] = 'Về tiền (nghìn đồng)';
  BLOCK.forEach((name, i) => {
    h2[3 + i] = name;
    h2[3 + BLOCK.length + i] = name;
  });
  rows.push(h1, h2);
  const numbers = blank().map((_, i) => `(${i + 1})`);
  rows.push(numbers);
  const merges: Merge[] = [
    { row: 3, column: 0, rows: 2, columns: 1 },
    { row: 3, column: 1, rows: 2, columns: 1 },
    { row: 3, column: 2, rows: 2, columns: 1 },
    { row: 3, column: 3, rows: 1, columns: BLOCK.length },
    { row: 3, column: 3 + BLOCK.length, rows: 1, columns: BLOCK.length },
  ];
  const totals = blank();
  totals[1] = 'Tổng cộng';
  const totalsIndex = rows.length;
  rows.push(totals);
  const unitRows: Cell[][] = [];
  for (let u = 0; u < units; u++) {
    const r: Cell[] = [u + 1, unitName(u), between(rnd, 3, 25), ...blockFigures(rnd, 1), ...blockFigures(rnd, 5000)];
    unitRows.push(r);
  }
  for (let c = 2; c < width; c++) totals[c] = unitRows.reduce((s, r) => s + (r[c] as number), 0);
  rows.push(...unitRows);
  return { rows, merges, firstUnitRow: totalsIndex + 1 };
}
