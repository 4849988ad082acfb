import { cellNumber, type CellNumber } from '../../core/numbers/cellNumber';
import { parsePercent } from '../../core/numbers/parsePercent';
import { describeValue, isDate } from '../../core/numbers/describeValue';
import type { CellKind } from '../spec';

/** A coerced cell: number (or the value as it is for 'text'), null when blank, or why not. */
export type Coerced = { ok: true; value: number | string | null } | { ok: false; reason: string };

const BLANK: Coerced = { ok: true, value: null };

/**
 * Reads one cell for a parameter of the given kind (spec.ts): a count or amount, a percentage
 * (returned as a fraction), or text passed on as it is. Numbers go through a fast path (no parsing,
 * no allocation beyond the result); text follows the Vietnamese conventions of core/numbers.
 *
 * @example coerceCell('percents', '80%') // { ok: true, value: 0.8 }
 */
export function coerceCell(kind: CellKind, value: unknown): Coerced | CellNumber {
  switch (kind) {
    case 'numbers':
      return cellNumber(value);
    case 'percents':
      return parsePercent(value);
    case 'text':
      if (value === '' || value === null || value === undefined) return BLANK;
      if (typeof value === 'string') return value.trim() === '' ? BLANK : { ok: true, value };
      if (typeof value === 'number') return Number.isFinite(value) ? { ok: true, value } : { ok: false, reason: `${describeValue(value)} không hợp lệ` };
      if (typeof value === 'boolean') return { ok: false, reason: `giá trị logic ${describeValue(value)} không hợp lệ` };
      if (isDate(value)) return { ok: false, reason: `${describeValue(value)} là ngày tháng, không hợp lệ ở đây` };
      return { ok: false, reason: `${describeValue(value)} không hợp lệ` };
  }
}
