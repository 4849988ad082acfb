import type { DetectedTable } from './types';

/**
 * Chữ ký biểu mẫu (a table's form, as data): the layout and the quantities its columns hold, in a
 * fixed order, so that two tabs of the same form (month tabs, unit tabs) give the same string
 * whatever their figures, units or column positions.
 *
 * @example formSignature(table) // "aggregated|tien.completed,tien.enforceable,viec.completed,viec.enforceable"
 */
export function formSignature(table: Pick<DetectedTable, 'layout' | 'columns'>): string {
  const keys = table.columns.flatMap((c) => (c.role.kind === 'quantity' ? [`${c.role.measure}.${c.role.key}`] : []));
  return `${table.layout}|${[...new Set(keys)].sort().join(',')}`;
}
