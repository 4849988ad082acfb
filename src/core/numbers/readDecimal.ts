/**
 * A number written as text the Vietnamese way, read exactly: its digits and how many of them are
 * decimals, so that callers can shift the decimal point (×10^9 for "tỷ", ÷100 for "%") without
 * float noise.
 */
export type DecimalText =
  | { ok: true; negative: boolean; digits: string; decimals: number }
  | { ok: false; reason: string };

/**
 * Reads "4.555", "1.431.146.957", "79,32", "-12", "1.234,5" (số viết kiểu Việt Nam).
 *
 * The convention is Vietnamese first, and never guessed: "." only groups thousands and "," is the
 * decimal mark. So "1.234" is 1234 and "1,234" is 1,234 (one point two three four). A "." that
 * cannot be a thousands separator ("4.5", "79.32", "1.23.456") is refused rather than read the
 * English way, because reading it either way could give a number that looks right and is not;
 * likewise two "," ("1,234,567", English grouping) and "," before "." ("1,234.5").
 *
 * @example readDecimal('1.431.146.957') // { ok: true, negative: false, digits: '1431146957', decimals: 0 }
 * @example readDecimal('79,32') // { ok: true, negative: false, digits: '7932', decimals: 2 }
 */
export function readDecimal(text: string): DecimalText {
  const s = text.trim();
  let i = 0;
  let negative = false;
  const first = s.charCodeAt(0);
  if (first === 45 || first === 0x2212) {
    negative = true;
    i = 1;
  } else if (first === 43) i = 1;
  let digits = '';
  let decimals = 0;
  let dots = 0;
  let comma = false;
  let group = 0;
  let ambiguous = false;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      digits += s.charAt(i);
      group++;
      if (comma) decimals++;
    } else if (c === 46) {
      if (comma || group === 0) return notNumber(text);
      if (dots === 0 ? group > 3 : group !== 3) ambiguous = true;
      dots++;
      group = 0;
    } else if (c === 44) {
      if (comma || group === 0) return comma ? englishGrouping(text) : notNumber(text);
      if (dots > 0 && group !== 3) ambiguous = true;
      comma = true;
      group = 0;
    } else {
      return notNumber(text);
    }
  }
  if (group === 0) return notNumber(text);
  if (dots > 0 && !comma && group !== 3) ambiguous = true;
  if (ambiguous) {
    return {
      ok: false,
      reason:
        `"${text.trim()}" không rõ: trong số viết kiểu Việt Nam dấu "." ngăn cách hàng nghìn (4.555) ` +
        `và dấu "," là dấu thập phân (79,32); hãy viết lại số cho đúng một kiểu`,
    };
  }
  return { ok: true, negative, digits, decimals };
}

/** The value of a read decimal shifted by 10^exponent, correctly rounded. */
export function decimalValue(d: { negative: boolean; digits: string; decimals: number }, exponent = 0): number {
  const v = Number(d.digits + 'e' + (exponent - d.decimals));
  return d.negative && v !== 0 ? -v : v;
}

function notNumber(text: string): DecimalText {
  return { ok: false, reason: `"${text.trim()}" không phải là số` };
}

function englishGrouping(text: string): DecimalText {
  return {
    ok: false,
    reason: `"${text.trim()}" không rõ: có nhiều dấu ","; số viết kiểu Việt Nam dùng "." ngăn cách hàng nghìn (1.234.567)`,
  };
}
