/**
 * Reading the table a THADS_SUMMARY-like function returns: its first row holds the headers
 * ("Đơn vị", "Tỷ lệ việc", "Xếp hạng" — the names issue 4 fixes), one row per unit after it.
 */

/** Column index of the header equal to `name` (trimmed, case-insensitive), or -1. */
export function columnOf(table: unknown, name: string): number {
  if (!Array.isArray(table) || !Array.isArray(table[0])) return -1;
  const want = name.trim().toLowerCase();
  return (table[0] as unknown[]).findIndex((h) => typeof h === 'string' && h.trim().toLowerCase() === want);
}

/** label → value of column `name`, from a result table whose first row is headers. */
export function byLabel(table: unknown, name: string, labelHeader = 'Đơn vị'): Map<string, unknown> | undefined {
  const l = columnOf(table, labelHeader);
  const c = columnOf(table, name);
  if (l < 0 || c < 0 || !Array.isArray(table)) return undefined;
  const out = new Map<string, unknown>();
  for (const row of table.slice(1)) if (Array.isArray(row)) out.set(String(row[l]).trim(), row[c]);
  return out;
}

/** "3 rows × 5 columns: Đơn vị | Tỷ lệ việc | …" — what a call returned, for messages. */
export function describeTable(table: unknown): string {
  if (!Array.isArray(table)) return `not a table: ${JSON.stringify(table)?.slice(0, 200)}`;
  const head = Array.isArray(table[0]) ? (table[0] as unknown[]).map(String).join(' | ') : String(table[0]);
  return `${table.length} rows; header: ${head.slice(0, 300)}`;
}
