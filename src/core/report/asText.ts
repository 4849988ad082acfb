/**
 * Makes a string written into a sheet stay text (giữ nguyên văn bản). Sheets parses what setValues()
 * writes as if it were typed: a string that starts with "=", "+", "-" or "@" becomes a formula (a unit
 * named `=IMPORTXML(…)` would run), and one made of digits and separators becomes a number or a date
 * (the rank "5/15" would become 15 May). A leading apostrophe makes Sheets store the rest as text and
 * show it without the apostrophe — so a string that itself starts with an apostrophe gets one more.
 *
 * @example asText('=IMPORTXML("x")') // "'=IMPORTXML(\"x\")"
 * @example asText('5/15') // "'5/15"
 * @example asText("'Chi cục A") // "''Chi cục A"
 * @example asText('Chi cục THADS huyện A') // unchanged
 */
export function asText(text: string): string {
  return /^[=+\-@']/.test(text) || /^\s*\d[\d\s.,/:%]*$/.test(text) ? `'${text}` : text;
}
