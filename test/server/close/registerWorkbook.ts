/**
 * A case register (sổ thụ lý) written by a generator, for the close tests: seeded, so the same every run;
 * one row per case with its unit, officer, số quyết định THA (numbered within each unit), decision date,
 * status, completion date and amounts. Statistical year 2024 (01/10/2023 – 30/09/2024). Nothing in it is
 * copied from the add-on's output: the tests count what they expect from these rows.
 */
import { Workbook } from '../../../runtime/index';
import { withReportDefaults } from '../../../src/shared/reportSettings';
import type { ReportSettings } from '../../../src/shared/rpc';

export const REGISTER_SHEET = 'Sổ thụ lý';
export const HEADER = ['STT', 'Số quyết định THA', 'Đơn vị', 'Chấp hành viên', 'Ngày thụ lý', 'Trạng thái', 'Ngày giải quyết xong', 'Số tiền phải thi hành (đồng)', 'Số tiền đã thu (đồng)'];
/** 1-based sheet columns of the fields a test edits. */
export const COLUMN = { decision: 2, unit: 3, officer: 4, accepted: 5, status: 6, closed: 7, due: 8 } as const;
/** The title row, then the header: the first case is on sheet row 3. */
export const FIRST_ROW = 3;

const STATUSES = ['Thi hành xong', 'Đang thi hành', 'Chưa có điều kiện', 'Thi hành xong', 'Đình chỉ', 'Hoãn', 'Đang thi hành'];

export function unitName(u: number): string {
  return `Chi cục THADS huyện ${String.fromCharCode(65 + u)}`;
}

export function officerName(u: number, k: number): string {
  return `CHV ${String.fromCharCode(65 + u)}${k + 1}`;
}

/** A small linear-congruential generator: the same cases on every run. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** The register's rows: title, header, then `cases` cases over `units` units of `officers` officers each. */
export function registerRows(cases: number, units = 3, officers = 3, seed = 14): unknown[][] {
  const rnd = seeded(seed);
  const rows: unknown[][] = [['SỔ THỤ LÝ 12 tháng năm 2024'], [...HEADER]];
  const numbers = new Array<number>(units).fill(0);
  for (let i = 0; i < cases; i++) {
    const u = Math.floor(rnd() * units);
    const k = Math.floor(rnd() * officers);
    const status = STATUSES[Math.floor(rnd() * STATUSES.length)]!;
    // Accepted between 01/10/2022 and 31/08/2024: some carried over (C), most new (M).
    const accepted = new Date(2022, 9, 1 + Math.floor(rnd() * 700));
    const done = status === 'Thi hành xong' || status === 'Đình chỉ';
    const closed = done ? new Date(Math.max(accepted.getTime(), new Date(2023, 9, 1).getTime()) + 86_400_000 * (1 + Math.floor(rnd() * 20))) : '';
    const due = (1 + Math.floor(rnd() * 500)) * 100_000;
    numbers[u]!++;
    rows.push([i + 1, `${numbers[u]}/QĐ-CCTHADS`, unitName(u), officerName(u, k), accepted, status, closed, due, done && status === 'Thi hành xong' ? due : 0]);
  }
  return rows;
}

export function registerWorkbook(cases: number): Workbook {
  const wb = Workbook.empty();
  wb.addSheet(REGISTER_SHEET, registerRows(cases));
  wb.activeIndex = 0;
  return wb;
}

export function registerSettings(overrides: Partial<ReportSettings> = {}): ReportSettings {
  return withReportDefaults({
    source: { sheet: REGISTER_SHEET, range: null, mapping: null },
    period: { year: 2024, month: 12 },
    targets: { kind: 'none' },
    ...overrides,
  });
}
