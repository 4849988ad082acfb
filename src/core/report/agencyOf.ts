import { foldVietnamese } from '../text/normalize';

/**
 * Title rows that are not an agency though they name "thi hành án": the report's title, the period, the unit
 * line, a register's own title ("SỔ THỤ LÝ …", "SỔ THEO DÕI THỤ LÝ VÀ KẾT QUẢ THI HÀNH ÁN").
 */
const NOT_AGENCY = /^(bao cao|ket qua|tong hop|thong ke|don vi tinh|bieu|mau so|ky bao cao|so (thu ly|theo doi)|\(?tu ngay|\d)/;

/**
 * The reporting agency named in a table's title rows (đơn vị báo cáo): the row naming a THADS body that
 * is not the report's own title, without the form number that often shares its merged cell. An official
 * heading names the superior body above the issuing one ("CỤC THADS TỈNH LONG AN" over "CHI CỤC THADS
 * HUYỆN BẾN LỨC"; "TỔNG CỤC THADS" over "CỤC THADS TỈNH …"): of consecutive agency rows the last is the
 * one reporting. Undefined when no title names one.
 *
 * @example agencyOf(['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM SƠN Biểu số 01/TK-THADS', 'BÁO CÁO KẾT QUẢ …'])
 *   // "CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM SƠN"
 * @example agencyOf(['CỤC THADS TỈNH LONG AN', 'CHI CỤC THADS HUYỆN BẾN LỨC', 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ …'])
 *   // "CHI CỤC THADS HUYỆN BẾN LỨC"
 */
export function agencyOf(titleRows: readonly string[]): string | undefined {
  let found: string | undefined;
  for (const row of titleRows) {
    const folded = foldVietnamese(row, { keepPunctuation: true });
    const agency = !NOT_AGENCY.test(folded) && /thi hanh an|thads|\bcuc\b|chi cuc|phong/.test(folded);
    if (!agency) {
      if (found !== undefined) break;
      continue;
    }
    const form = row.search(/\s+(Biểu số|Biểu mẫu|Mẫu số)(?=\s|$)/i);
    const name = (form >= 0 ? row.slice(0, form) : row).trim();
    if (name !== '') found = name;
  }
  return found;
}
