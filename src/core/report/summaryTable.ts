import type { UnitIndicators } from '../indicators/types';
import type { MoneyShown } from '../numbers/moneyUnit';
import { columnDefinition, shown, type SummaryContext } from './columnDefinitions';
import type { ReportCell } from './types';

/**
 * The keys of THADS_SUMMARY's columns in order. Users' sheets refer to these columns by header
 * (MATCH on "Tỷ lệ việc") and by position: the order is an interface; new columns go at the end.
 *
 * @example summaryColumnKeys(false).slice(0, 6) // ["label", "kind", "viec.rate", "tien.rate", "rank", "rankText"]
 */
export function summaryColumnKeys(proRata: boolean): string[] {
  return [
    'label',
    'kind',
    'viec.rate',
    'tien.rate',
    'rank',
    'rankText',
    'viec.target',
    'viec.gap',
    'tien.target',
    'tien.gap',
    ...(proRata ? ['viec.progressGap', 'tien.progressGap'] : []),
    'targetsMet',
    'viec.totalAccepted',
    'viec.mustEnforce',
    'viec.enforceable',
    'viec.completed',
    'viec.backlog',
    'viec.enforceableBacklog',
    'viec.shareEnforceable',
    'tien.enforceable',
    'tien.completed',
    'tien.backlog',
    'tien.enforceableBacklog',
    'workloadTotal',
  ];
}

/**
 * Bảng kết quả của THADS_SUMMARY: its first row the headers ("Đơn vị", "Loại dòng", "Tỷ lệ việc",
 * "Tỷ lệ tiền", "Xếp hạng", …), then one row per table row in sheet order, from the one list of
 * column definitions the report uses too. Rates, shares and gaps are fractions (format the cells as
 * %); amounts are in the sheet's money unit, named in their headers ("Có điều kiện (tiền, nghìn đồng)",
 * "…, nghìn đồng, giả định)" when the unit was assumed); blanks where a figure is missing (no tiền block →
 * "Tỷ lệ tiền" blank); totals rows marked, not ranked. Progress gaps only when `proRata`.
 *
 * @example summaryTable(indicators, { money: { unit: 'nghin', assumed: false }, proRata: false })[0].slice(0, 3) // ["Đơn vị", "Loại dòng", "Tỷ lệ việc"]
 */
export function summaryTable(indicators: readonly UnitIndicators[], options: { money: MoneyShown; proRata: boolean }): ReportCell[][] {
  const columns = summaryColumns(options);
  const rows: ReportCell[][] = [columns.headers];
  // Plain loops: THADS_SUMMARY may return tens of thousands of rows within Apps Script's time.
  for (let i = 0; i < indicators.length; i++) rows.push(columns.row(indicators[i]!, i));
  return rows;
}

/**
 * THADS_SUMMARY's columns (các cột của bảng kết quả): the header row, and the row of one table row's
 * indicators (`i`: its place among the rows), for a caller that writes each row as its indicators
 * are computed instead of holding them all (summaryTable is the two together).
 *
 * @example summaryColumns({ money: { unit: 'nghin', assumed: false }, proRata: false }).headers.slice(0, 3) // ["Đơn vị", "Loại dòng", "Tỷ lệ việc"]
 */
export function summaryColumns(options: { money: MoneyShown; proRata: boolean }): { headers: ReportCell[]; row: (u: UnitIndicators, i: number) => ReportCell[] } {
  const context: SummaryContext = options.money;
  const columns = summaryColumnKeys(options.proRata).map((key) => {
    const { value, summary } = columnDefinition(key);
    if (!summary) throw new Error(`Cột “${key}” không có trong THADS_SUMMARY.`);
    return { header: typeof summary.header === 'string' ? summary.header : summary.header(context), value, cell: summary.cell };
  });
  return {
    headers: columns.map((c) => c.header),
    row(u, i) {
      const row: ReportCell[] = new Array(columns.length);
      for (let j = 0; j < columns.length; j++) {
        const { value, cell } = columns[j]!;
        const v = value(u, i);
        row[j] = cell ? cell(v, u, context) : shown(v);
      }
      return row;
    },
  };
}
