/**
 * What a message for the user must look like (issue 6, item 1): Vietnamese, and not a raw JS error
 * leaking through. The guard's own fallback ("lỗi không mong đợi") is Vietnamese but means a bug
 * reached the user, so it fails here too: bad input must get a documented message, not the fallback.
 */

/** Letters only Vietnamese uses (with their tone marks) — any one of them marks the text as Vietnamese. */
const VIETNAMESE_LETTER = /[ăâđêôơưàáạảãằắặẳẵầấậẩẫèéẹẻẽềếệểễìíịỉĩòóọỏõồốộổỗờớợởỡùúụủũừứựửữỳýỵỷỹ]/i;

/**
 * Fragments of engine or runtime errors that must never reach a user. "NaN"/"Infinity" are not here:
 * a message may quote such a value found in the input; the generators never type them as text.
 */
const RAW_JS_ERROR =
  /\b(TypeError|ReferenceError|RangeError|SyntaxError|EvalError|InternalError)\b|Cannot read propert|Cannot set propert|undefined is not|null is not|is not a function|is not defined|is not iterable|of undefined|of null|Maximum call stack|\[object Object\]|\bundefined\b/;

/**
 * A number a formatter could not handle: a non-finite one grouped ("In.fin.ity,NaN%", "NaN,00") or an
 * exponent form grouped as if it were digits ("1e.+21").
 */
const FORMATTED_GARBAGE = /In\.fin\.ity|\d[.,]?NaN|NaN[.,%]|[.,]NaN|Infinity%|-?Infinity[.,]\d|\de\.[+-]\d/;

/** The piece of `text` that is a non-finite number run through a formatter, or null. */
export function formattedGarbage(text: string): string | null {
  const m = FORMATTED_GARBAGE.exec(text);
  return m ? m[0] : null;
}

/** The guard's wording for an unexpected exception (src/functions/guard.ts): a bug, not a message. */
const GUARD_FALLBACK = /lỗi không mong đợi/i;

/** Why `message` is not an acceptable user message, or null when it is one. */
export function messageProblem(message: unknown): string | null {
  if (typeof message !== 'string') return `not a string: ${String(message)}`;
  if (message.trim() === '') return 'empty message';
  if (!VIETNAMESE_LETTER.test(message)) return `not Vietnamese: ${message}`;
  if (GUARD_FALLBACK.test(message)) return `an unexpected exception reached the user: ${message}`;
  const garbage = FORMATTED_GARBAGE.exec(message);
  if (garbage) return `a non-finite number formatted as "${garbage[0]}" in: ${message}`;
  const raw = RAW_JS_ERROR.exec(message);
  if (raw) return `raw JS error text "${raw[0]}" in: ${message}`;
  return null;
}

/** The message of something thrown, whatever realm it came from (no instanceof across vm realms). */
export function thrownMessage(e: unknown): string {
  if (e !== null && typeof e === 'object' && typeof (e as { message?: unknown }).message === 'string') {
    return (e as { message: string }).message;
  }
  return String(e);
}

/** The constructor name of something thrown ("ThadsError", "TypeError", …), across realms. */
export function thrownName(e: unknown): string {
  if (e !== null && typeof e === 'object' && typeof (e as { name?: unknown }).name === 'string') {
    return (e as { name: string }).name;
  }
  return typeof e;
}
