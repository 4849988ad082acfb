/**
 * The one list of column definitions (danh mục cột) that THADS_SUMMARY's table and the report sheet
 * both take their columns from. A definition reads its value from a unit's indicators once; each
 * output only says how that value is headed and shown there, so the two can never show different
 * figures for the same column. Both show money in the main source's unit (one money unit per output,
 * named in the header, "giả định" when assumed). The outputs differ on purpose: the rank is a number
 * in THADS_SUMMARY and "5/15" in the report; a missing target is a blank in THADS_SUMMARY and "chưa có
 * chỉ tiêu" in the report.
 */
import type { UnitIndicators } from '../indicators/types';
import { moneyUnitFactor, moneyUnitLabel, type MoneyShown } from '../numbers/moneyUnit';
import { lazy } from '../lazy';
import { rankText } from '../ranking/rankText';
import { MEASURES } from '../vocabulary/measures';
import type { Measure } from '../types';
import { FORMAT, type ReportCell, type ReportColumn } from './types';

/** The gap cells of a unit without a target say so instead of staying blank. */
export const NO_TARGET = 'chưa có chỉ tiêu';

/** A column's value for one unit: a number, a text, or null where there is none. */
export type ColumnValue = string | number | null;

/**
 * What THADS_SUMMARY needs to head and show its money columns (đơn vị tính tiền): the main source's
 * money unit, and whether it was assumed (the header then says "giả định").
 */
export type SummaryContext = MoneyShown;

/** The report's columns are headed and shown in the same unit as THADS_SUMMARY's. */
export type ReportContext = MoneyShown;

/** How a column appears in THADS_SUMMARY's table (bảng kết quả); default cell: the value, blank for none. */
export interface SummaryOutput {
  header: string | ((context: SummaryContext) => string);
  cell?: (value: ColumnValue, u: UnitIndicators, context: SummaryContext) => ReportCell;
}

/** How a column appears in the report sheet (trang báo cáo); default cell: the value, blank for none. */
export interface ReportOutput extends Omit<ReportColumn, 'key' | 'header' | 'format'> {
  header: string | ((context: ReportContext) => string);
  format: string | ((context: ReportContext) => string);
  cell?: (value: ColumnValue, u: UnitIndicators, context: ReportContext) => ReportCell;
  /**
   * The totals row's cell when it differs from a unit's: "blank" leaves it empty (a rank means nothing
   * for the whole), "value" shows the bare value (the whole has a target only when every unit shares it,
   * and a blank then says "not one target", not "none"; a year-over-year change only when last year's
   * whole is a province figure too, the report's notes saying why not).
   */
  total?: 'blank' | 'value';
}

export interface ColumnDefinition {
  /** Names the quantity ("viec.rate"): charts, colour rules and tests find a column by it. */
  key: string;
  /** The value, from the unit's indicators; `index` is the unit's position among the units (STT). */
  value: (u: UnitIndicators, index: number) => ColumnValue;
  summary?: SummaryOutput;
  report?: ReportOutput;
}


/** Blank for none: how both outputs show a missing figure unless a definition says otherwise. */
export function shown(value: ColumnValue): ReportCell {
  return value === null ? '' : value;
}

/** What a cell shows where a figure is withheld (không tính) beside the rate that says why. */
export const WITHHELD_MARK = '—';

/**
 * The rate cell of a withheld measure: "Không tính: " and why (the row's cells that cannot be used),
 * read from the indicators (`withheld`, set once by the engine), in both outputs.
 *
 * @example withheldRateCell(u, 'viec') // 'Không tính: dòng 7, cột E (thi hành xong (X1)): ô báo lỗi "#N/A"'
 */
export function withheldRateCell(u: UnitIndicators, m: Measure): string | null {
  const why = u[m].withheld;
  return why === undefined ? null : `Không tính: ${why}`;
}

/** True when a figure of either measure of the unit is withheld. */
function anyWithheld(u: UnitIndicators): boolean {
  return u.viec.withheld !== undefined || u.tien.withheld !== undefined;
}

