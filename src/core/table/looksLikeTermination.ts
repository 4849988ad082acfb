import { foldVietnamese } from '../text/normalize';

/**
 * Trông như cột đình chỉ: a header the reader could not place but that may well be đình chỉ (X2) —
 * "Đ/C", "Đ.chỉ", "ĐChỉ", "Đinh chi", "DC" — so that taking "Thi hành xong" as X without it is worth a
 * warning (X = X1 + X2: the rate would lack X2).
 *
 * @example looksLikeTermination('Đ/C') // true
 * @example looksLikeTermination('Ghi chú') // false
 */
export function looksLikeTermination(header: string): boolean {
  const s = ` ${foldVietnamese(header, { keepPunctuation: true }).replace(/[/.\-_]/g, '')} `;
  return / (dinh chi|dinhchi|dchi|dc|d chi|dinh) /.test(s);
}
