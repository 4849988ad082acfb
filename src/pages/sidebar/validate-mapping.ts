/**
 * Checks a column mapping before the sidebar sends it (kiểm tra cách hiểu các cột): a report needs
 * the unit-name column and, for việc, the enforceable (Đ) and completed (X, or X1 thi hành xong)
 * columns, since the rate is X / Đ (domain §4). Some quantities come in parts that add up (hoãn +
 * tạm đình chỉ are both H): those may repeat, as the table reader sums them. A quantity of the rate
 * (Đ, X, X1, X2) on two columns cannot be resolved; another repeated quantity only warns (the table
 * reader uses the first). Tiền is optional, but a partial tiền block is worth a warning.
 * The server checks again; this only spares the user a round trip and says what to fix.
 *
 * @example
 * validateMapping([{ column: 0, role: { kind: 'label' } }])
 * // [{ severity: 'error', code: 'missing', measure: 'viec', key: 'enforceable', columns: [] }, …]
 */
import type { ColumnRole, Measure, QuantityKey } from '../../core/types';
import { ADDITIVE_KEYS } from '../../core/table/readUnits';
import { roleKey } from './roles';

/** The quantities a rate is computed from: two columns for one of them cannot be resolved. */
const RATE_KEYS: ReadonlySet<QuantityKey> = new Set<QuantityKey>(['enforceable', 'completed', 'fullyEnforced', 'terminated']);

export interface MappingIssue {
  severity: 'error' | 'warning';
  /** noLabel: no unit-name column; manyLabels / duplicate: one role on several columns; missing: a required column. */
  code: 'noLabel' | 'manyLabels' | 'duplicate' | 'missing' | 'partialTien';
  /** The 0-based columns concerned. */
  columns: number[];
  role?: ColumnRole;
  measure?: Measure;
  key?: QuantityKey;
}

export interface MappedColumn {
  column: number;
  role: ColumnRole;
}

function has(cols: readonly MappedColumn[], measure: Measure, key: QuantityKey): boolean {
  return cols.some((c) => c.role.kind === 'quantity' && c.role.measure === measure && c.role.key === key);
}

/** The problems of a mapping, errors first; an empty list means it can be sent. */
export function validateMapping(columns: readonly MappedColumn[]): MappingIssue[] {
  const issues: MappingIssue[] = [];
  const labels = columns.filter((c) => c.role.kind === 'label').map((c) => c.column);
  if (labels.length === 0) issues.push({ severity: 'error', code: 'noLabel', columns: [] });
  if (labels.length > 1) issues.push({ severity: 'error', code: 'manyLabels', columns: labels, role: { kind: 'label' } });

  // One role on two columns: which one is meant cannot be guessed (ignored and flags may repeat).
  const byRole = new Map<string, MappedColumn[]>();
  for (const c of columns) {
    if (c.role.kind === 'ignored' || c.role.kind === 'label') continue;
    const k = roleKey(c.role);
    byRole.set(k, [...(byRole.get(k) ?? []), c]);
  }
  for (const list of byRole.values()) {
    const first = list[0];
    if (list.length < 2 || !first) continue;
    const role = first.role;
    if (role.kind === 'quantity' && ADDITIVE_KEYS.has(role.key)) continue;
    const blocking = role.kind !== 'quantity' || RATE_KEYS.has(role.key);
    issues.push({ severity: blocking ? 'error' : 'warning', code: 'duplicate', columns: list.map((c) => c.column), role });
  }

  if (!has(columns, 'viec', 'enforceable')) issues.push({ severity: 'error', code: 'missing', columns: [], measure: 'viec', key: 'enforceable' });
  if (!has(columns, 'viec', 'completed') && !has(columns, 'viec', 'fullyEnforced')) {
    issues.push({ severity: 'error', code: 'missing', columns: [], measure: 'viec', key: 'completed' });
  }

  const tien = columns.filter((c) => c.role.kind === 'quantity' && c.role.measure === 'tien');
  if (tien.length > 0) {
    const lacksD = !has(columns, 'tien', 'enforceable');
    const lacksX = !has(columns, 'tien', 'completed') && !has(columns, 'tien', 'fullyEnforced');
    if (lacksD || lacksX) {
      issues.push({ severity: 'warning', code: 'partialTien', columns: tien.map((c) => c.column), measure: 'tien', key: lacksD ? 'enforceable' : 'completed' });
    }
  }
  return issues.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}
