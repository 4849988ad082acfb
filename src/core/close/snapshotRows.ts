import { QUANTITIES } from '../vocabulary/quantities';
import type { MoneyUnit, Period, QuantityKey, Regime, UnitRecord } from '../types';

/** What one close (một lần chốt số liệu) says of itself, repeated on each of its rows. */
export interface CloseHeader {
  /** The close's number (lần chốt thứ n), counted from 1 in the document; never reused. */
  close: number;
  period: Period;
  regime: Regime;
  sourceSheet: string;
  /** The A1 range read, or '' for the whole sheet. */
  sourceRange: string;
  moneyUnit: MoneyUnit;
  /** When it was closed, as an ISO 8601 text (kept as text: no time zone guessed by the sheet). */
  closedAt: string;
  /** The typed name of who closed it (người chốt), or ''. */
  closedBy: string;
}

/** Columns before the figures: the close, its period and source, the unit. */
const LEAD = ['Lần chốt', 'Năm thống kê', 'Số tháng', 'Chế độ', 'Trang nguồn', 'Vùng', 'Đơn vị tiền', 'Đơn vị', 'Loại dòng', 'Xếp hạng'] as const;
/**
 * Columns after the figures. "Dữ liệu" holds what is not one figure per column: the mapping of a 'mapping'
 * row and the packed cases of 'cases' rows (packCases); blank on the rows of units and officers. It was
 * added last so that the columns of closes made before it keep their places.
 */
const TAIL = ['Số chấp hành viên', 'Chốt lúc', 'Người chốt', 'Dữ liệu'] as const;

/** The snapshot sheet's header row (dòng tiêu đề trang Chốt số liệu): việc figures, then tiền in đồng. */
export const SNAPSHOT_HEADER: readonly string[] = [
  ...LEAD,
  ...QUANTITIES.map((q) => `Việc: ${q.vi}`),
  ...QUANTITIES.map((q) => `Tiền (đồng): ${q.vi}`),
  ...TAIL,
];

/** Where each part of a snapshot row is (0-based columns). */
export const SNAPSHOT_AT = {
  close: 0,
  year: 1,
  month: 2,
  regime: 3,
  sourceSheet: 4,
  sourceRange: 5,
  moneyUnit: 6,
  label: 7,
  kind: 8,
  ranked: 9,
  viec: LEAD.length,
  tien: LEAD.length + QUANTITIES.length,
  officers: LEAD.length + 2 * QUANTITIES.length,
  closedAt: LEAD.length + 2 * QUANTITIES.length + 1,
  closedBy: LEAD.length + 2 * QUANTITIES.length + 2,
  data: LEAD.length + 2 * QUANTITIES.length + 3,
} as const;

/**
 * What a snapshot row is (cột "Loại dòng"): the table's own rows keep their kind (unit, total, subtotal);
 * a register's close adds per-officer rows, one row of the mapping, and the rows of packed cases.
 */
export const SNAPSHOT_KIND = { officer: 'officer', mapping: 'mapping', cases: 'cases' } as const;

/** What a close keeps beyond the table's rows: from a register, its officers and cases; always, the mapping. */
export interface SnapshotExtras {
  /** One record per officer (label "Đơn vị / Chấp hành viên"), money in đồng. */
  officers?: readonly UnitRecord[];
  /** The column roles the table was read with, as one text (JSON). */
  mapping?: string;
  /** The packed cases, one text per cell (packCases). */
  cases?: readonly string[];
}

/** Number formats of the columns: text kept as text ("@"), figures as numbers. */
export const SNAPSHOT_FORMATS: readonly string[] = SNAPSHOT_HEADER.map((_, i) =>
  [SNAPSHOT_AT.regime, SNAPSHOT_AT.sourceSheet, SNAPSHOT_AT.sourceRange, SNAPSHOT_AT.moneyUnit, SNAPSHOT_AT.label, SNAPSHOT_AT.kind, SNAPSHOT_AT.ranked, SNAPSHOT_AT.closedAt, SNAPSHOT_AT.closedBy, SNAPSHOT_AT.data].includes(i as never) ? '@' : 'General',
);

/**
 * The rows a close stores (các dòng của một lần chốt): one per row of the table read (units and its own
 * totals rows), each with the close's number, period, regime, source, money unit, every quantity read of
 * both measures (money in đồng, as UnitRecord keeps it; blank where none was read), the officers, when and
 * by whom; then, given, the officers' rows (kind 'officer'), the mapping's row and the packed cases'
 * rows, their text in the last column "Dữ liệu". Plain values, as the sheet gives them back: the
 * fingerprint is computed from these, and the writer makes the strings stay text.
 *
 * @example snapshotRows(header, [{ label: 'Chi cục A', kind: 'unit', ranked: true, viec: { enforceable: 100 }, tien: {}, row: 5 }])[0][7] // 'Chi cục A'
 */
export function snapshotRows(header: CloseHeader, records: readonly UnitRecord[], extras: SnapshotExtras = {}): (string | number)[][] {
  const figure = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? '' : v);
  const lead = [header.close, header.period.year, header.period.month, header.regime, header.sourceSheet, header.sourceRange, header.moneyUnit];
  const blank = [...QUANTITIES.map(() => ''), ...QUANTITIES.map(() => ''), ''];
  const row = (u: UnitRecord, kind: string): (string | number)[] => [
    ...lead,
    u.label,
    kind,
    u.ranked ? 'có' : 'không',
    ...QUANTITIES.map((q) => figure(u.viec[q.key as QuantityKey])),
    ...QUANTITIES.map((q) => figure(u.tien[q.key as QuantityKey])),
    figure(u.officers),
    header.closedAt,
    header.closedBy,
    '',
  ];
  const dataRow = (label: string, kind: string, data: string): (string | number)[] => [...lead, label, kind, 'không', ...blank, header.closedAt, header.closedBy, data];
  const chunks = extras.cases ?? [];
  return [
    ...records.map((u) => row(u, u.kind)),
    ...(extras.officers ?? []).map((u) => row(u, SNAPSHOT_KIND.officer)),
    ...(extras.mapping !== undefined ? [dataRow('Cách đọc các cột', SNAPSHOT_KIND.mapping, extras.mapping)] : []),
    ...chunks.map((c, i) => dataRow(`Các việc (phần ${i + 1}/${chunks.length})`, SNAPSHOT_KIND.cases, c)),
  ];
}
