import { normalizeText } from '../text/normalize';
import { decimalValue, readDecimal } from './readDecimal';
import { bareRemainderReason, type BareRemainder } from './bareRemainderReason';

/** What a figure written in a report means. */
export interface VietnameseNumber {
  /** The value: a count, an amount in đồng, or a fraction for a percentage (79,32% → 0.7932). */
  value: number;
  /** The hedge word kept as written ("gần", "hơn", "trên", "khoảng", "dưới", "xấp xỉ"), else null. */
  hedge: string | null;
  /** money: "đồng" or a money scale word was written; percent: "%"; count: "việc"; else number. */
  kind: 'money' | 'percent' | 'count' | 'number';
}

export type ParsedVietnameseNumber = ({ ok: true } & VietnameseNumber) | { ok: false; reason: string };

/** Longest first, so that "gần như" is not read as "gần" followed by a stray word. */
const HEDGES = ['gần như', 'xấp xỉ', 'chưa đến', 'gần', 'hơn', 'trên', 'khoảng', 'dưới', 'tới', 'ước', 'gan', 'hon', 'tren', 'khoang', 'duoi'];
/** Scale words (hàng đơn vị) as powers of ten. */
const SCALES: Record<string, number> = {
  'trăm': 2, tram: 2,
  'nghìn': 3, 'ngàn': 3, nghin: 3, ngan: 3,
  'triệu': 6, trieu: 6,
  'tỷ': 9, 'tỉ': 9, ty: 9, ti: 9,
};
const MONEY_WORDS = ['đồng', 'đ', 'vnđ', 'vnd', 'dong'];
const COUNT_WORDS = ['việc', 'viec', 'vụ', 'vu'];

/**
 * Reads a figure as Vietnamese reports write it (đọc số trong văn bản): "4.555", "79,32%",
 * "406,5 tỷ đồng", "1.431.146.957 nghìn đồng", "168.182 tỷ 330 triệu 867 nghìn đồng",
 * "1 nghìn 4 trăm tỷ đồng", "gần 9 nghìn việc", "hơn 212 tỷ", "trên 84,88%".
 *
 * Scale words multiply everything written since the last larger scale word, as in speech:
 * "1 nghìn 4 trăm tỷ" = (1 nghìn + 4 trăm) tỷ = 1.400 tỷ. Every number after a scale word needs a
 * scale word of its own ("1 tỷ 200 triệu"): a bare one ("1 tỷ 2", "12 tỷ 500", "3 triệu 5") means
 * 1,2 tỷ in speech and 1.000.000.002 literally, so it is refused with both ways to write it
 * (bareRemainderReason); a last group written in full ("1 nghìn 200") means the same either way. Money comes back in đồng. Digits follow
 * readDecimal's convention ("." thousands, "," decimals; an ambiguous "4.5" is refused).
 * The decimal point is shifted exactly, so "79,32 tỷ" is 79.320.000.000, not 79.319.999.999,99.
 *
 * @example parseVietnameseNumber('406,5 tỷ đồng') // { ok: true, value: 406500000000, hedge: null, kind: 'money' }
 * @example parseVietnameseNumber('gần 9 nghìn việc') // { ok: true, value: 9000, hedge: 'gần', kind: 'count' }
 */
