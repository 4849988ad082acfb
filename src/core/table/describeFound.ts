import type { ColumnMapping } from '../types';
import { MEASURES } from '../vocabulary/measures';
import { quantityName } from '../vocabulary/quantities';

/**
 * Những gì đã tìm thấy: a short Vietnamese list of the columns understood, for messages that must say
 * what was found before saying what is missing.
 *
 * @example describeFound(columns) // 'cột 2: có điều kiện thi hành (Đ) về việc; cột 3: thi hành xong (X1) về việc'
 */
export function describeFound(columns: readonly ColumnMapping[]): string {
  const parts: string[] = [];
  for (const c of columns) {
    if (c.role.kind === 'quantity') parts.push(`cột ${c.column + 1}: ${quantityName(c.role.key)} về ${MEASURES[c.role.measure].vi}`);
    else if (c.role.kind === 'label') parts.push(`cột ${c.column + 1}: tên đơn vị`);
  }
  return parts.length > 0 ? parts.join('; ') : 'không có cột nào mang tiêu đề chỉ tiêu đã biết';
}
