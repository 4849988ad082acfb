import type { ColumnMapping } from '../types';
import { MEASURES } from '../vocabulary/measures';
import { quantityName } from '../vocabulary/quantities';
import { columnName, type CellNaming } from '../text/columnName';

/**
 * Những gì đã tìm thấy: a short Vietnamese list of the columns understood, for messages that must say
 * what was found before saying what is missing; columns named as `naming` says.
 *
 * @example describeFound(columns) // 'cột B: có điều kiện thi hành (Đ) về việc; cột C: thi hành xong (X1) về việc'
 * @example describeFound(columns, { inRange: true }) // 'cột 2 của vùng: có điều kiện thi hành (Đ) về việc; …'
 */
export function describeFound(columns: readonly ColumnMapping[], naming: CellNaming = {}): string {
  const parts: string[] = [];
  for (const c of columns) {
    if (c.role.kind === 'quantity') parts.push(`${columnName(c.column, naming)}: ${quantityName(c.role.key)} về ${MEASURES[c.role.measure].vi}`);
    else if (c.role.kind === 'label') parts.push(`${columnName(c.column, naming)}: tên đơn vị`);
  }
  return parts.length > 0 ? parts.join('; ') : 'không có cột nào mang tiêu đề chỉ tiêu đã biết';
}
