import type { Grid } from '../types';
import { cellText } from './cellText';
import type { MergeRange } from './types';

/**
 * Đường tiêu đề của từng cột: for each column, the header texts from the top row of the header
 * block down to the column's own header ("Có điều kiện thi hành" → "Thi hành xong").
 *
 * With the sheet's merged ranges, a merged parent covers exactly its range. Without them (a custom
 * function sees values only) a parent's text in a row above the last header row applies to the blank
 * cells to its right until the next text, for the columns that have a child header below.
 * Repeated texts (a vertical merge read twice) appear once.
 *
 * @example headerPaths([['Đơn vị', 'Có điều kiện', ''], ['', 'Thi hành xong', 'Đình chỉ']], 0, 1, 3)
 * // [['Đơn vị'], ['Có điều kiện', 'Thi hành xong'], ['Có điều kiện', 'Đình chỉ']]
 */
export function headerPaths(grid: Grid, start: number, end: number, width: number, merges?: MergeRange[]): string[][] {
  const texts: string[][] = [];
  for (let r = start; r <= end; r++) {
    const row = grid[r] ?? [];
    const line: string[] = [];
    for (let c = 0; c < width; c++) line.push(cellText(row[c]));
    texts.push(line);
  }
  if (merges && merges.length > 0) {
    for (const m of merges) {
      const source = grid[m.row]?.[m.column];
      const t = cellText(source);
      if (!t) continue;
      for (let r = Math.max(m.row, start); r < m.row + m.rows && r <= end; r++) {
        const line = texts[r - start];
        if (!line) continue;
        for (let c = m.column; c < m.column + m.columns && c < width; c++) {
          if (!line[c]) line[c] = t;
        }
      }
    }
  } else {
    for (let i = 0; i < texts.length - 1; i++) {
      const line = texts[i] as string[];
      let carried = '';
      for (let c = 0; c < width; c++) {
        if (line[c]) {
          carried = line[c] as string;
          continue;
        }
        if (carried && hasTextBelow(texts, i, c)) line[c] = carried;
        else carried = '';
      }
    }
  }
  const paths: string[][] = [];
  for (let c = 0; c < width; c++) {
    const path: string[] = [];
    for (const line of texts) {
      const t = line[c] ?? '';
      if (t && path[path.length - 1] !== t) path.push(t);
    }
    paths.push(path);
  }
  return paths;
}

function hasTextBelow(texts: string[][], row: number, column: number): boolean {
  for (let r = row + 1; r < texts.length; r++) if (texts[r]?.[column]) return true;
  return false;
}
