/** Sheets' default row height in pixels (Arial 10): one line of text. */
export const DEFAULT_ROW_HEIGHT = 21;

/** Height of one more line of wrapped Arial 10 text in Sheets, in pixels. */
const LINE_HEIGHT = 17;

/** Padding Sheets keeps inside a cell on each side, in pixels. */
export const CELL_PADDING = 4;

/** How much wider bold Arial is than regular, about. */
const BOLD_SCALE = 1.08;

/**
 * Width in pixels of a character of Arial 10 (13⅓ px) as Sheets draws it, rounded up by kind of letter
 * (độ rộng ký tự ước lượng): Vietnamese letters are as wide as their base letter, marks taking no room;
 * accented narrow letters ("í") are taken as wide as "a", on the safe side.
 */
function charWidth(ch: string): number {
  if (ch === ' ') return 3.8;
  if ("iljtfrI.,;:!|'()[]-".includes(ch)) return 4.5;
  if ('mwMW%'.includes(ch)) return 11.5;
  if (ch >= '0' && ch <= '9') return 7.5;
  // Any capital, accented or not ("Đ", "Ấ"), as the widest common capitals; any other letter as "a".
  if (ch !== ch.toLowerCase()) return 9.7;
  return 7.2;
}

/**
 * charWidth by UTF-16 code, built on first use: a report measures every cell and paragraph (700 units'
 * sentences are ~350,000 characters), so each width is worked out once, not per character.
 */
let widths: Float64Array | undefined;

function widthOfCode(code: number): number {
  if (!widths) {
    widths = new Float64Array(0x2000);
    for (let c = 0; c < widths.length; c++) widths[c] = charWidth(String.fromCharCode(c));
  }
  // Beyond Latin and Vietnamese (U+1EA0–1EF9 are below 0x2000): as a capital, on the safe side.
  return code < 0x2000 ? widths[code]! : 9.7;
}

/**
 * Width in pixels of a text on one line as Sheets draws it in Arial 10 (độ rộng chữ), bold a little
 * wider; the estimate row heights and column widths are both made from.
 *
 * @example textWidth('1.246.731.550') // 88.5
 */
export function textWidth(text: string, bold = false): number {
  let w = 0;
  // Code units, not code points: a letter outside the BMP counts twice, wider and so on the safe side.
  for (let i = 0; i < text.length; i++) w += widthOfCode(text.charCodeAt(i));
  return bold ? w * BOLD_SCALE : w;
}

/**
 * The lines a paragraph takes when Sheets wraps it in a cell `width` pixels wide (số dòng khi xuống
 * dòng): words are placed greedily, as a browser does; a word longer than a line is cut.
 *
 * @example wrappedLines('một hai ba', 1000) // 1
 * @example wrappedLines('', 300) // 1
 */
export function wrappedLines(text: string, width: number, bold = false): number {
  const room = Math.max(width - 2 * CELL_PADDING, 20);
  const measure = (word: string) => textWidth(word, bold);
  const space = textWidth(' ', bold);
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const w = measure(word);
    if (used > 0 && used + space + w <= room) {
      used += space + w;
      continue;
    }
    if (used > 0) lines++;
    // A word wider than the line is broken over as many lines as it fills.
    lines += Math.ceil(w / room) - 1;
    used = w % room || room;
  }
  return lines;
}

/**
 * The row height in pixels that shows a paragraph whole when Sheets wraps it in a merged cell `width`
 * pixels wide (chiều cao hàng cho đoạn văn): Sheets grows a row for wrapped text, but not for a merged
 * cell, so the add-on sets it. Never below the default 21 px.
 *
 * @example textRowHeight('Tổng số việc phải thi hành là 1.234 việc.', 900) // 21
 * @example textRowHeight('x '.repeat(400), 300) // several lines: 21 + 17 for each line after the first
 */
export function textRowHeight(text: string, width: number, bold = false): number {
  return DEFAULT_ROW_HEIGHT + (wrappedLines(text, width, bold) - 1) * LINE_HEIGHT;
}
