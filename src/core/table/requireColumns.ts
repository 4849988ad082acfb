import type { ColumnMapping, Measure } from '../types';
import { describeFound } from './describeFound';
import type { CellNaming } from '../text/columnName';
import type { TableBlock } from './findTableBlocks';

/**
 * Cột bắt buộc: a table needs Đ and X (or X1) of one measure; else a Vietnamese message saying what
 * was found and what is missing. null when the table has them.
 *
 * @example requireColumns({ columns, measures: [] })?.message // 'Bảng thiếu cột "Có điều kiện thi hành" (Đ) …'
 */
export function requireColumns(map: { columns: ColumnMapping[]; measures: Measure[] }, naming: CellNaming = {}): { ok: false; message: string } | null {
  if (map.measures.length > 0) return null;
  const has = (k: string) => map.columns.some((c) => c.role.kind === 'quantity' && c.role.key === k);
  const lacks: string[] = [];
  if (!has('enforceable')) lacks.push('cột "Có điều kiện thi hành" (Đ)');
  if (!has('completed') && !has('fullyEnforced')) lacks.push('cột "Giải quyết xong" (X) hoặc "Thi hành xong" (X1)');
  if (lacks.length === 0) lacks.push('cột Đ và cột X của cùng một loại (việc hoặc tiền)');
  return {
    ok: false,
    message: `Bảng thiếu ${lacks.join(' và ')} nên không tính được tỷ lệ giải quyết xong. Đã nhận ra: ${describeFound(map.columns, naming)}.`,
  };
}

/**
 * Quá nhiều bảng: the message for a range holding several tables that are not a việc/tiền pair.
 *
 * @example tooManyTables(blocks).message // 'Tìm thấy hai bảng trong vùng (dòng 2–3, dòng 5–6) …'
 */
export function tooManyTables(blocks: TableBlock[]): { ok: false; message: string } {
  const shown = blocks.slice(0, 5).map((b) => `dòng ${Math.max(b.headerStart, 0) + 1}–${b.lastDataRow + 1}`);
  const where = shown.join(', ') + (blocks.length > 5 ? ', …' : '');
  return {
    ok: false,
    message: `Tìm thấy ${blocks.length === 2 ? 'hai' : blocks.length} bảng trong vùng (${where}) và không ghép được thành một bảng việc và một bảng tiền. Hãy chọn vùng chỉ gồm một bảng.`,
  };
}
