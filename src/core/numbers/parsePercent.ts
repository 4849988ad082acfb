import { cellNumber, notANumber, type CellNumber } from './cellNumber';
import { decimalValue, readDecimal } from './readDecimal';
import { describeValue } from './describeValue';

/**
 * Reads one cell as a percentage (tỷ lệ) and returns it as a fraction: Sheets passes 80% as 0.8;
 * text may be "80%", "80,5%" or a fraction "0,8". A plain number above 1 where a percentage is
 * expected is refused with "80 — có phải 80%?": it is never silently divided by 100, since 0,85
 * against 80 would then give a gap that looks right. Negative and above-100% values are refused
 * too (a rate or a target is within 0–100%). Blank → null.
 *
 * @example parsePercent(0.8) // { ok: true, value: 0.8 }
 * @example parsePercent('80,5%') // { ok: true, value: 0.805 }
 * @example parsePercent(80) // { ok: false, reason: '80 — có phải 80%?' }
 */
export function parsePercent(value: unknown): CellNumber {
  if (typeof value === 'number') return checkFraction(value, value);
  if (typeof value !== 'string') {
    const n = cellNumber(value);
    return n.ok ? n : { ok: false, reason: value === true || value === false ? notANumber(value) : n.reason };
  }
  const t = value.trim();
  if (t.length > 1 && t.charCodeAt(t.length - 1) === 37) {
    const d = readDecimal(t.slice(0, -1));
    if (!d.ok) return { ok: false, reason: `"${t}" không phải là tỷ lệ phần trăm` };
    return checkFraction(decimalValue(d, -2), value);
  }
  const n = cellNumber(t);
  if (!n.ok || n.value === null) return n;
  return checkFraction(n.value, value);
}

function checkFraction(fraction: number, found: unknown): CellNumber {
  if (!Number.isFinite(fraction)) return { ok: false, reason: `${describeValue(found)} không phải là số hữu hạn` };
  if (fraction < 0) return { ok: false, reason: `${describeValue(found)} là tỷ lệ âm` };
  if (fraction > 1) {
    if (typeof found === 'number' || (typeof found === 'string' && found.indexOf('%') < 0)) {
      const shown = typeof found === 'string' ? found.trim() : describeValue(found);
      return { ok: false, reason: `${shown} — có phải ${shown}%? Tỷ lệ nhập dạng 80% hoặc 0,8` };
    }
    return { ok: false, reason: `${describeValue(found)} lớn hơn 100%` };
  }
  return { ok: true, value: fraction };
}
