/**
 * Old-style tone placement ("hoà", "uỷ") and new-style ("hòa", "ủy") are both common in sheets;
 * they are different code points, so both are folded to the new style before matching.
 */
const TONE_PLACEMENT: ReadonlyArray<readonly [string, string]> = [
  ['oà', 'òa'], ['oá', 'óa'], ['oả', 'ỏa'], ['oã', 'õa'], ['oạ', 'ọa'],
  ['oè', 'òe'], ['oé', 'óe'], ['oẻ', 'ỏe'], ['oẽ', 'õe'], ['oẹ', 'ọe'],
  ['uỳ', 'ùy'], ['uý', 'úy'], ['uỷ', 'ủy'], ['uỹ', 'ũy'], ['uỵ', 'ụy'],
];

/** Anything that is not a digit or a (Vietnamese) letter separates words. */
const NON_WORD = /[^0-9a-z\u00c0-\u024f\u1e00-\u1eff]+/g;

/**
 * Chuẩn hóa chữ (normalize text) for matching headers and labels: Unicode NFC, lower case,
 * tone marks placed the new way, punctuation and runs of spaces turned into one space.
 * Accents are kept: "cộng" and "công" must stay different words.
 *
 * @example normalizeText('  Thi hành  XONG (2)') // 'thi hành xong 2'
 * @example normalizeText('Uỷ thác') // 'ủy thác'
 */
export function normalizeText(text: string): string {
  let s = text.normalize('NFC').toLowerCase();
  for (const [from, to] of TONE_PLACEMENT) {
    if (s.indexOf(from) >= 0) s = s.split(from).join(to);
  }
  return s.replace(NON_WORD, ' ').trim();
}

/**
 * Bỏ dấu (strip accents): the form a header typed without accents is compared in.
 *
 * @example stripAccents('đình chỉ') // 'dinh chi'
 */
export function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/**
 * True when normalized text is plain ASCII, i.e. typed without accents: only such text is matched
 * accent-blind, so that "Công" (accented, another word) never passes for "Cộng".
 *
 * @example isUnaccented('thi hanh xong') // true
 * @example isUnaccented('công') // false
 */
export function isUnaccented(text: string): boolean {
  return !/[^\x00-\x7f]/.test(text);
}
