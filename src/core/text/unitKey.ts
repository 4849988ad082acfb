import { normalizeText } from './normalize';

/**
 * Khóa đơn vị: what makes two unit names the same unit — this year's rows and last year's (the join of
 * the comparison table and the guard that refuses another province's table), the rows of the "Chỉ tiêu"
 * sheet, the units not to rank. Case, spacing, punctuation and old/new tone placement are ignored;
 * accents are not ("Công Sơn" and "Cống Sơn" are two units). Spellings of one name ("TP." and
 * "thành phố") are to be taught here, so that every comparison learns them at once.
 *
 * @example unitKey('Chi cục THADS huyện A.') === unitKey('chi cục  THADS huyện A') // true
 * @example unitKey('Chi cục THADS huyện Hoà Bình') // 'chi cục thads huyện hòa bình'
 */
export function unitKey(label: string): string {
  return normalizeText(label);
}