/** A gap is "—" where the measure is withheld, "chưa có chỉ tiêu" in the report when the unit has no target. */
function gapCell(m: Measure) {
  return (value: ColumnValue, u: UnitIndicators): ReportCell =>
    u[m].withheld !== undefined ? WITHHELD_MARK : u[m].target === null ? NO_TARGET : shown(value);
}

/** The rate, or why it is not computed. */
function rateCell(m: Measure) {
  return (value: ColumnValue, u: UnitIndicators): ReportCell => withheldRateCell(u, m) ?? shown(value);
}

/** An amount (in đồng, as UnitRecord.tien keeps it) in the output's money unit; blank for none. */
function inMoneyUnit(v: ColumnValue, _u: UnitIndicators, money: MoneyShown): ReportCell {
  return typeof v === 'number' ? v / moneyUnitFactor(money.unit) : shown(v);
}

/** Amounts in triệu or tỷ đồng carry the decimals the sheet typed (105,25 tỷ); đồng and nghìn đồng are whole. */
function moneyFormat(whole: string, decimals: string) {
  return (money: MoneyShown) => (money.unit === 'trieu' || money.unit === 'ty' ? decimals : whole);
}

/**
 * A count or an amount of domain §3 ("Có điều kiện", "Giải quyết xong", …): việc headed "(việc)"
 * in both outputs; tiền shown in the main source's money unit and headed with it, "(tiền, nghìn
 * đồng)" in THADS_SUMMARY and "(nghìn đồng)" in the report.
 */
function quantity(m: Measure, key: 'totalAccepted' | 'mustEnforce' | 'enforceable' | 'completed' | 'backlog' | 'enforceableBacklog', name: string): ColumnDefinition {
  const value = (u: UnitIndicators) => u[m][key];
  if (m === 'viec') {
    return { key: `viec.${key}`, value, summary: { header: `${name} (việc)` }, report: { header: `${name} (việc)`, format: FORMAT.count } };
  }
  return {
    key: `tien.${key}`,
    value,
    summary: { header: (context) => `${name} (tiền, ${moneyUnitLabel(context)})`, cell: inMoneyUnit },
    report: { header: (context) => `${name} (${moneyUnitLabel(context)})`, format: moneyFormat(FORMAT.money, FORMAT.moneyDecimals), cell: inMoneyUnit },
  };
}

function measureColumns(m: Measure): ColumnDefinition[] {
  const vi = MEASURES[m].vi;
  return [
    quantity(m, 'totalAccepted', 'Thụ lý'),
    quantity(m, 'mustEnforce', 'Phải thi hành'),
    quantity(m, 'enforceable', 'Có điều kiện'),
    quantity(m, 'completed', 'Giải quyết xong'),
    quantity(m, 'backlog', 'Chuyển kỳ sau'),
    quantity(m, 'enforceableBacklog', 'Có điều kiện chuyển kỳ sau'),
    {
      key: `${m}.rate`,
      value: (u) => u[m].rate,
      summary: { header: `Tỷ lệ ${vi}`, cell: rateCell(m) },
      report: { header: `Tỷ lệ ${vi}`, format: FORMAT.rate, colour: { kind: 'rate', targetKey: `${m}.target` }, cell: rateCell(m) },
    },
    {
      key: `${m}.target`,
      value: (u) => u[m].target,
      summary: { header: `Chỉ tiêu ${vi}` },
      report: { header: `Chỉ tiêu ${vi}`, format: FORMAT.rate, cell: (v) => v ?? NO_TARGET, total: 'value' },
    },
    {
      key: `${m}.gap`,
      value: (u) => u[m].gap,
      summary: { header: `Vượt/thiếu ${vi}` },
      report: { header: `Vượt/thiếu chỉ tiêu ${vi}`, format: FORMAT.points, colour: { kind: 'gap' }, cell: gapCell(m), total: 'value' },
    },
    {
      key: `${m}.progressGap`,
      value: (u) => u[m].progressGap,
      summary: { header: `Vượt/thiếu tiến độ ${vi}` },
      report: { header: `Vượt/thiếu tiến độ ${vi}`, format: FORMAT.points, colour: { kind: 'gap' }, cell: gapCell(m), total: 'value' },
    },
    {
      key: `${m}.rateChange`,
      value: (u) => u[m].rateChange,
      report: { header: `Tỷ lệ ${vi} so với cùng kỳ`, format: FORMAT.points, total: 'value' },
    },
    {
      key: `${m}.completedChange`,
      value: (u) => u[m].completedChange,
      report:
        m === 'viec'
          ? { header: 'Giải quyết xong so với cùng kỳ (việc)', format: FORMAT.change, total: 'value' }
          : { header: (context) => `Giải quyết xong so với cùng kỳ (${moneyUnitLabel(context)})`, format: moneyFormat(FORMAT.change, FORMAT.changeDecimals), cell: inMoneyUnit },
    },
  ];
}

