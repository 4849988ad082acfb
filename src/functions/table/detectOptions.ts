import type { DetectOptions } from '../../core/table/types';
import type { TableOptions } from './tableOptions';

/**
 * What the table reader is told by a table function's options range (tùy chọn đọc bảng): the
 * user's mapping, money unit, rows not to rank, and for a case register its grouping, regime and
 * period — the same for every function that reads a table.
 *
 * @example detectOptionsOf(tableOptions('THADS_CHECK', [['đơn vị tiền', 'triệu đồng']])).moneyUnit // 'trieu'
 */
export function detectOptionsOf(settings: TableOptions): DetectOptions {
  return {
    ...(settings.mapping ? { mapping: settings.mapping } : {}),
    ...(settings.moneyUnit ? { moneyUnit: settings.moneyUnit } : {}),
    ...(settings.registerGroupBy ? { registerGroupBy: settings.registerGroupBy } : {}),
    ...(settings.countPartialCollections !== undefined ? { countPartialCollections: settings.countPartialCollections } : {}),
    notRanked: settings.notRanked,
    // A custom function sees its range, not the sheet: messages name positions in the range.
    inRange: true,
    regime: settings.options.regime,
    // No year and no "chế độ": the reader may take the regime the table itself points to, and say so.
    ...(settings.regimeGiven ? {} : { regimeAssumed: true }),
    ...(settings.options.period ? { period: settings.options.period } : {}),
  };
}
