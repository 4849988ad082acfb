import { foldVietnamese, normalizeText } from './normalize';

/**
 * The level-word abbreviations of unit names (TP. = thành phố…), expanded where they start the name of
 * the place: "Chi cục THADS TP. Nam Sơn" and "Chi cục THADS thành phố Nam Sơn" are one unit.
 */
const PLACE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  tp: 'thành phố',
  tx: 'thị xã',
  tt: 'thị trấn',
  h: 'huyện',
  q: 'quận',
};

/**
 * The two spellings of a district office's name, "Chi cục THADS" and "Chi cục Thi hành án dân sự"
 * (also "Chi cục THA dân sự"), folded: the same office, so the prefix is dropped and "Huyện A" alone
 * names it too. The regional offices of the 2025 reorganisation ("Phòng THADS khu vực …") are other
 * units: their prefix is kept (in one spelling), so they never pass for a Chi cục.
 */
const CHI_CUC = [['chi', 'cuc', 'thads'], ['chi', 'cuc', 'thi', 'hanh', 'an', 'dan', 'su'], ['chi', 'cuc', 'tha', 'dan', 'su'], ['chi', 'cuc', 'tha', 'ds'], ['chi', 'cuc', 'tha']];
const PHONG = [['phong', 'thads'], ['phong', 'thi', 'hanh', 'an', 'dan', 'su'], ['phong', 'tha', 'dan', 'su'], ['phong', 'tha', 'ds']];

function startsWith(words: readonly string[], prefix: readonly string[]): boolean {
  return prefix.every((w, i) => words[i] === w);
}

/**
 * Khóa đơn vị: what makes two unit names the same unit — this year's rows and last year's (the join of
 * the comparison table and the guard that refuses another province's table), the rows of the "Chỉ tiêu"
 * sheet, the units not to rank. Ignored: case, spacing, punctuation, old/new tone placement, the
 * spelling of the district office ("Chi cục THADS" = "Chi cục Thi hành án dân sự" = nothing, "Huyện A"),
 * and the level abbreviations TP./TX./TT./H./Q. (= thành phố, thị xã, thị trấn, huyện, quận) where they
 * start the place's name. Kept: accents ("Công Sơn" and "Cống Sơn" are two units; a name typed without
 * accents is matched to its accented twin only by the comparison's join, and only when there is one:
 * see `matchUnits`), and the "Phòng THADS khu vực" prefix (a regional office of 2025 is not the Chi cục
 * of the same place).
 *
 * @example unitKey('Chi cục THADS huyện A.') === unitKey('chi cục  THADS huyện A') // true
 * @example unitKey('Chi cục THADS TP. Nam Sơn') // 'thành phố nam sơn'
 * @example unitKey('Chi cục Thi hành án dân sự huyện Hoà Bình') // 'huyện hòa bình'
 * @example unitKey('Phòng Thi hành án dân sự khu vực 1') // 'phòng thads khu vực 1'
 */
export function unitKey(label: string): string {
  let key = keys.get(label);
  if (key === undefined) {
    // Bounded: a script's execution is short, but a custom function over a huge range must not grow it without end.
    if (keys.size >= MAX_KEYS) keys.clear();
    key = keyOf(label);
    keys.set(label, key);
  }
  return key;
}

/**
 * The keys already made: a report matches the same labels again and again (each month of a series
 * against the next, the comparison table, the targets), and folding a label is the costly part — 700 units
 * × 12 months spent a quarter of a series report's time making the same keys.
 */
const keys = new Map<string, string>();
const MAX_KEYS = 50_000;

function keyOf(label: string): string {
  const words = normalizeText(label).split(' ');
  const folded = words.map((w) => foldVietnamese(w));
  const out: string[] = [];
  let at = 0;
  const chiCuc = CHI_CUC.find((p) => startsWith(folded, p) && words.length > p.length);
  const phong = chiCuc ? undefined : PHONG.find((p) => startsWith(folded, p));
  if (chiCuc) at = chiCuc.length;
  else if (phong) {
    out.push('phòng thads');
    at = phong.length;
  }
  const expanded = words.length > at + 1 ? PLACE_ABBREVIATIONS[folded[at]!] : undefined;
  if (expanded) {
    out.push(expanded);
    at++;
  }
  out.push(...words.slice(at));
  return out.join(' ');
}
