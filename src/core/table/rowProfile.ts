import type { CellValue } from '../types';
import { headerConcept } from './headerConcept';
import { mayBeFigure, readQuantity } from './readQuantity';

/** What a row of the grid looks like, before anything is known about the table. */
export interface RowProfile {
  nonEmpty: number;
  /** Cells that read as numbers (numbers or Vietnamese number text). */
  numeric: number;
  /** Cells with text that is not a number. */
  text: number;
  /** Cells whose text names a header concept other than 'generic'; counted on rows without figures only. */
  concepts: number;
  /** A row of column numbers "(1) (2) (3)…", "A B 1 2 3", with formula hints "4 = 5 + 6". */
  numberRow: boolean;
  /** A title line ("BÁO CÁO …", "Đơn vị tính: …", "Biểu số …", "VỀ TIỀN"): one text cell naming no quantity. */
  title: boolean;
}

/** "(1)", "A", "(A)", "4=5+6", "(4)=(5)+(6)", "(4=5+6)": a mark that only a column-number row holds. */
const STRONG_MARK = /^(\(\s*(\d{1,3}|[a-dA-D])\s*\)|[A-D]|\(?\s*\(?\s*\d{1,3}\s*\)?(\s*[=+\-]\s*\(?\s*\d{1,3}\s*\)?)+\s*\)?)$/;
/** The column's own number at the start of a mark: "(2)" and "2 = 3 + 4" are column 2. */
const LEADING_NUMBER = /^\(?\s*(\d{1,3})/;
/** Read once at load: in the local runtime (a Node vm context) each lookup of a global costs about 0,2 µs, per cell here. */
const { isInteger } = Number;
const TITLE_WORDS = /(báo cáo|biểu số|biểu mẫu|đơn vị tính|kèm theo|ban hành|đơn vị báo cáo|đơn vị nhận|cộng hòa|độc lập)/i;

/**
 * Hồ sơ của một dòng: counts a row's numbers, texts and header words, and tells a column-number
 * row and a title line apart from a header row.
 *
 * @example rowProfile(['(1)', '(2)', '(3)']).numberRow // true
 * @example rowProfile(['Chi cục THADS huyện A', 120, 80]).numeric // 2
 */
export function rowProfile(row: readonly CellValue[]): RowProfile {
  let nonEmpty = 0;
  let numeric = 0;
  let text = 0;
  let marks = 0;
  let ints = 0;
  let sequence = 0;
  let lastInt: number | null = null;
  for (let i = 0; i < row.length; i++) {
    const v = row[i];
    if (v === '' || v === null || v === undefined) continue;
    nonEmpty++;
    // A number cell needs no text work: the common case of a 50.000-row table, read without allocating.
    if (typeof v === 'number') {
      if (v - v !== 0) continue; // NaN, ±Infinity: neither a figure nor text
      numeric++;
      // "(1)" typed in Sheets is −1 (accounting notation): a column-number row "(1) | (2) | (3)" reaches
      // us as −1, −2, −3, so its numbering is read from the magnitude.
      const n = v < 0 ? -v : v;
      if (isInteger(n) && n > 0 && n < 200) {
        ints++;
        if (lastInt !== null && n === lastInt + 1) sequence++;
        lastInt = n;
      }
      continue;
    }
    const t = typeof v === 'string' ? v.trim() : '';
    const mark = t !== '' && STRONG_MARK.test(t);
    if (mark) {
      marks++;
      // "2 = 3 + 4" between 1 and 3 continues the numbering ("A | 1 | 2 = 3 + 4 | 3 | 4").
      const lead = LEADING_NUMBER.exec(t);
      if (lead) {
        const n = +(lead[1] as string);
        if (lastInt !== null && n === lastInt + 1) sequence++;
        lastInt = n;
      }
    }
    const q = t && mayBeFigure(t) ? readQuantity(t) : null;
    if (q && q.ok && q.value !== null) {
      numeric++;
      if (isInteger(q.value) && q.value > 0 && q.value < 200 && !mark) {
        ints++;
        if (lastInt !== null && q.value === lastInt + 1) sequence++;
        lastInt = q.value;
      }
      continue;
    }
    if (t && !mark) text++;
  }
  // Header words and title words only matter on a row without figures (a header, a title line):
  // a unit's row names a unit, so its label is not looked up as a header.
  let concepts = 0;
  let titleWords = false;
  if (numeric === 0 && text > 0) {
    for (let i = 0; i < row.length; i++) {
      const v = row[i];
      const t = typeof v === 'string' ? v.trim() : '';
      if (!t || STRONG_MARK.test(t)) continue;
      if (TITLE_WORDS.test(t)) titleWords = true;
      const c = headerConcept(t);
      if (c && c.concept !== 'generic') concepts++;
    }
  }
  // Plain 1, 2, 3, … in consecutive cells is the column-number row, not a unit's figures.
  const intsInSequence = ints >= 2 && sequence >= ints - 1;
  // No word in it: a unit's row (its name beside figures that happen to be 2, 3, 4) is never one.
  const numberRow =
    nonEmpty >= 3 && text === 0 && marks + (intsInSequence ? ints : 0) >= nonEmpty - 1 && (marks >= 2 || (intsInSequence && ints >= 3));
  const title = !numberRow && text >= 1 && numeric === 0 && (titleWords || (nonEmpty === 1 && concepts === 0));
  return { nonEmpty, numeric, text, concepts, numberRow, title };
}

/** A row of figures: two numbers or more, and not the column-number row. */
export function isDataRow(p: RowProfile): boolean {
  return p.numeric >= 2 && !p.numberRow;
}
