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

/**
 * Seven columns a wider sheet adds after the two blocks (issue 10's 32-column table): the typed
 * rates and S = P − X for việc and tiền, the competition points, the staff count (not read) and a
 * note column; each headed in the first header row and merged down over the second.
 */
const EXTRA = [
  'Tỷ lệ giải quyết xong về việc',
  'Tỷ lệ giải quyết xong về tiền',
  'Chuyển kỳ sau về việc',
  'Chuyển kỳ sau về tiền',
  'Điểm thi đua',
  'Số công chức',
  'Ghi chú',
] as const;

/** The extra columns' values of a unit row, from its two blocks (positions as in BLOCK). */
function extraFigures(viec: number[], tien: number[]): Cell[] {
  const x = (b: number[]) => b[7]! + b[8]!;
  return [x(viec) / viec[6]!, x(tien) / tien[6]!, viec[3]! - x(viec), tien[3]! - x(tien), 150 + (x(viec) % 50), 5 + (viec[0]! % 40), ''];
}

/**
 * The same 12-month figures as cumulated to month `m` of the statistical year (1 = October … 12 =
 * September): the carry-over C = `carried` stays; new cases M, completed (xong, đình chỉ), delegated
 * and "other" grow with m (never fall); the rest follows so that the block keeps its identities.
 * Month 12 gives the figures back unchanged.
 */
function cumulated(block: number[], m: number): number[] {
  if (m === 12) return block;
  const [, carried, accepted, must, notEnforceable, postponed, , fully, terminated, , other] = block as [number, number, number, number, number, number, number, number, number, number, number];
  const part = (v: number) => Math.floor((v * m) / 12);
  const acceptedM = part(accepted);
  const totalM = carried + acceptedM;
  const mustM = totalM - part(block[0]! - must);
  const notEnforceableM = Math.floor((notEnforceable * mustM) / must);
  const postponedM = Math.floor((postponed * mustM) / must);
  const enforceableM = mustM - notEnforceableM - postponedM;
  const fullyM = Math.min(part(fully), enforceableM);
  const terminatedM = Math.min(part(terminated), enforceableM - fullyM);
  const otherM = Math.min(part(other), enforceableM - fullyM - terminatedM);
  return [totalM, carried, acceptedM, mustM, notEnforceableM, postponedM, enforceableM, fullyM, terminatedM, enforceableM - fullyM - terminatedM - otherM, otherM];
}

/** How a table differs from the province's 12-month table (all optional; the default is that table). */
export interface TableShape {
  /** The first title row (the agency): a Chi cục's own tab names its Chi cục here. */
  agency?: string;
  /** Row labels: officers of one unit's tab instead of the province's units. */
  label?: (row: number) => string;
  /** Cumulative month of the statistical year (1–12): the title and the figures are that month's. */
  month?: number;
}

/**
 * A table of `units` units; money in nghìn đồng. `wide` adds the seven EXTRA columns (32 in all).
 * `shape` makes a unit's own tab (its agency, officer rows) or a month tab of the same units.
 */
export function makeAggregatedTable(units: number, seed = 2024, wide = false, shape: TableShape = {}): AggregatedTable {
  const month = shape.month ?? 12;
  const rnd = seeded(seed);
  const width = 3 + 2 * BLOCK.length + (wide ? EXTRA.length : 0);
  const blank = (): Cell[] => new Array<Cell>(width).fill('');
  const title = (text: string): Cell[] => {
    const r = blank();
    r[0] = text;
    return r;
  };
  const rows: Cell[][] = [
    title(shape.agency ?? 'CỤC THI HÀNH ÁN DÂN SỰ TỈNH BẢN MẪU'),
    title(`BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ ${month} THÁNG NĂM 2024`),
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
  const extraStart = 3 + 2 * BLOCK.length;
  if (wide) EXTRA.forEach((name, i) => (h1[extraStart + i] = name));
  rows.push(h1, h2);
  const numbers = blank().map((_, i) => `(${i + 1})`);
  rows.push(numbers);
  const merges: Merge[] = [
    { row: 3, column: 0, rows: 2, columns: 1 },
    { row: 3, column: 1, rows: 2, columns: 1 },
    { row: 3, column: 2, rows: 2, columns: 1 },
    { row: 3, column: 3, rows: 1, columns: BLOCK.length },
    { row: 3, column: 3 + BLOCK.length, rows: 1, columns: BLOCK.length },
    ...(wide ? EXTRA.map((_, i) => ({ row: 3, column: extraStart + i, rows: 2, columns: 1 })) : []),
  ];
  const totals = blank();
  totals[1] = 'Tổng cộng';
  const totalsIndex = rows.length;
  rows.push(totals);
  const unitRows: Cell[][] = [];
  for (let u = 0; u < units; u++) {
    const viec = cumulated(blockFigures(rnd, 1), month);
    const tien = cumulated(blockFigures(rnd, 5000), month);
    const r: Cell[] = [u + 1, (shape.label ?? unitName)(u), between(rnd, 3, 25), ...viec, ...tien, ...(wide ? extraFigures(viec, tien) : [])];
    unitRows.push(r);
  }
  for (let c = 2; c < extraStart; c++) totals[c] = unitRows.reduce((s, r) => s + (r[c] as number), 0);
  if (wide) totals.splice(extraStart, EXTRA.length, ...extraFigures(totals.slice(3, 3 + BLOCK.length) as number[], totals.slice(3 + BLOCK.length, extraStart) as number[]));
  rows.push(...unitRows);
  return { rows, merges, firstUnitRow: totalsIndex + 1 };
}
