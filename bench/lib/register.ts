/**
 * A synthetic case register (sổ thụ lý, domain §7): one row per case with its unit, its officer
 * (chấp hành viên), the acceptance date, the status at the end of the period, the completion date
 * and the amounts. Status shares are plausible for a district office (about half completed, a
 * quarter without means), not taken from any source.
 */
import { between, pick, seeded } from './random';

export type Cell = string | number | Date;

/** Statuses as the national software writes them, with their share of cases. */
export const STATUSES: readonly (readonly [string, number])[] = [
  ['Thi hành xong', 45],
  ['Đình chỉ', 5],
  ['Đang thi hành', 15],
  ['Hoãn', 3],
  ['Tạm đình chỉ', 1],
  ['Chưa có điều kiện', 28],
  ['Ủy thác', 2],
  ['Trường hợp khác', 1],
];

export const REGISTER_HEADER = [
  'STT',
  'Số quyết định THA',
  'Đơn vị',
  'Chấp hành viên',
  'Ngày thụ lý',
  'Trạng thái',
  'Ngày giải quyết xong',
  'Số tiền phải thi hành (đồng)',
  'Số tiền đã thu (đồng)',
] as const;

export interface RegisterOptions {
  cases: number;
  /** Number of units (Chi cục / phòng khu vực). */
  units: number;
  /** Officers per unit. */
  officersPerUnit: number;
  seed?: number;
  /** Statistical year: acceptance dates from 01/10 of year-2 to 30/09 of year. */
  year?: number;
}

export function unitName(i: number): string {
  return `Chi cục THADS huyện ${String(i + 1).padStart(3, '0')}`;
}

export function officerName(unit: number, k: number): string {
  return `CHV ${String(unit + 1).padStart(3, '0')}-${String(k + 1).padStart(2, '0')}`;
}

/** Header row then one row per case. Dates are JS Dates, as getValues() hands them over. */
export function makeRegister(o: RegisterOptions): Cell[][] {
  const rnd = seeded(o.seed ?? 20240930);
  const year = o.year ?? 2024;
  const start = Date.UTC(year - 2, 9, 1);
  const end = Date.UTC(year, 8, 30);
  const periodStart = Date.UTC(year - 1, 9, 1);
  const day = 86_400_000;
  const rows: Cell[][] = [[...REGISTER_HEADER]];
  for (let i = 0; i < o.cases; i++) {
    const unit = between(rnd, 0, o.units - 1);
    const officer = between(rnd, 0, o.officersPerUnit - 1);
    const status = pick(rnd, STATUSES);
    const accepted = start + between(rnd, 0, Math.floor((end - start) / day)) * day;
    const done = status === 'Thi hành xong' || status === 'Đình chỉ';
    // Cases closed before the period began are not in this period's register: a carried-over
    // case (accepted before 01/10 of year-1) that is done was done inside the period.
    const finished = done ? Math.min(end, Math.max(periodStart, accepted + between(rnd, 10, 300) * day)) : undefined;
    const due = between(rnd, 1, 2000) * 1_000_000;
    const collected = status === 'Thi hành xong' ? due : status === 'Đang thi hành' ? Math.floor(due * rnd() * 0.5) : 0;
    rows.push([
      i + 1,
      `${between(rnd, 1, 999)}/QĐ-CCTHADS`,
      unitName(unit),
      officerName(unit, officer),
      new Date(accepted),
      status,
      finished === undefined ? '' : new Date(finished),
      due,
      collected,
    ]);
  }
  return rows;
}

/**
 * THADS_SUMMARY's options range for the register's period (statistical year 2024, 12 months):
 * a register without dates needs it, and with dates it pins the period the data was made for.
 */
export const REGISTER_OPTIONS: Cell[][] = [
  ['năm', 2024],
  ['tháng', 12],
];

/**
 * The việc completion rate of one unit or officer of a register, by the domain formula under
 * regime B (domain §3, §4): X = thi hành xong + đình chỉ, Đ = X + đang thi hành + trường hợp
 * khác (hoãn, tạm đình chỉ, chưa có điều kiện and ủy thác stand outside Đ); rate = X / Đ.
 * Used to check what the add-on returns, so a fast wrong answer cannot pass.
 */
export function expectedRate(rows: readonly Cell[][], groupColumn: number, statusColumn: number, label: string): number {
  let x = 0;
  let d = 0;
  for (const r of rows.slice(1)) {
    if (r[groupColumn] !== label) continue;
    const s = r[statusColumn];
    if (s === 'Thi hành xong' || s === 'Đình chỉ') {
      x++;
      d++;
    } else if (s === 'Đang thi hành' || s === 'Trường hợp khác') d++;
  }
  return x / d;
}
