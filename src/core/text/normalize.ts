/**
 * The one text normaliser of the add-on (chuẩn hóa chữ): every comparison of what a user typed —
 * headers, unit names, statuses, option names, money units — goes through `normalizeText`, or through
 * `foldVietnamese` (the same, then without accents) where accents cannot matter.
 */

/**
 * Old-style tone placement ("hoà", "uỷ") and new-style ("hòa", "ủy") are both common in sheets; they
 * are different code points, so the old style is folded to the new before matching. The two styles
 * differ only where oa, oe, uy end the syllable: "hoàn", "khoảng", "huỳnh" are written alike in both and
 * are left alone, as is "quý" (the u belongs to qu).
 */
const NEW_STYLE: Readonly<Record<string, string>> = {
  'oà': 'òa', 'oá': 'óa', 'oả': 'ỏa', 'oã': 'õa', 'oạ': 'ọa',
  'oè': 'òe', 'oé': 'óe', 'oẻ': 'ỏe', 'oẽ': 'õe', 'oẹ': 'ọe',
  'uỳ': 'ùy', 'uý': 'úy', 'uỷ': 'ủy', 'uỹ': 'ũy', 'uỵ': 'ụy',
};
const OLD_STYLE = /(?<!q)(?:o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ])(?![0-9a-z\u00c0-\u024f\u1e00-\u1eff])/g;

/** Anything that is not a digit or a (Vietnamese) letter separates words. */
const NON_WORD = /[^0-9a-z\u00c0-\u024f\u1e00-\u1eff]+/g;
/** Runs of white space, the non-breaking space of pasted text included. */
const SPACES = /\s+/g;

export interface NormalizeOptions {
  /**
   * Keep punctuation, collapsing only white space: for texts where a ".", "/", "%", ":" or "(" carries
   * meaning ("1.000 đồng", "6T/2019", "Đơn vị tính:", kind "%", "I. Tổng cộng").
   */
  keepPunctuation?: boolean;
}

/**
 * Chuẩn hóa chữ (normalize text) for matching: Unicode NFC, lower case, tone marks placed the new way,
 * punctuation and runs of white space turned into one space, ends trimmed. Accents are kept: "cộng"
 * and "công" must stay different words.
 *
 * @example normalizeText('  Thi hành  XONG (2)') // 'thi hành xong 2'
 * @example normalizeText('Uỷ thác') // 'ủy thác'
 * @example normalizeText(' Đơn vị tính:  1.000 đồng', { keepPunctuation: true }) // 'đơn vị tính: 1.000 đồng'
 */
export function normalizeText(text: string, opts?: NormalizeOptions): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(OLD_STYLE, (old) => NEW_STYLE[old] as string)
    .replace(opts?.keepPunctuation ? SPACES : NON_WORD, ' ')
    .trim();
}

/**
 * Bỏ dấu (fold Vietnamese): {@link normalizeText}, then diacritics removed and đ → d. Only for words
 * that cannot be confused once folded (units, kinds, settings, text typed without accents); where
 * accents matter ("Cộng" vs "Công") compare {@link normalizeText}.
 *
 * @example foldVietnamese('  Nghìn   Đồng ') // 'nghin dong'
 * @example foldVietnamese('Đơn vị tính: 1.000 đ', { keepPunctuation: true }) // 'don vi tinh: 1.000 d'
 */
export function foldVietnamese(text: string, opts?: NormalizeOptions): string {
  return normalizeText(text, opts).normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd');
}

/**
 * True when the text has no letter outside ASCII (typed without accents: "Tong cong"): only such text
 * is matched accent-blind, so that "Công" (accented, another word) never passes for "Cộng".
 *
 * @example isUnaccented('thi hanh xong') // true
 * @example isUnaccented('công') // false
 */
export function isUnaccented(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}
