import { isUnaccented, normalizeText, stripAccents } from './normalizeText';

/**
 * What one header cell's text speaks of (khái niệm của tiêu đề). Most are quantities of domain §3;
 * 'accepted' is a bare "Thụ lý" (T unless a child says C or M), 'generic' is "Tổng số", "Cộng",
 * "Trong đó", "Việc", "Tiền" (the meaning comes from the parent header).
 */
export type HeaderConcept =
  | 'carriedOver'
  | 'separateRegister'
  | 'newlyAccepted'
  | 'accepted'
  | 'delegated'
  | 'withdrawn'
  | 'mustEnforce'
  | 'enforceable'
  | 'notEnforceable'
  | 'postponed'
  | 'fullyEnforced'
  | 'terminated'
  | 'inProgress'
  | 'other'
  | 'completed'
  | 'nextPeriod'
  | 'officers'
  | 'rate'
  | 'score'
  | 'notRanked'
  | 'label'
  | 'rowNumber'
  | 'status'
  | 'acceptedDate'
  | 'completedDate'
  | 'amountDue'
  | 'amountCollected'
  | 'unfinished'
  | 'average'
  | 'generic';

/**
 * Abbreviations used in the forms (THA, CĐK, CCĐK, TĐC, CHV, KTS), spelled out before matching.
 * KTS is read as "kỳ trước sang" (carried over) — an inference, hence the lower confidence.
 */
const ABBREVIATIONS: ReadonlyArray<readonly [string, string]> = [
  ['ccđk', 'chưa có điều kiện'],
  ['cđk', 'có điều kiện'],
  ['đk', 'điều kiện'],
  ['tđc', 'tạm đình chỉ'],
  ['tha', 'thi hành án'],
  ['thads', 'thi hành án dân sự'],
  ['chv', 'chấp hành viên'],
  ['kts', 'kỳ trước chuyển sang'],
  ['qđ', 'quyết định'],
];

/**
 * Phrases in order of precedence: the first that occurs (as whole words) decides. Longer,
 * more specific phrases come before the shorter ones they contain ("chưa có điều kiện" before
 * "có điều kiện", "tạm đình chỉ" before "đình chỉ", "kỳ sau" before "chuyển sang").
 */
const PHRASES: ReadonlyArray<readonly [HeaderConcept, readonly string[]]> = [
  ['notRanked', ['không xếp hạng', 'không tính xếp hạng', 'ngoài xếp hạng']],
  ['rate', ['tỷ lệ', 'tỉ lệ']],
  ['score', ['điểm', 'tổng điểm', 'điểm thi đua']],
  ['status', ['trạng thái', 'tình trạng']],
  ['acceptedDate', ['ngày thụ lý', 'ngày ra quyết định thi hành', 'ngày quyết định thi hành', 'ngày nhận']],
  ['completedDate', ['ngày xong', 'ngày kết thúc', 'ngày thi hành xong', 'ngày giải quyết xong', 'ngày đình chỉ']],
  ['amountCollected', ['số tiền đã thu', 'đã thu', 'thu được']],
  ['amountDue', ['phải thu']],
  ['separateRegister', ['theo dõi riêng', 'sổ theo dõi riêng']],
  ['average', ['bình quân', 'trung bình', 'mỗi chấp hành viên']],
  ['unfinished', ['chưa xong', 'chưa giải quyết', 'chưa thi hành xong', 'chưa giải quyết xong']],
  ['nextPeriod', ['chuyển kỳ sau', 'kỳ sau', 'năm sau', 'chuyển sang kỳ sau', 'còn lại chuyển']],
  ['notEnforceable', ['chưa có điều kiện', 'không có điều kiện', 'chưa đủ điều kiện']],
  ['enforceable', ['có điều kiện']],
  ['postponed', ['tạm đình chỉ', 'hoãn', 'tạm dừng']],
  ['terminated', ['đình chỉ']],
  ['fullyEnforced', ['thi hành xong', 'thi hành án xong', 'thực hiện xong']],
  ['completed', ['giải quyết xong', 'đã giải quyết', 'xong']],
  ['inProgress', ['đang thi hành', 'đang giải quyết', 'đang tổ chức thi hành']],
  ['other', ['trường hợp khác', 'lý do khác', 'khác']],
  ['delegated', ['ủy thác']],
  ['withdrawn', ['thu hồi', 'hủy quyết định', 'hủy', 'rút lên', 'rút']],
  ['mustEnforce', ['phải thi hành', 'phải thi hành án']],
  ['newlyAccepted', ['thụ lý mới', 'mới']],
  ['carriedOver', ['năm trước chuyển sang', 'kỳ trước chuyển sang', 'chuyển sang', 'số cũ', 'cũ']],
  ['accepted', ['tổng số thụ lý', 'tổng thụ lý', 'thụ lý', 'tổng số giải quyết']],
  ['officers', ['chấp hành viên', 'số chấp hành viên']],
  ['label', ['đơn vị', 'tên đơn vị', 'họ và tên', 'họ tên', 'cơ quan', 'chi cục', 'phòng', 'người thực hiện']],
  ['rowNumber', ['stt', 'số thứ tự', 'tt']],
  ['generic', ['tổng số', 'tổng cộng', 'tổng', 'cộng', 'trong đó', 'việc', 'tiền', 'số việc', 'số tiền', 'đồng', 'số lượng', 'về việc', 'về tiền']],
];

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
    for (const [concept, list] of PHRASES) {
      for (const p of list) {
        const accented = ` ${normalizeText(p)} `;
        compiled.push({ concept, accented, plain: stripAccents(accented) });
      }
    }
  }
  return compiled;
}

/** Spells out the forms' abbreviations in normalized text ("cđk" → "có điều kiện"). */
export function expandAbbreviations(normalized: string, unaccented: boolean): string {
  let s = ` ${normalized} `;
  for (const [short, long] of ABBREVIATIONS) {
    const key = unaccented ? stripAccents(short) : short;
    const pad = ` ${key} `;
    while (s.indexOf(pad) >= 0) s = s.replace(pad, ` ${unaccented ? stripAccents(long) : long} `);
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
  const n = normalizeText(text);
  if (!n) return null;
  const s = ` ${isUnaccented(n) ? n : stripAccents(n)} `;
  // Accent-blind here: "viec"/"tien" are not ambiguous with other header words.
  const tien = / tien | dong | vnd | 000 ?d /.test(s);
  const viec = / viec /.test(s);
  if (tien && !viec) return 'tien';
  if (viec && !tien) return 'viec';
  return null;
}
