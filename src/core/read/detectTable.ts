import { detectRegister, findRegisterHeader } from '../register/detectRegister';
import { detectAggregated } from '../table/detectAggregated';
import type { DetectionResult, DetectOptions } from '../table/types';
import type { Grid } from '../types';

/** Read once at load: in the local runtime (a Node vm context) each lookup of a global costs about 0,2 µs, per row here. */
const { isArray } = Array;

/**
 * Đọc bảng trong trang tính: the one place that decides what a sheet's values hold — a case
 * register (sổ thụ lý, one row per case, recognized by its header row alone) or an aggregated table
 * (báo cáo tổng hợp, one row per unit) — and reads it into units (domain §7). It sits above
 * core/table and core/register so that neither imports the other's reader: the register reader uses
 * the table's leaf modules and types, the table reader knows nothing of registers. An explicit
 * mapping always means an aggregated table. Bad input gives a Vietnamese message saying what was
 * found and what is missing.
 *
 * @example detectTable([['Đơn vị', 'Có điều kiện', 'Giải quyết xong'], ['Chi cục A', 100, 80]])
 * // { ok: true, table: { layout: 'aggregated', units: [{ label: 'Chi cục A', viec: { enforceable: 100, completed: 80 }, … }], … } }
 * @example detectTable([['Đơn vị', 'Trạng thái'], ['Chi cục A', 'Thi hành xong']], { period: { year: 2024, month: 12 } })
 * // { ok: true, table: { layout: 'register', … } }
 */
export function detectTable(grid: Grid, opts: DetectOptions = {}): DetectionResult {
  // Rows are copied only when one is not an array (a single cell or column): a 100.000-row register is not.
  const rows: Grid = !isArray(grid) ? [[grid as never]] : grid.every((r) => isArray(r)) ? grid : grid.map((r) => (isArray(r) ? r : [r]));
  if (rows.every((r) => r.every((v) => v === '' || v === null || v === undefined))) {
    return { ok: false, message: 'Vùng dữ liệu trống: không có ô nào có giá trị. Hãy chọn cả bảng, kể cả các dòng tiêu đề.' };
  }
  // A case register is recognized by its header row alone, before any per-row work (200.000 rows).
  if (opts.mapping === undefined) {
    const registerHeader = findRegisterHeader(rows);
    if (registerHeader >= 0) return detectRegister(rows, registerHeader, opts);
  }
  return detectAggregated(rows, opts);
}
