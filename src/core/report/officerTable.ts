import type { UnitIndicators } from '../indicators/types';
import type { MoneyShown } from '../numbers/moneyUnit';
import { reportColumnsOf } from './columns';
import type { ReportColumn, ReportRow } from './types';
import { FORMAT } from './types';

/** The officers' ranking as the report shows it: a second table under the units'. */
export interface ReportOfficers {
  /** "XẾP HẠNG CHẤP HÀNH VIÊN TOÀN TỈNH — 42 chấp hành viên của 5 đơn vị". */
  title: string;
  columns: ReportColumn[];
  /** Ranked officers first, by rank (ties in the order of the tabs), then the unranked in that order. */
  rows: ReportRow[];
  /** What the table leaves out, and why (tabs with no officer rows, officers whose figures are withheld). */
  notes: string[];
}

/** The columns of the units' table the officers' shows too, with the officer's unit after the name. */
const KEYS = ['index', 'label', 'viec.enforceable', 'viec.completed', 'viec.rate', 'tien.enforceable', 'tien.completed', 'tien.rate', 'rank'];

/**
 * Bảng xếp hạng chấp hành viên toàn tỉnh: every officer of the consolidated unit tabs ranked together —
 * STT, the officer, the unit, Đ, X and the rate of việc and tiền, and the rank "3/42" — from the same
 * column definitions as the units' table (a rate that cannot be trusted shows "Không tính: …" and the
 * officer is left out of the ranking, as a unit is). The rows are ordered by rank; STT numbers them
 * as shown. `indicators` and `unitOf` are in the same order (officerRows).
 *
 * @example officerTable(indicators, ['Phòng THADS khu vực 1 - Nam Sơn', …], { unit: 'nghin', assumed: false }, []).columns.map((c) => c.header)
 *   // ["STT", "Chấp hành viên", "Đơn vị", "Có điều kiện (việc)", …, "Xếp hạng"]
 */
export function officerTable(indicators: readonly UnitIndicators[], unitOf: readonly string[], money: MoneyShown, leftOutTabs: readonly string[]): ReportOfficers {
  const defs = reportColumnsOf(KEYS, money);
  const order = indicators
    .map((u, i) => ({ u, i }))
    .sort((a, b) => (a.u.rank ?? Infinity) - (b.u.rank ?? Infinity) || a.i - b.i);
  const columns: ReportColumn[] = [];
  for (const d of defs) {
    columns.push({ key: d.key, header: d.key === 'label' ? 'Chấp hành viên' : d.header, format: d.format });
    if (d.key === 'label') columns.push({ key: 'unit', header: 'Đơn vị', format: FORMAT.text });
  }
  const rows: ReportRow[] = order.map(({ u, i }, shownAt) => {
    const cells = [];
    for (const d of defs) {
      cells.push(d.unit(u, shownAt));
      if (d.key === 'label') cells.push(unitOf[i] ?? '');
    }
    return { label: u.label, cells };
  });
  const units = new Set(unitOf).size;
  const withheld = indicators.filter((u) => u.viec.withheld !== undefined || u.tien.withheld !== undefined);
  const notes: string[] = [];
  if (leftOutTabs.length > 0) {
    notes.push(`Không có dòng từng chấp hành viên, không có trong bảng này: ${leftOutTabs.map((s) => `trang “${s}”`).join(', ')}.`);
  }
  if (withheld.length > 0) {
    notes.push(
      `Không tính tỷ lệ và không xếp hạng ${withheld.length} chấp hành viên có ô số liệu không dùng được: ${withheld.map((u) => `${u.label} (${unitOf[indicators.indexOf(u)] ?? ''})`).slice(0, 20).join(', ')}${withheld.length > 20 ? ', …' : ''} — xem cột tỷ lệ.`,
    );
  }
  return { title: `XẾP HẠNG CHẤP HÀNH VIÊN TOÀN TỈNH — ${indicators.length} chấp hành viên của ${units} đơn vị`, columns, rows, notes };
}
