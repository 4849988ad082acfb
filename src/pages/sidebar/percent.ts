/**
 * Rates as the sidebar shows them, and targets (chỉ tiêu) back in their % fields. What a user types
 * into those fields is read by the core's `parseTargetInput`, the one rule shared with the demo's
 * flags ("80", "80%", "80,5" are percents; "0,8" asks "có phải 80%?"; "83.25" is refused). Rates are
 * shown by the core's `formatPercent` (rounding half up, as the report): the sidebar and the report
 * cannot disagree on a digit.
 *
 * @example
 * percentText(57 / 800, 'vi')   // "7,13%"
 * percentText(57 / 800, 'en')   // "7.13%"
 * percentInputText(0.8325)      // "83,25"
 */
import { formatNumber } from '../../core/numbers/formatNumber';
import { formatPercent } from '../../core/numbers/formatPercent';
import type { Lang } from './i18n';

/** Fraction → "84,88%" (vi) or "84.88%" (en): the core's two-decimal rate, in the sidebar's language. */
export function percentText(fraction: number, lang: Lang): string {
  return inLanguage(formatPercent(fraction), lang);
}

/**
 * A fraction as the % field shows it, up to 4 decimals: 0.8325 → "83,25", 0.38 → "38". Always with the
 * Vietnamese comma, in English mode too: the field reads Vietnamese numbers (parseTargetInput), so
 * what it shows must read back as the same value (0.005 → "0,5%").
 */
export function percentInputText(fraction: number | null): string {
  if (fraction === null) return '';
  const percent = formatNumber(fraction * 100, 4, true);
  // Below 1% the sign is kept: a bare "0,5" would be asked "có phải 50%?".
  return fraction > 0 && fraction < 0.01 ? `${percent}%` : percent;
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
