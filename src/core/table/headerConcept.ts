import { foldVietnamese, isUnaccented, normalizeText } from '../text/normalize';
import type { QuantityKey } from '../types';
import { ABBREVIATIONS, type Abbreviation } from '../vocabulary/abbreviations';
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

/** Spells out the forms' abbreviations in normalized text ("cđk" → "có điều kiện"); `used` collects those found. */
export function expandAbbreviations(normalized: string, unaccented: boolean, used?: Abbreviation[]): string {
  let s = ` ${normalized} `;
  for (const a of ABBREVIATIONS) {
    const key = unaccented ? foldVietnamese(a.short) : a.short;
    const pad = ` ${key} `;
    if (s.indexOf(pad) < 0) continue;
    used?.push(a);
    while (s.indexOf(pad) >= 0) s = s.replace(pad, ` ${unaccented ? foldVietnamese(a.long) : a.long} `);
  }
  return s;
}

/**
 * "điểm c" of a legal reference ("Hoãn theo điểm c khoản 1 Điều 48"): a point of a clause of the law,
 * never the competition points (điểm thi đua); taken out before matching, with "khoản 1", "Điều 48".
 */
const LEGAL_REFERENCE = / (?:điểm|diem) [a-zđ](?= (?:khoản|khoan|điều|dieu) )| (?:khoản|khoan|điều|dieu) \d+(?= )/g;

/**
 * What is deducted from a figure ("Số cũ chuyển sang (trừ số đã chuyển sổ theo dõi riêng)", "… sau khi
 * trừ …", "… đã trừ …"): the header names the figure net of it, so the deducted words do not decide.
 */
const DEDUCTED = / (?:sau khi |đã |da )?(?:trừ|tru) .*$/;

/** The concept of a header text, and whether it was matched without accents. */
export interface ConceptMatch {
  concept: HeaderConcept;
  /** The phrase that decided, as found. */
  phrase: string;
  /** Matched accent-blind because the text was typed without accents. */
  unaccented: boolean;
  /** The text used an abbreviation (THA, CĐK, KTS …). */
  abbreviated: boolean;
  /** The abbreviations the concept rests on: without them the text says something else, or nothing (a guess). */
  guessedFrom?: Abbreviation[];
  /** The header says what was deducted ("trừ …", "sau khi trừ", "đã trừ"): the figure is net of it. */
  net?: boolean;
}

/**
 * Khái niệm của tiêu đề: what a header cell speaks of, by the first phrase of the lexicon it
 * contains as whole words. Text with accents is matched with accents; text typed without any
 * accent is matched accent-blind (the only way "Cong" can be read, while "Công" never is "Cộng").
 * A legal reference ("điểm c khoản 1 Điều 48") and a deducted clause ("(trừ số đã chuyển sổ theo dõi
 * riêng)") do not decide. A concept reached only through an abbreviation lists it in `guessedFrom`.
 *
 * @example headerConcept('Có điều kiện thi hành')?.concept // 'enforceable'
 * @example headerConcept('Chua co dieu kien')?.concept // 'notEnforceable'
 * @example headerConcept('ĐC')?.guessedFrom?.[0].long // 'đình chỉ'
 * @example headerConcept('Ghi chú') // null
 */
export function headerConcept(text: string): ConceptMatch | null {
  let normalized = normalizeText(text);
  if (!normalized) return null;
  const unaccented = isUnaccented(normalized);
  let net = false;
  if (normalized.indexOf('tru') >= 0 || normalized.indexOf('trừ') >= 0) {
    const cut = ` ${normalized}`.replace(DEDUCTED, '').trim();
    if (cut && cut !== normalized) {
      normalized = cut;
      net = true;
    }
  }
  if (normalized.indexOf('đi') >= 0 || normalized.indexOf('di') >= 0 || normalized.indexOf('kho') >= 0) {
    normalized = ` ${normalized} `.replace(LEGAL_REFERENCE, '').replace(/ +/g, ' ').trim();
  }
  const used: Abbreviation[] = [];
  const expanded = expandAbbreviations(normalized, unaccented, used);
  const abbreviated = used.length > 0;
  const found = firstPhrase(expanded, unaccented);
  if (!found) return null;
  const match: ConceptMatch = { concept: found.concept, phrase: found.phrase, unaccented, abbreviated };
  if (abbreviated) {
    // Read again without spelling out: when the text alone says the same, the abbreviation did not decide.
    const plain = firstPhrase(` ${normalized} `, unaccented);
    if (!plain || plain.concept !== found.concept) match.guessedFrom = used;
  }
  if (net) match.net = true;
  return match;
}

function firstPhrase(padded: string, unaccented: boolean): { concept: HeaderConcept; phrase: string } | null {
  for (const p of phrases()) {
    const needle = unaccented ? p.plain : p.accented;
    if (padded.indexOf(needle) >= 0) return { concept: p.concept, phrase: needle.trim() };
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
