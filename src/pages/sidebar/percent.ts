/**
 * Target rates as the user types them (chỉ tiêu, in %) and rates as the sidebar shows them.
 * Input is always in percent, with a Vietnamese decimal comma or a point: "80", "81,5", "83.25 %".
 *
 * @example
 * parsePercentInput('81,5')     // { ok: true, value: 0.815 }
 * parsePercentInput('')         // { ok: true, value: null }   (not set)
 * parsePercentInput('120')      // { ok: false }
 * formatPercent(0.84884, 'vi')  // "84,88%"
 */
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

/** Fraction → "84,88%" (vi) or "84.88%" (en), two decimals as the agencies write rates. */
export function formatPercent(fraction: number, lang: Lang): string {
  const s = (Math.round(fraction * 10000) / 100).toFixed(2);
  return `${lang === 'vi' ? s.replace('.', ',') : s}%`;
}

/** A fraction as the input shows it, in percent: 0.8325 → "83,25" (vi). */
export function percentInputText(fraction: number | null, lang: Lang): string {
  if (fraction === null) return '';
  const s = String(Math.round(fraction * 1e6) / 1e4);
  return lang === 'vi' ? s.replace('.', ',') : s;
}
