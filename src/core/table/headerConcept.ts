import { foldVietnamese, isUnaccented, normalizeText } from '../text/normalize';
import type { QuantityKey } from '../types';
import { ABBREVIATIONS } from '../vocabulary/abbreviations';
import { HEADER_WORDS, isHeaderWord, type HeaderWord } from '../vocabulary/headerWords';
import { quantityTerm } from '../vocabulary/quantities';

/**
 * What one header cell's text speaks of (khái niệm của tiêu đề): a quantity of domain §3 (a bare
 * "Thụ lý" is T unless a child says C or M), or one of the other header words ('generic' is "Tổng số",
 * "Cộng", "Trong đó", "Việc", "Tiền": the meaning comes from the parent header).
 */
export type HeaderConcept = QuantityKey | HeaderWord;

/**
 * Concepts in order of precedence: the first whose phrase occurs (as whole words) decides. Longer,
 * more specific phrases come before the shorter ones they contain ("chưa có điều kiện" before
 * "có điều kiện", "tạm đình chỉ" before "đình chỉ", "kỳ sau" before "chuyển sang"). The phrases
 * themselves are the vocabulary's.
 */
const PRECEDENCE: readonly HeaderConcept[] = [
  'notRanked',
  'rate',
  'score',
  'status',
  'acceptedDate',
  'completedDate',
  'amountCollected',
  'amountDue',
  'separateRegister',
  'average',
  'unfinished',
  'nextPeriod',
  'notEnforceable',
  'enforceable',
  'postponed',
  'terminated',
  'fullyEnforced',
  'completed',
  'inProgress',
  'other',
  'delegated',
  'withdrawn',
  'mustEnforce',
  'newlyAccepted',
  'carriedOver',
  'totalAccepted',
  'officers',
  'label',
  'rowNumber',
  'generic',
];

function phrasesOf(concept: HeaderConcept): readonly string[] {
  return isHeaderWord(concept) ? HEADER_WORDS[concept] : quantityTerm(concept).phrases;
}

/**
 * Phrases that, once their accents are gone, are also other words ("hoan": hoãn or hoàn; "moi": mới
 * or mỗi; "cu": cũ or cụ; "huy": hủy or huy): an unaccented header matched on one of them is a guess.
 */
export const AMBIGUOUS_UNACCENTED: Readonly<Record<string, string>> = {
  hoan: '"hoãn" hay "hoàn"',
  moi: '"mới" hay "mỗi"',
  cu: '"cũ" hay "cụ"',
  huy: '"hủy" hay "huy"',
};

interface CompiledPhrase {
  concept: HeaderConcept;
  accented: string;
  plain: string;
}

let compiled: CompiledPhrase[] | undefined;

/** Built on first use: nothing runs at load time (every custom-function call loads the bundle). */
function phrases(): CompiledPhrase[] {
  if (!compiled) {
    compiled = [];
    for (const concept of PRECEDENCE) {
      for (const p of phrasesOf(concept)) {
        compiled.push({ concept, accented: ` ${normalizeText(p)} `, plain: ` ${foldVietnamese(p)} ` });
      }
    }
  }
  return compiled;
}

/** Spells out the forms' abbreviations in normalized text ("cđk" → "có điều kiện"). */
export function expandAbbreviations(normalized: string, unaccented: boolean): string {
  let s = ` ${normalized} `;
  for (const [short, long] of ABBREVIATIONS) {
    const key = unaccented ? foldVietnamese(short) : short;
    const pad = ` ${key} `;
    while (s.indexOf(pad) >= 0) s = s.replace(pad, ` ${unaccented ? foldVietnamese(long) : long} `);
  }
  return s;
}

/** The concept of a header text, and whether it was matched without accents. */
export interface ConceptMatch {
  concept: HeaderConcept;
  /** The phrase that decided, as found. */
  phrase: string;
  /** Matched accent-blind because the text was typed without accents. */
  unaccented: boolean;
  /** The text used an abbreviation (THA, CĐK, KTS …). */
  abbreviated: boolean;
}

/**
 * Khái niệm của tiêu đề: what a header cell speaks of, by the first phrase of the lexicon it
 * contains as whole words. Text with accents is matched with accents; text typed without any
 * accent is matched accent-blind (the only way "Cong" can be read, while "Công" never is "Cộng").
 *
 * @example headerConcept('Có điều kiện thi hành')?.concept // 'enforceable'
 * @example headerConcept('Chua co dieu kien')?.concept // 'notEnforceable'
 * @example headerConcept('Ghi chú') // null
 */
export function headerConcept(text: string): ConceptMatch | null {
  const normalized = normalizeText(text);
  if (!normalized) return null;
  const unaccented = isUnaccented(normalized);
  const expanded = expandAbbreviations(normalized, unaccented);
  const abbreviated = expanded.trim() !== normalized;
  for (const p of phrases()) {
    const needle = unaccented ? p.plain : p.accented;
    if (expanded.indexOf(needle) >= 0) {
      return { concept: p.concept, phrase: needle.trim(), unaccented, abbreviated };
    }
  }
  return null;
}

/** Which measure a header text names: "việc", "tiền" (or a money unit), or neither. */
export function headerMeasure(text: string): 'viec' | 'tien' | null {
  const folded = foldVietnamese(text);
  if (!folded) return null;
  const s = ` ${folded} `;
  // Accent-blind here: "viec"/"tien" are not ambiguous with other header words.
  const tien = / tien | dong | vnd | 000 ?d /.test(s);
  const viec = / viec /.test(s);
  if (tien && !viec) return 'tien';
  if (viec && !tien) return 'viec';
  return null;
}
