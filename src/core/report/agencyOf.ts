import { foldVietnamese } from '../text/normalize';

/**
 * The reporting agency named in a table's title rows (đơn vị báo cáo): the first row naming a THADS
 * body that is not the report's own title, without the form number that often shares its merged cell.
 * Undefined when no title names one.
 *
 * @example agencyOf(['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM SƠN Biểu số 01/TK-THADS', 'BÁO CÁO KẾT QUẢ …'])
 *   // "CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM SƠN"
 */
export function agencyOf(titleRows: readonly string[]): string | undefined {
  for (const row of titleRows) {
    const folded = foldVietnamese(row, { keepPunctuation: true });
    // A report's own title names what it counts, not who reports: "BÁO CÁO …", and as often
    // "KẾT QUẢ THI HÀNH ÁN DÂN SỰ …", "TỔNG HỢP …", "THỐNG KÊ …" (a unit's tab titled so names no unit).
    if (/^(bao cao|ket qua|tong hop|thong ke|don vi tinh)\b/.test(folded)) continue;
    if (!/thi hanh an|thads|\bcuc\b|chi cuc|phong/.test(folded)) continue;
    const form = row.search(/\s+(Biểu số|Biểu mẫu|Mẫu số)(?=\s|$)/i);
    const name = (form >= 0 ? row.slice(0, form) : row).trim();
    if (name !== '') return name;
  }
  return undefined;
}
