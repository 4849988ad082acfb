/**
 * Target rates as the user types them (chỉ tiêu, in %) and rates as the sidebar shows them.
 * Input is always in percent, with a Vietnamese decimal comma or a point: "80", "81,5", "83.25 %".
 * This is not the core's `parsePercent` on purpose: a sheet cell holds a fraction (0,8 or 80%) and
 * the core refuses a bare 80 there ("có phải 80%?"), while this field is labelled in percent, so a
 * bare 80 here means 80%. Rates are shown by the core's `formatPercent` (rounding half up, as the
 * report): the sidebar and the report cannot disagree on a digit.
 *
 * @example
 * parsePercentInput('81,5')     // { ok: true, value: 0.815 }
 * parsePercentInput('')         // { ok: true, value: null }   (not set)
 * parsePercentInput('120')      // { ok: false }
 * percentText(57 / 800, 'vi')   // "7,13%"
 * percentText(57 / 800, 'en')   // "7.13%"
 */
import { formatNumber } from '../../core/numbers/formatNumber';
import { formatPercent } from '../../core/numbers/formatPercent';
import type { Lang } from './i18n';

export type PercentInput = { ok: true; value: number | null } | { ok: false };

/** Percent text → fraction (0..1); blank → null; anything else (text, < 0, > 100) → not ok. */
export function parsePercentInput(text: string): PercentInput {
  const t = text.replace(/\s+/g, '').replace(/%$/, '');
  if (t === '') return { ok: true, value: null };
  if (!/^\d{1,3}([.,]\d+)?$/.test(t)) return { ok: false };
  const n = Number(t.replace(',', '.'));
  if (!(n >= 0 && n <= 100)) return { ok: false };
  // Round away binary noise: 81,5 / 100 must be 0.815, not 0.8150000000000001.
  return { ok: true, value: Math.round(n * 1e6) / 1e8 };
}

/** Fraction → "84,88%" (vi) or "84.88%" (en): the core's two-decimal rate, in the sidebar's language. */
export function percentText(fraction: number, lang: Lang): string {
  return inLanguage(formatPercent(fraction), lang);
}

/** A fraction as the input shows it, in percent, up to 4 decimals: 0.8325 → "83,25" (vi), 0.38 → "38". */
export function percentInputText(fraction: number | null, lang: Lang): string {
  if (fraction === null) return '';
  return inLanguage(formatNumber(fraction * 100, 4, true), lang);
}

/**
 * The one place the sidebar's English mode changes a number: the core writes Vietnamese marks
 * ("." thousands, "," decimals); English swaps them ("1,234.5").
 */
function inLanguage(vietnamese: string, lang: Lang): string {
  if (lang === 'vi') return vietnamese;
  let out = '';
  for (const ch of vietnamese) out += ch === '.' ? ',' : ch === ',' ? '.' : ch;
  return out;
}
