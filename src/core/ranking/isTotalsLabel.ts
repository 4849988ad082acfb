import { foldVietnamese, isUnaccented, normalizeText } from '../text/normalize';

/** Totals labels that may be followed by more words: "Cộng khối huyện", "Tổng cộng (I+II)". */
const PREFIXES = ['tổng cộng', 'cộng', 'toàn tỉnh', 'toàn ngành', 'tổng số', 'toàn quốc', 'toàn thành phố', 'toàn cục'];
/** Totals labels only when they stand alone ("Tổng", but not "Tổng cục …"). */
const EXACT = ['tổng'];
/** The same, without accents (for labels typed without them); kept literal: no work at load time. */
const PREFIXES_FOLDED = ['tong cong', 'cong', 'toan tinh', 'toan nganh', 'tong so', 'toan quoc', 'toan thanh pho', 'toan cuc'];
const EXACT_FOLDED = ['tong'];

/**
 * True when a row label names a totals row (dòng tổng cộng), which is never ranked: Tổng cộng,
 * Cộng, Toàn tỉnh, Toàn ngành, Tổng số, Toàn quốc, "Cộng khối huyện", "Tổng cộng (I+II)",
 * "I. Tổng cộng". Case, spacing and Unicode composition are ignored. Accents are ignored only for
 * a label written entirely without them ("TONG CONG"): a label that carries accents must carry the
 * right ones, so "Công" (as in "Công an") is never taken for "Cộng".
 *
 * @example isTotalsLabel('  TỔNG   cộng ') // true
 * @example isTotalsLabel('Chi cục THADS huyện Công Sơn') // false
 */
export function isTotalsLabel(label: unknown): boolean {
  if (typeof label !== 'string') return false;
  let text = skipToLetter(label);
  // Roman numbering "I. Tổng cộng" / "II - Cộng" is dropped.
  if (text.length > 1 && 'ivxIVX'.indexOf(text.charAt(0)) >= 0) {
    const numbered = /^[ivxIVX]+\s*[.\-):]\s*/.exec(text);
    if (numbered) text = skipToLetter(text.slice(numbered[0].length));
  }
  // Fast refusal (a 100.000-row column of names): every totals label starts with T or C followed
  // by o or an accented letter ("Tổng", "Toàn", "Cộng"), which rules out "Chi cục…", "Chấp hành viên…".
  const first = text.charCodeAt(0);
  if (first !== 84 && first !== 116 && first !== 67 && first !== 99) return false;
  const second = text.charCodeAt(1);
  if (second !== 111 && second !== 79 && !(second > 127)) return false;
  const plain = isUnaccented(text);
  const s = plain ? foldVietnamese(text, { keepPunctuation: true }) : normalizeText(text, { keepPunctuation: true });
  const prefixes = plain ? PREFIXES_FOLDED : PREFIXES;
  const exact = plain ? EXACT_FOLDED : EXACT;
  if (exact.indexOf(s) >= 0) return true;
  for (const p of prefixes) {
    if (s === p) return true;
    if (s.length > p.length && s.slice(0, p.length) === p && !isLetterCode(s.charCodeAt(p.length))) return true;
  }
  return false;
}

function skipToLetter(text: string): string {
  let i = 0;
  while (i < text.length && !isLetterCode(text.charCodeAt(i))) i++;
  return i === 0 ? text : text.slice(i);
}

/** ASCII letters and anything beyond ASCII (Vietnamese letters, combining marks). */
function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
}
