import { ThadsError } from '../../core/errors';

/** An argument as passed by Sheets: a single value, or a range (rows of columns). */
export interface ArgShape {
  /** The range, or null for a single value (or a 1×1 range, which broadcasts like one). */
  grid: unknown[][] | null;
  /** The single value when grid is null. */
  scalar: unknown;
  rows: number;
  cols: number;
}

/**
 * Looks at what Sheets passed: a 2D array is a range, anything else a single value. A 1×1 range
 * is unwrapped (it broadcasts like a single value). A 1D array (from a caller other than Sheets)
 * is read as one column.
 *
 * @example argShape([[1], [2]]) // { grid: [[1], [2]], rows: 2, cols: 1, scalar: undefined }
 */
export function argShape(value: unknown): ArgShape {
  if (!Array.isArray(value)) return { grid: null, scalar: value, rows: 1, cols: 1 };
  if (value.length === 0) return { grid: null, scalar: '', rows: 1, cols: 1 };
  let grid = value as unknown[][];
  if (!Array.isArray(value[0])) grid = (value as unknown[]).map((v) => [v]);
  const rows = grid.length;
  const first = grid[0];
  const cols = Array.isArray(first) ? first.length : 0;
  if (rows === 1 && cols === 1) return { grid: null, scalar: grid[0]![0], rows: 1, cols: 1 };
  return { grid, scalar: undefined, rows, cols };
}

/**
 * The common shape of the range arguments: ranges must all have the same number of rows and
 * columns (the result has that shape); single values broadcast. Throws a Vietnamese message naming
 * both sizes when two ranges differ.
 *
 * @example commonShape('THADS_RATE', ['x', 'd'], [argShape([[1],[2]]), argShape(5)]) // { rows: 2, cols: 1, ranged: true }
 */
export function commonShape(
  fnName: string,
  names: readonly string[],
  shapes: readonly ArgShape[],
): { rows: number; cols: number; ranged: boolean } {
  let first = -1;
  for (let i = 0; i < shapes.length; i++) {
    const s = shapes[i]!;
    if (!s.grid) continue;
    if (s.cols === 0) throw new ThadsError(`${fnName}: vùng ${names[i]} không có ô nào.`);
    if (first < 0) {
      first = i;
      continue;
    }
    const f = shapes[first]!;
    if (s.rows !== f.rows || s.cols !== f.cols) {
      throw new ThadsError(
        `${fnName}: các vùng phải cùng kích thước — vùng ${names[first]} có ${f.rows} dòng × ${f.cols} cột, ` +
          `vùng ${names[i]} có ${s.rows} dòng × ${s.cols} cột.`,
      );
    }
  }
  if (first < 0) return { rows: 1, cols: 1, ranged: false };
  const f = shapes[first]!;
  return { rows: f.rows, cols: f.cols, ranged: true };
}
