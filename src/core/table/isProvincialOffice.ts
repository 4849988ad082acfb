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
  if (!mayBeProvincial(label)) return false;
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

/**
 * A cheap refusal before folding (a 50.000-row table folds no "Chi cục …" label): every provincial
 * start begins "cu", "co", "va" or "th". A label whose first two characters are plain ASCII and
 * cannot begin a numbering ("12. ", "IV - ": a digit, a space, i, v or x) folds to those same two
 * letters, lower-cased; anything else (an accent, a space, a numbering) is left to the full check.
 *
 * @example mayBeProvincial('Chi cục THADS huyện A') // false
 * @example mayBeProvincial('Cục THADS tỉnh A') // true (not plain ASCII: checked in full)
 */
function mayBeProvincial(label: string): boolean {
  const a = label.charCodeAt(0) | 32;
  const b = label.charCodeAt(1) | 32;
  if (label.length < 2 || label.charCodeAt(0) > 127 || label.charCodeAt(1) > 127) return true;
  // A digit, white space or a roman numeral letter may start a numbering the full check removes.
  if (!(a >= 97 && a <= 122) || a === 105 || a === 118 || a === 120) return true;
  return (a === 99 && (b === 117 || b === 111)) || (a === 116 && b === 104);
}
