import { foldVietnamese } from './normalize';

/**
 * Bản không dấu (the same name typed without accents): true when `plain` is `accented` with some of its
 * accents left out and none changed — every letter is the same, or is the plain letter of the other's
 * ("tan phu" of "tân phú", "Tân Phu" too). Two different accents are two names: "Công" is not a
 * twin of "Cống", whatever their folds say. Compare normalised texts (unitKey, normalizeText): one
 * code point per letter.
 *
 * @example isUnaccentedTwin('huyện tan phu', 'huyện tân phú') // true
 * @example isUnaccentedTwin('huyện công sơn', 'huyện cống sơn') // false
 */
export function isUnaccentedTwin(plain: string, accented: string): boolean {
  if (plain.length !== accented.length || plain === accented) return false;
  for (let i = 0; i < plain.length; i++) {
    const p = plain[i]!;
    const a = accented[i]!;
    if (p !== a && (p.charCodeAt(0) > 127 || foldVietnamese(a) !== p)) return false;
  }
  return true;
}
