/**
 * A1 notation: the addresses Sheets prints and parses (`B3`, `A1:C10`, `'Tên sheet'!A1:B2`, `A:A`).
 * Rows and columns are 1-based, as in the Apps Script API.
 */

/** A rectangle of cells, 1-based and inclusive. */
export interface Rect {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** A parsed reference: an optional sheet name and a rectangle, open ends marked. */
export interface A1Ref {
  sheet?: string;
  rect: Rect;
  /** `A:A` has no row bounds, `1:1` no column bounds; resolved against the sheet's data. */
  openRows: boolean;
  openColumns: boolean;
}

/**
 * Column letters to number.
 * @example columnNumber('AB') // 28
 */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * Column number to letters.
 * @example columnLetters(28) // 'AB'
 */
export function columnLetters(column: number): string {
  let s = '';
  let n = column;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** @example cellA1(3, 2) // 'B3' */
export function cellA1(row: number, column: number): string {
  return columnLetters(column) + String(row);
}

/** @example rectA1({ row: 1, column: 1, numRows: 2, numColumns: 2 }) // 'A1:B2' */
export function rectA1(rect: Rect): string {
  const start = cellA1(rect.row, rect.column);
  if (rect.numRows === 1 && rect.numColumns === 1) return start;
  return start + ':' + cellA1(rect.row + rect.numRows - 1, rect.column + rect.numColumns - 1);
}

/** Quotes a sheet name the way Sheets does in A1 notation when it is not a plain identifier. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : "'" + name.replace(/'/g, "''") + "'";
}

const CELL = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

/** Splits `'It''s'!A1:B2` into the sheet name and the address part. */
export function splitSheet(ref: string): { sheet?: string; address: string } {
  const bang = ref.lastIndexOf('!');
  if (bang < 0) return { address: ref };
  let sheet = ref.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, address: ref.slice(bang + 1) };
}

/**
 * Parses an A1 reference; returns undefined when it is not one.
 * @example parseA1("'Việc'!A4:L20")?.rect // { row: 4, column: 1, numRows: 17, numColumns: 12 }
 */
export function parseA1(ref: string): A1Ref | undefined {
  const { sheet, address } = splitSheet(ref.trim());
  const parts = address.split(':');
  if (parts.length > 2 || parts.length === 0) return undefined;
  const ends = parts.map((p) => CELL.exec(p));
  if (ends.some((m) => !m || (!m[1] && !m[2]))) return undefined;
  const a = ends[0]!;
  const b = ends[1] ?? a;
  const colA = a[1] ? columnNumber(a[1]) : undefined;
  const colB = b[1] ? columnNumber(b[1]) : undefined;
  const rowA = a[2] ? Number(a[2]) : undefined;
  const rowB = b[2] ? Number(b[2]) : undefined;
  // A single cell needs both parts; a range may leave rows (A:A) or columns (1:1) open.
  if (parts.length === 1 && (colA === undefined || rowA === undefined)) return undefined;
  // Columns are both given or both open (`1:3`); rows may be open at the end (`A:A`, `A4:L`).
  if ((colA === undefined) !== (colB === undefined)) return undefined;
  if (rowA === undefined && rowB !== undefined) return undefined;
  if (rowA === 0 || rowB === 0) return undefined;
  const openColumns = colA === undefined;
  const openRows = rowB === undefined;
  const r1 = rowA ?? 1;
  const r2 = rowB ?? r1;
  const c1 = colA ?? 1;
  const c2 = colB ?? c1;
  const rect: Rect = {
    row: Math.min(r1, r2),
    column: Math.min(c1, c2),
    numRows: Math.abs(r2 - r1) + 1,
    numColumns: Math.abs(c2 - c1) + 1,
  };
  const out: A1Ref = { rect, openRows, openColumns };
  if (sheet !== undefined) out.sheet = sheet;
  return out;
}

/** True when two rectangles share a cell. */
export function intersects(a: Rect, b: Rect): boolean {
  return (
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.column < b.column + b.numColumns &&
    b.column < a.column + a.numColumns
  );
}
