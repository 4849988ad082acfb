/**
 * Folds Vietnamese text for lenient comparison (bỏ dấu): lower case, diacritics removed, đ → d,
 * runs of white space (including non-breaking spaces) collapsed to one, ends trimmed.
 * Only for matching words that cannot be confused once folded (units, kinds, settings); labels where
 * accents matter ("Cộng" vs "Công") use {@link normalizeLabel}.
 *
 * @example foldVietnamese('  Nghìn   Đồng ') // "nghin dong"
 */
export function foldVietnamese(text: string): string {
  const decomposed = text.normalize('NFD').toLowerCase();
  let out = '';
  let space = false;
  for (let i = 0; i < decomposed.length; i++) {
    const c = decomposed.charCodeAt(i);
    if (c >= 0x300 && c <= 0x36f) continue;
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0) {
      space = out.length > 0;
      continue;
    }
    if (space) {
      out += ' ';
      space = false;
    }
    out += c === 0x111 ? 'd' : decomposed.charAt(i);
  }
  return out;
}

/**
 * Normalizes a label without losing its accents: NFC (so precomposed and combining forms compare
 * equal), lower case, white space collapsed and trimmed.
 *
 * @example normalizeLabel(' TỔNG  Cộng ') // "tổng cộng"
 */
export function normalizeLabel(text: string): string {
  const lower = text.normalize('NFC').toLowerCase();
  let out = '';
  let space = false;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0) {
      space = out.length > 0;
      continue;
    }
    if (space) {
      out += ' ';
      space = false;
    }
    out += lower.charAt(i);
  }
  return out;
}

/** True when the text has no letter outside ASCII (written without accents: "Tong cong"). */
export function isUnaccented(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}
