import { ThadsError } from '../../core/errors';
import { parsePercent } from '../../core/numbers/parsePercent';
import type { UnitRecord } from '../../core/types';

/**
 * The target of one table row (a fraction), or undefined when none was given for it. A single value
 * applies to totals rows too ("toàn tỉnh vượt chỉ tiêu"); a range gives targets to unit rows only.
 */
export type TargetOf = (row: UnitRecord) => number | undefined;

/**
 * Đọc chỉ tiêu: a single value for every unit ("80%", 0.8), or a one-column range with one row per
 * row of the table (header and totals rows are ignored), so each unit may have its own target.
 * Omitted → no target. A value that is not a percentage fails with its row in the range.
 *
 * @example readTargets('THADS_SUMMARY', 'target_viec', 0.8, 10)(unit) // 0.8
 */
export function readTargets(fnName: string, argName: string, value: unknown, tableRows: number): TargetOf {
  if (value === undefined || value === null || value === '') return () => undefined;
  if (!Array.isArray(value) || (value.length === 1 && Array.isArray(value[0]) && value[0].length === 1)) {
    const v = Array.isArray(value) ? (value[0] as unknown[])[0] : value;
    const p = parsePercent(v);
    if (!p.ok) throw new ThadsError(`${fnName}: ${argName}: ${p.reason}.`);
    const t = p.value ?? undefined;
    return () => t;
  }
  const rows = value as unknown[][];
  if (rows.length !== tableRows) {
    throw new ThadsError(
      `${fnName}: vùng ${argName} có ${rows.length} dòng nhưng bảng có ${tableRows} dòng; cần một chỉ tiêu cho mỗi dòng của bảng (hoặc một giá trị chung).`,
    );
  }
  return (unit) => {
    if (unit.kind !== 'unit') return undefined;
    const row = rows[unit.row];
    const v = Array.isArray(row) ? row[0] : row;
    const p = parsePercent(v);
    if (!p.ok) throw new ThadsError(`${fnName}: dòng ${unit.row + 1} của vùng ${argName} (${unit.label}): ${p.reason}.`);
    return p.value ?? undefined;
  };
}
