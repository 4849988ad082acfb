/**
 * Makes a string written into a sheet stay text (giữ nguyên văn bản). Sheets parses what setValues()
 * writes as if it were typed: a string that starts with "=", "+", "-" or "@" becomes a formula (a unit
 * named `=IMPORTXML(…)` would run), and one made of digits and separators becomes a number or a date
 * (the rank "5/15" would become 15 May). A leading apostrophe makes Sheets store the rest as text and
 * show it without the apostrophe — so a string that itself starts with an apostrophe gets one more.
 *
 * @example asText('=IMPORTXML("x")') // "'=IMPORTXML(\"x\")"
 * @example asText('5/15') // "'5/15"
 * @example asText('TRUE') // "'TRUE"
 * @example asText('12-5') // "'12-5" (12 May in a vi_VN sheet)
 * @example asText("'Chi cục A") // "''Chi cục A"
 * @example asText('Chi cục THADS huyện A') // unchanged
 */
export function asText(text: string): string {
  return /^[=+\-@']/.test(text) || readAsValue(text) ? `'${text}` : text;
}

/**
 * True when Sheets (vi_VN) could read `text` as a value rather than text: TRUE/FALSE, or a digit
 * with no letter but an exponent's "e" — numbers, "1e5", "(5)", ",5", "$5", percentages, dates
 * such as "12-5" or "5/2024", times. Broader than Sheets on purpose: an apostrophe too many shows nothing.
 */
function readAsValue(text: string): boolean {
  const t = text.trim();
  return /^(true|false)$/i.test(t) || (/\d/.test(t) && !/[^\P{L}eE]/u.test(t));
}
