import { cellNumber } from '../numbers/cellNumber';
import type { CellValue } from '../types';

/** A quantity cell read: a number, blank (null), or refused with the engine's Vietnamese reason. */
export type QuantityCell = { ok: true; value: number | null } | { ok: false; reason: string };

/**
 * Đọc ô số liệu: a quantity cell of a statistics table. Numbers and Vietnamese number text go
 * through the engine's cellNumber; a lone dash ("-", "–"), which the forms print for zero, is 0.
 *
 * @example readQuantity('4.555') // { ok: true, value: 4555 }
 * @example readQuantity('-') // { ok: true, value: 0 }
 */
export function readQuantity(value: CellValue): QuantityCell {
  if (typeof value === 'number') return cellNumber(value);
  if (typeof value === 'string') {
    const t = value.trim();
    if (t === '-' || t === '–' || t === '—') return { ok: true, value: 0 };
  }
  return cellNumber(value);
}
