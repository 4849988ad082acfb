import { utf8Length } from './utf8Length';

/** PropertiesService keeps at most 9 KB per value; a little is left for safety. */
export const MAX_VALUE_BYTES = 9000;

/**
 * Splits a string into pieces of at most `maxBytes` UTF-8 bytes each (chia nhỏ giá trị), never inside a
 * surrogate pair, so that settings larger than one property value can still be saved.
 *
 * @example splitByBytes('abcdef', 4) // ["abcd", "ef"]
 */
export function splitByBytes(text: string, maxBytes: number = MAX_VALUE_BYTES): string[] {
  const pieces: string[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length;
    const width = utf8Length(text.slice(i, pair ? i + 2 : i + 1));
    if (bytes + width > maxBytes) {
      pieces.push(text.slice(start, i));
      start = i;
      bytes = 0;
    }
    bytes += width;
    i += pair ? 2 : 1;
  }
  if (start < text.length || pieces.length === 0) pieces.push(text.slice(start));
  return pieces;
}
