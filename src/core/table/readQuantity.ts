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

/**
 * Có thể là số không: whether trimmed, non-blank text can read as a figure at all — Vietnamese
 * number text starts with a digit or a sign, and a lone dash stands for 0. A quick refusal for the
 * labels of a 50.000-row table ("Chi cục …"), sparing readQuantity's Vietnamese reason for each;
 * when it says true, readQuantity decides.
 *
 * @example mayBeFigure('Chi cục THADS huyện A') // false
 * @example mayBeFigure('4.555') // true
 */
export function mayBeFigure(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c >= 48 && c <= 57) || c === 45 || c === 43 || c === 0x2212 || c === 0x2013 || c === 0x2014;
}
