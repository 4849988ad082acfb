import { moneyUnitFactor } from '../numbers/moneyUnit';
import type { Grid } from '../types';
import { findTableBlocks, type TableBlock } from './findTableBlocks';
import { finish } from './finishTable';
import { fromMapping } from './fromMapping';
import { mapColumns, type BlockMapping } from './mapColumns';
import { moneyUnitOf } from './moneyUnitOf';
import { unitKey } from '../text/unitKey';
import { pairStacked } from './pairStacked';
import { regimeForYear } from '../period/regimeForYear';
import { placePostponedInsideD } from './placePostponed';
import { regimeFromData } from './regimeFromData';
import { regimeFromStructure } from './regimeFromStructure';
import { readUnits } from './readUnits';
import { requireColumns, tooManyTables } from './requireColumns';
import { rowProfile } from './rowProfile';
import { titleMeasure } from './titleMeasure';
import type { DetectionResult, DetectOptions } from './types';

/**
 * Nhận dạng bảng số liệu tổng hợp: finds the aggregated statistics table (báo cáo tổng hợp, one row
 * per unit) in a sheet's values (domain §7) — title rows, a header block of one to four rows (merged
 * parents, a column-number row), the unit-name column, each column's quantity with its confidence
 * and reasons, việc and tiền side by side or stacked, totals rows, the money unit — and reads every
 * unit into a UnitRecord (money in đồng). An explicit mapping always wins over detection. Bad input
 * gives a Vietnamese message saying what was found and what is missing. `rows` are the grid's rows
 * as arrays, not all blank (read/detectTable checks both, and tells a case register from this).
 *
 * @example detectAggregated([['Đơn vị', 'Có điều kiện', 'Giải quyết xong'], ['Chi cục A', 100, 80]])
 * // { ok: true, table: { labelColumn: 0, units: [{ label: 'Chi cục A', viec: { enforceable: 100, completed: 80 }, … }], … } }
 */
export function detectAggregated(rows: Grid, opts: DetectOptions = {}): DetectionResult {
  const profiles = rows.map(rowProfile);
  if (opts.mapping !== undefined) return fromMapping(rows, profiles, opts);
  const blocks = findTableBlocks(profiles);
  if (blocks.length === 0) {
    const texts = profiles.filter((p) => p.text > 0).length;
    return {
      ok: false,
      message:
        `Không tìm thấy bảng số liệu: vùng có ${rows.length} dòng, ${texts} dòng có chữ nhưng không dòng nào có từ hai số trở lên. ` +
        'Cần một bảng có dòng tiêu đề (Đơn vị, Có điều kiện thi hành, Giải quyết xong…) và mỗi đơn vị một dòng số liệu.',
    };
  }
  const first = blocks[0] as TableBlock;
  if (first.headerStart < 0) {
    return {
      ok: false,
      message:
        `Có dòng số liệu từ dòng ${first.firstDataRow + 1} nhưng không thấy dòng tiêu đề ở trên. ` +
        'Hãy chọn vùng gồm cả các dòng tiêu đề (Đơn vị, Có điều kiện thi hành, Giải quyết xong…).',
    };
  }
  if (blocks.length > 2) return tooManyTables(blocks);
  const measures = blocks.map((b) => titleMeasure(rows, b));
  const mapped = blocks.map((b, i) => mapColumns(rows, b, measures[i] ?? null, opts.merges, opts));
  for (const m of mapped) if (!m.ok) return m;
  const maps = mapped as Extract<BlockMapping, { ok: true }>[];
  const money = moneyUnitOf(rows, blocks, opts.moneyUnit);
  const notRanked = new Set((opts.notRanked ?? []).map(unitKey));
  const factor = moneyUnitFactor(money.unit);

  // The regime: given (a setting, the year), else what the headers say; a regime B table keeps its
  // creditor-agreed "Hoãn" inside Đ (domain §3).
  const given = opts.regime !== undefined && !opts.regimeAssumed ? opts.regime : opts.period ? regimeForYear(opts.period.year) : undefined;
  const structural = given ? null : regimeFromStructure(maps, opts);
  if ((given ?? structural?.regime) === 'B') placePostponedInsideD(maps);

  let result: DetectionResult;
  if (blocks.length === 1) {
    const map = maps[0] as Extract<BlockMapping, { ok: true }>;
    const missing = requireColumns(map, opts);
    if (missing) return missing;
    const read = readUnits({ grid: rows, firstRow: first.firstDataRow, lastRow: first.lastDataRow, columns: map.columns, labelColumn: map.labelColumn, moneyFactor: factor, notRanked, naming: opts });
    result = finish(rows, first, map.columns, map.labelColumn, money, read.units, [...map.warnings, ...money.warnings, ...read.warnings], read.sections, opts);
  } else result = pairStacked(rows, blocks, maps, measures, money, factor, notRanked, opts);
  if (result.ok && !given) {
    const found = structural ?? regimeFromData(result.table.units);
    if (found) {
      result.table.regime = found;
      result.table.warnings.push(`Chế độ phân loại suy ra từ bảng: chế độ ${found.regime}, vì ${found.reason}. Nếu đã chọn năm thống kê hoặc chế độ, chế độ đã chọn được dùng.`);
    }
  }
  return result;
}
