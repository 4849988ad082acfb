import type { UnitIndicators } from '../indicators/types';
import type { Period } from '../types';
import { columnDefinition, shown, type ReportContext } from './columnDefinitions';
import type { ReportCell, ReportColumn } from './types';

/** A column and how it is filled for a unit row and for the totals row. */
export interface ColumnDef extends ReportColumn {
  unit: (u: UnitIndicators, index: number) => ReportCell;
  /** The totals row's cell, when it differs from what `unit` gives for it. */
  total?: (t: UnitIndicators) => ReportCell;
}

/** What the data holds decides which optional columns appear. */
export interface ColumnChoice {
  period: Period;
  /** Comparison data was given: year-over-year and backlog-reduction columns. */
  previous: boolean;
  /** Officer counts were found: workload column. */
  officers: boolean;
  /** Grading rules are set: grade column. */
  grades: boolean;
  /** The money unit the report shows amounts in: the main source's (assumed or stated). */
  money: ReportContext;
}

/**
 * The keys of the report's columns in order (thứ tự cột của bảng báo cáo). The header row always
 * holds "Đơn vị", "Tỷ lệ việc", "Tỷ lệ tiền" and "Xếp hạng"; progress gaps appear mid-year only (at
 * 12 months they equal the gaps), year over year only with comparison data, the grade only with
 * grading rules.
 *
 * @example reportColumnKeys({ period: { year: 2020, month: 12 }, previous: false, officers: false, grades: false })
 *   // ["index", "label", "viec.enforceable", …, "rank"]
 */
export function reportColumnKeys(choice: Omit<ColumnChoice, 'money'>): string[] {
  const keys = ['index', 'label'];
  for (const m of ['viec', 'tien'] as const) {
    keys.push(`${m}.enforceable`, `${m}.completed`, `${m}.rate`, `${m}.target`, `${m}.gap`);
    if (choice.period.month < 12) keys.push(`${m}.progressGap`);
    if (choice.previous) keys.push(`${m}.rateChange`, `${m}.completedChange`);
  }
  keys.push('viec.backlog', 'viec.enforceableBacklog', 'tien.backlog');
  if (choice.previous) keys.push('viec.backlogReduction');
  if (choice.officers) keys.push('workloadTotal');
  keys.push('targetsMet', 'rank');
  if (choice.grades) keys.push('grade');
  return keys;
}

/**
 * The per-unit table's columns (các cột của bảng báo cáo), from the one list of column definitions
 * (`columnDefinitions.ts`) that THADS_SUMMARY's table uses too.
 *
 * @example reportColumns({ period: { year: 2020, month: 12 }, previous: false, officers: false, grades: false, money: { unit: 'nghin', assumed: false } })
 *   .map((c) => c.header) // ["STT", "Đơn vị", "Có điều kiện (việc)", …, "Có điều kiện (nghìn đồng)", …, "Xếp hạng"]
 */
export function reportColumns(choice: ColumnChoice): ColumnDef[] {
  return reportColumnsOf(reportColumnKeys(choice), choice.money);
}

/**
 * Report columns for the given keys, from the column definitions: for a table of the report other
 * than the units' (the officers' ranking) that shows some of the same columns, headed and shown alike.
 *
 * @example reportColumnsOf(['label', 'viec.rate', 'rank'], { unit: 'nghin', assumed: false }).map((c) => c.header) // ["Đơn vị", "Tỷ lệ việc", "Xếp hạng"]
 */
export function reportColumnsOf(keys: readonly string[], context: ReportContext): ColumnDef[] {
  return keys.map((key) => {
    const { value, report } = columnDefinition(key);
    if (!report) throw new Error(`Cột “${key}” không có trong báo cáo.`);
    const { cell = shown, total, header, format, ...column } = report;
    const def: ColumnDef = {
      key,
      header: typeof header === 'string' ? header : header(context),
      format: typeof format === 'string' ? format : format(context),
      ...column,
      unit: (u, i) => cell(value(u, i), u, context),
    };
    if (total === 'blank') def.total = () => '';
    else if (total === 'value') def.total = (t) => shown(value(t, -1));
    return def;
  });
}
