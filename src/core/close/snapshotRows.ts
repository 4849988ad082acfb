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
/** Columns after the figures. */
const TAIL = ['Số chấp hành viên', 'Chốt lúc', 'Người chốt'] as const;

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
} as const;

/** Number formats of the columns: text kept as text ("@"), figures as numbers. */
export const SNAPSHOT_FORMATS: readonly string[] = SNAPSHOT_HEADER.map((_, i) =>
  [SNAPSHOT_AT.regime, SNAPSHOT_AT.sourceSheet, SNAPSHOT_AT.sourceRange, SNAPSHOT_AT.moneyUnit, SNAPSHOT_AT.label, SNAPSHOT_AT.kind, SNAPSHOT_AT.ranked, SNAPSHOT_AT.closedAt, SNAPSHOT_AT.closedBy].includes(i as never) ? '@' : 'General',
);

/**
 * The rows a close stores (các dòng của một lần chốt): one per row of the table read (units and its own
 * totals rows), each with the close's number, period, regime, source, money unit, every quantity read of
 * both measures (money in đồng, as UnitRecord keeps it; blank where none was read), the officers, when and
 * by whom. Plain values, as the sheet gives them back: the fingerprint is computed from these, and the
 * writer makes the strings stay text.
 *
 * @example snapshotRows(header, [{ label: 'Chi cục A', kind: 'unit', ranked: true, viec: { enforceable: 100 }, tien: {}, row: 5 }])[0][7] // 'Chi cục A'
 */
export function snapshotRows(header: CloseHeader, records: readonly UnitRecord[]): (string | number)[][] {
  const figure = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? '' : v);
  return records.map((u) => [
    header.close,
    header.period.year,
    header.period.month,
    header.regime,
    header.sourceSheet,
    header.sourceRange,
    header.moneyUnit,
    u.label,
    u.kind,
    u.ranked ? 'có' : 'không',
    ...QUANTITIES.map((q) => figure(u.viec[q.key as QuantityKey])),
    ...QUANTITIES.map((q) => figure(u.tien[q.key as QuantityKey])),
    figure(u.officers),
    header.closedAt,
    header.closedBy,
  ]);
}
