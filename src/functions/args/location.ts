/**
 * Where a cell is, for a message: a custom function sees values, not addresses, so the position
 * is given inside the range passed (1-based): "dòng 3, cột 2 của vùng enforceable".
 *
 * @example cellLocation(2, 1, 'enforceable') // "dòng 3, cột 2 của vùng enforceable"
 */
export function cellLocation(row: number, column: number, argName?: string): string {
  return `dòng ${row + 1}, cột ${column + 1} của vùng${argName ? ' ' + argName : ''}`;
}