function kindText(u: UnitIndicators): string {
  if (u.kind === 'total') return 'tổng cộng';
  if (u.kind === 'subtotal') return 'cộng';
  return u.ranked ? 'đơn vị' : 'đơn vị (không xếp hạng)';
}

/**
 * Every column either output can show, each once. Built on first use: Apps Script runs the bundle's top
 * level on every custom-function call, and most calls never show a column.
 */
const definitions = lazy((): ColumnDefinition[] => [
  { key: 'index', value: (_u, i) => i + 1, report: { header: 'STT', format: FORMAT.count, total: 'blank' } },
  // The totals row's label is the computed totals' own ("Tổng cộng").
  { key: 'label', value: (u) => u.label, summary: { header: 'Đơn vị' }, report: { header: 'Đơn vị', format: FORMAT.text } },
  { key: 'kind', value: kindText, summary: { header: 'Loại dòng' } },
  ...measureColumns('viec'),
  ...measureColumns('tien'),
  { key: 'viec.shareEnforceable', value: (u) => u.viec.shareEnforceable, summary: { header: 'Tỷ trọng có điều kiện (việc)' } },
  {
    key: 'viec.backlogReduction',
    value: (u) => u.viec.backlogReduction,
    // A share of last year's backlog (việc) cleared, negative when it grew: coloured by sign as the gaps are.
    report: { header: 'Giảm án tồn (%)', format: FORMAT.rate, colour: { kind: 'gap' } },
  },
  {
    key: 'workloadTotal',
    value: (u) => u.workloadTotal,
    summary: { header: 'Thụ lý mỗi chấp hành viên (việc)' },
    report: { header: 'Thụ lý bình quân/CHV (việc)', format: FORMAT.ratio },
  },
  {
    key: 'targetsMet',
    // Targets met count only where every figure is computed: a withheld measure met nothing and failed nothing.
    value: (u) => (u.targetsSet > 0 && !anyWithheld(u) ? `${u.targetsMet}/${u.targetsSet}` : null),
    summary: { header: 'Đạt chỉ tiêu' },
    report: { header: 'Đạt chỉ tiêu', format: FORMAT.text, cell: (v, u) => v ?? (anyWithheld(u) ? WITHHELD_MARK : NO_TARGET), total: 'blank' },
  },
  {
    key: 'rank',
    value: (u) => u.rank,
    summary: { header: 'Xếp hạng' },
    report: {
      header: 'Xếp hạng',
      format: FORMAT.text,
      cell: (v, u) => rankText(typeof v === 'number' ? v : null, u.rankOf) || (anyWithheld(u) ? WITHHELD_MARK : 'không xếp hạng'),
      total: 'blank',
    },
  },
  // THADS_SUMMARY gives the rank both as a number (to compute with) and as "5/15" (to read).
  { key: 'rankText', value: (u) => rankText(u.rank, u.rankOf), summary: { header: 'Thứ hạng' } },
  { key: 'grade', value: (u) => u.grade, report: { header: 'Xếp loại', format: FORMAT.text, total: 'blank' } },
]);

const byKey = lazy(() => new Map(definitions().map((d) => [d.key, d])));

/**
 * The definition of a column, by key; an unknown key is a mistake in this module's lists.
 *
 * @example columnDefinition('viec.rate').summary?.header // "Tỷ lệ việc"
 */
export function columnDefinition(key: string): ColumnDefinition {
  const d = byKey().get(key);
  if (!d) throw new Error(`Không có định nghĩa cột “${key}”.`);
  return d;
}
