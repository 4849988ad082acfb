/**
 * A rectangular A1 range as a user types it (vùng A1), with the sheet it names if any.
 * `row` and `column` are 0-based; `sheet` is null when the text names no sheet.
 */
export interface A1Range {
  sheet: string | null;
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/**
 * Reads an A1 range (vùng A1) — the one parser of the add-on, used by the server to cut the source
 * table and by the sidebar to name columns as Sheets shows them. Accepted:
 * - two corners `C5:P30`, either may carry `$` ("$A$5:$P$40"), letters in either case, 1–3 letters
 *   (up to ZZZ) and rows from 1, spaces around the text and the ":" ignored; corners in any order;
 * - an optional sheet before "!": quoted as Sheets writes it (`'Thống kê'!C5:P30`, a quote inside
 *   doubled: `'Đội ''A'''!A1:B2`) or bare (`Sheet1!A1:B2`, `Thống kê!C5:P30`, no quote or "!" in it).
 * Refused (null): a single cell ("B3"), whole columns or rows ("A:C", "5:40"), row 0, an empty sheet
 * name, anything else. Whether a named sheet is the right one is for the caller to decide.
 *
 * @example parseA1Range('B3:D10') // { sheet: null, row: 2, column: 1, rows: 8, columns: 3 }
 * @example parseA1Range("'Thống kê'!C5:P30") // { sheet: 'Thống kê', row: 4, column: 2, rows: 26, columns: 14 }
 * @example parseA1Range('B3') // null
 */
export function parseA1Range(text: string): A1Range | null {
  const t = text.trim();
  const split = splitSheet(t);
  if (!split) return null;
  const m = CORNERS.exec(split.cells);
  if (!m) return null;
  const c1 = columnIndex(m[1]!);
  const c2 = columnIndex(m[3]!);
  const r1 = Number(m[2]) - 1;
  const r2 = Number(m[4]) - 1;
  if (r1 < 0 || r2 < 0) return null;
  return {
    sheet: split.sheet,
    row: Math.min(r1, r2),
    column: Math.min(c1, c2),
    rows: Math.abs(r2 - r1) + 1,
    columns: Math.abs(c2 - c1) + 1,
  };
}

const CORNERS = /^\s*\$?([A-Za-z]{1,3})\$?(\d{1,7})\s*:\s*\$?([A-Za-z]{1,3})\$?(\d{1,7})\s*$/;

/** The sheet part (null when absent) and the cells part; null when the sheet part is malformed. */
function splitSheet(t: string): { sheet: string | null; cells: string } | null {
  if (t.charAt(0) === "'") {
    // Quoted: '' stands for one quote; the name ends at a lone quote, which "!" must follow.
    let name = '';
    for (let i = 1; i < t.length; i++) {
      const ch = t.charAt(i);
      if (ch !== "'") {
        name += ch;
        continue;
      }
      if (t.charAt(i + 1) === "'") {
        name += "'";
        i++;
        continue;
      }
      if (t.charAt(i + 1) !== '!' || name.trim() === '') return null;
      return { sheet: name, cells: t.slice(i + 2) };
    }
    return null;
  }
  const bang = t.indexOf('!');
  if (bang < 0) return { sheet: null, cells: t };
  const name = t.slice(0, bang).trim();
  if (name === '' || name.indexOf("'") >= 0) return null;
  return { sheet: name, cells: t.slice(bang + 1) };
}

/** "A" → 0, "Z" → 25, "AA" → 26 (letters of either case). */
function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
