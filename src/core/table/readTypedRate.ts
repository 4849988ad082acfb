import { cellNumber, type CellNumber } from '../numbers/cellNumber';
import { describeValue } from '../numbers/describeValue';
import { parsePercent } from '../numbers/parsePercent';

/**
 * Đọc tỷ lệ ghi sẵn trong bảng: a rate typed in a sheet's rate column ("Tỷ lệ về tiền (%)", "Tỷ lệ"), as
 * a fraction, so that the checker can compare it with X / Đ (domain §5: 54,75% typed, 58,27% computed).
 * The forms type it every way: a fraction (0,5475, what a "0.00%" cell holds), text "54,75%", or the
 * percentage itself (54,75) in a "(%)" column. Sheet data in a rate column is read as percent when it is
 * above 1,5: a completion rate cannot be 5.475%. This is data, not the user's input: the rule "80 — có
 * phải 80%?" stays for arguments and settings (parsePercent). A fraction up to 1,5 is kept as typed (a
 * broken row's X > Đ shows above 100%); above 150 the value cannot be a rate and is refused.
 *
 * @example readTypedRate(54.75) // { ok: true, value: 0.5475 }
 * @example readTypedRate(0.5475) // { ok: true, value: 0.5475 }
 * @example readTypedRate('54,75%') // { ok: true, value: 0.5475 }
 * @example readTypedRate(1.2) // { ok: true, value: 1.2 }
 */
export function readTypedRate(value: unknown): CellNumber {
  if (typeof value === 'string' && value.trim().endsWith('%')) return parsePercent(value);
  const n = typeof value === 'number' ? { ok: true as const, value } : cellNumber(value);
  if (!n.ok || n.value === null) return n.ok ? n : parsePercent(value);
  const v = n.value;
  if (v - v !== 0) return { ok: false, reason: `${describeValue(value)} không phải là số hữu hạn` };
  if (v < 0) return { ok: false, reason: `${describeValue(value)} là tỷ lệ âm` };
  if (v <= 1.5) return { ok: true, value: v };
  if (v <= 150) return { ok: true, value: v / 100 };
  return { ok: false, reason: `${describeValue(value)} không thể là tỷ lệ (lớn hơn 150%)` };
}