export function parseVietnameseNumber(text: string): ParsedVietnameseNumber {
  const words = splitWords(text);
  if (words.length === 0) return { ok: false, reason: 'ô trống' };
  let hedge: string | null = null;
  let start = 0;
  for (const h of HEDGES) {
    const parts = h.split(' ');
    if (parts.every((p, k) => words[k] === p)) {
      hedge = h;
      start = parts.length;
      break;
    }
  }
  // Terms already multiplied by their scale, each with that scale's exponent; the pending number.
  const terms: { value: number; exponent: number }[] = [];
  let pending: { negative: boolean; digits: string; decimals: number } | null = null;
  let percent = false;
  let money = false;
  let count = false;
  let numbers = 0;
  let scaleWords = 0;
  let unitSeen = false;
  // Where the pending number and the last scale word are, to explain a bare remainder.
  let pendingAt = -1;
  let lastScale: Omit<BareRemainder, 'remainder'> | null = null;
  for (let k = start; k < words.length; k++) {
    let w = words[k]!;
    if (unitSeen) return notAFigure(text);
    const exponent = Object.prototype.hasOwnProperty.call(SCALES, w) ? SCALES[w] : undefined;
    if (exponent !== undefined) {
      let sum = 0;
      lastScale = { number: pending ? pendingAt : -1, scale: k, exponent };
      if (pending) {
        // The pending number times this scale, shifted exactly.
        sum = decimalValue(pending, exponent);
        pending = null;
      } else if (terms.length === 0 || terms[terms.length - 1]!.exponent >= exponent) {
        return notAFigure(text);
      }
      while (terms.length > 0 && terms[terms.length - 1]!.exponent < exponent) {
        sum += terms.pop()!.value * Math.pow(10, exponent);
      }
      terms.push({ value: sum, exponent });
      scaleWords++;
      continue;
    }
    if (MONEY_WORDS.indexOf(w) >= 0) {
      money = true;
      unitSeen = true;
      continue;
    }
    if (COUNT_WORDS.indexOf(w) >= 0) {
      count = true;
      unitSeen = true;
      continue;
    }
    if (w === '%') {
      percent = true;
      unitSeen = true;
      continue;
    }
    let attachedPercent = false;
    let attachedMoney = false;
    if (w.length > 1 && w.charCodeAt(w.length - 1) === 37) {
      attachedPercent = true;
      w = w.slice(0, -1);
    } else if (w.length > 1 && w.endsWith('đ')) {
      attachedMoney = true;
      w = w.slice(0, -1);
    }
    if (pending) return notAFigure(text);
    const d = readDecimal(w);
    if (!d.ok) return numbers === 0 && !isDigitStart(w) ? notAFigure(text) : { ok: false, reason: d.reason };
    pending = d;
    pendingAt = k;
    numbers++;
    if (attachedPercent) {
      percent = true;
      unitSeen = true;
    }
    if (attachedMoney) {
      money = true;
      unitSeen = true;
    }
  }
  if (numbers === 0) return notAFigure(text);
  if (percent && scaleWords > 0) return notAFigure(text);
  let value = 0;
  for (const t of terms) value += t.value;
  if (pending) value += decimalValue(pending, percent ? -2 : 0);
  const ambiguous = pending && lastScale ? bareRemainderReason(text, words, { ...lastScale, remainder: pendingAt }, value) : null;
  if (ambiguous) return { ok: false, reason: ambiguous };
  const kind = percent ? 'percent' : money ? 'money' : count ? 'count' : scaleWords > 0 && maxScale(terms) >= 6 ? 'money' : 'number';
  return { ok: true, value, hedge, kind };
}

function maxScale(terms: { exponent: number }[]): number {
  let m = 0;
  for (const t of terms) if (t.exponent > m) m = t.exponent;
  return m;
}

function isDigitStart(w: string): boolean {
  const c = w.charCodeAt(0);
  return (c >= 48 && c <= 57) || c === 45 || c === 43 || c === 0x2212;
}

/** Normalised words (punctuation kept); "%" split off when written apart; trailing punctuation dropped. */
function splitWords(text: string): string[] {
  const out: string[] = [];
  for (const raw of normalizeText(text, { keepPunctuation: true }).split(' ')) {
    let w = raw;
    while (w.length > 0 && ',;:.)'.indexOf(w.charAt(w.length - 1)) >= 0) {
      w = w.slice(0, -1);
    }
    while (w.length > 0 && w.charAt(0) === '(') w = w.slice(1);
    if (w !== '') out.push(w);
  }
  return out;
}

function notAFigure(text: string): ParsedVietnameseNumber {
  return { ok: false, reason: `"${text.trim()}" không phải là một con số` };
}
