import { cellNumber, type CellNumber } from '../../core/numbers/cellNumber';
import { parsePercent } from '../../core/numbers/parsePercent';
import { describeValue, isDate } from '../../core/numbers/describeValue';

/**
 * What an argument of a cell-by-cell function holds: a count or amount, a percentage (returned as
 * a fraction), or a raw value (text, kinds, units) passed on as it is.
 */
export type CellArgKind = 'number' | 'percent' | 'raw';

/** A coerced cell: number (or the raw value for 'raw'), null when blank, or why not. */
export type Coerced = { ok: true; value: number | string | null } | { ok: false; reason: string };

const BLANK: Coerced = { ok: true, value: null };

/**
 * Reads one cell for an argument of the given kind. Numbers go through a fast path (no parsing,
 * no allocation beyond the result); text follows the Vietnamese conventions of core/numbers.
 *
 * @example coerceCell('percent', '80%') // { ok: true, value: 0.8 }
 */
export function coerceCell(kind: CellArgKind, value: unknown): Coerced | CellNumber {
  switch (kind) {
    case 'number':
      return cellNumber(value);
    case 'percent':
      return parsePercent(value);
    case 'raw':
      if (value === '' || value === null || value === undefined) return BLANK;
      if (typeof value === 'string') return value.trim() === '' ? BLANK : { ok: true, value };
      if (typeof value === 'number') return Number.isFinite(value) ? { ok: true, value } : { ok: false, reason: `${describeValue(value)} không hợp lệ` };
      if (typeof value === 'boolean') return { ok: false, reason: `giá trị logic ${describeValue(value)} không hợp lệ` };
      if (isDate(value)) return { ok: false, reason: `${describeValue(value)} là ngày tháng, không hợp lệ ở đây` };
      return { ok: false, reason: `${describeValue(value)} không hợp lệ` };
  }
}
