import { foldVietnamese } from '../text/normalize';

/** Label starts of a provincial office's own line (folded: no accents, lower case). */
const PROVINCIAL = ['cuc thads', 'cuc thi hanh an', 'van phong cuc', 'thads tinh', 'thads thanh pho', 'thi hanh an dan su tinh', 'co quan thads tinh', 'co quan thi hanh an dan su tinh'];
/** Label starts of district-level units (Chi cục; since 2025 phòng THADS khu vực). */
const DISTRICT = ['chi cuc', 'phong thads', 'phong thi hanh an'];

/**
 * Dòng của cơ quan cấp tỉnh: a label naming the provincial office itself ("Cục THADS tỉnh …",
 * "Văn phòng Cục THADS tỉnh", since 2025 "THADS tỉnh …"), which reports its rank among the district
 * units only ("5/15") and is not ranked with them.
 *
 * @example isProvincialOffice('THADS tỉnh Nam Sơn') // true
 * @example isProvincialOffice('Phòng THADS khu vực 1 - Nam Sơn') // false
 */
export function isProvincialOffice(label: string): boolean {
  const t = foldVietnamese(label, { keepPunctuation: true }).replace(/^\s*(\d+|[ivx]+)\s*[.\-)]\s*/, '');
  return PROVINCIAL.some((p) => t.slice(0, p.length) === p);
}

/**
 * Đơn vị cấp huyện: Chi cục THADS …, phòng THADS khu vực …
 *
 * @example isDistrictUnit('Chi cục THADS huyện Tân Phú') // true
 */
export function isDistrictUnit(label: string): boolean {
  const t = foldVietnamese(label, { keepPunctuation: true }).replace(/^\s*(\d+|[ivx]+)\s*[.\-)]\s*/, '');
  return DISTRICT.some((p) => t.slice(0, p.length) === p);
}
