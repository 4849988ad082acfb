/**
 * Bytes a string takes in UTF-8 (độ dài theo byte), as PropertiesService counts its 9 KB per value.
 * Written by hand: TextEncoder does not exist in Apps Script.
 *
 * @example utf8Length('a') // 1
 * @example utf8Length('ệ') // 3
 * @example utf8Length('😀') // 4
 */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4; // a surrogate pair is one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}
