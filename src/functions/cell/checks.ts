import { ThadsError } from '../../core/errors';
import { describeValue } from '../../core/numbers/describeValue';

/**
 * Refuses a negative count or amount (số âm), naming the quantity and the value found.
 *
 * @example nonNegative(-5, 'thi hành xong') // throws "thi hành xong là số âm (-5)"
 */
export function nonNegative(value: number, what: string): number {
  if (value < 0) throw new ThadsError(`${what} là số âm (${describeValue(value)})`);
  return value;
}

/**
 * Refuses a fractional việc count (số việc lẻ: 100,4 việc), naming the quantity and the value: a
 * count of cases is whole, and rounding it in the text while the rate uses it raw would disagree.
 *
 * @example wholeCount(100.4, 'có điều kiện thi hành') // throws "có điều kiện thi hành 100,4 không phải số nguyên: số việc phải là số nguyên"
 */
export function wholeCount(value: number, what: string): number {
  if (value % 1 !== 0) throw new ThadsError(`${what} ${describeValue(value)} không phải số nguyên: số việc phải là số nguyên`);
  return value;
}

/** A whole number of months from 1 to 12 (tháng cộng dồn từ 01/10). */
export function monthCount(value: number): number {
  if (!(value >= 1 && value <= 12 && Math.floor(value) === value)) {
    throw new ThadsError(`số tháng ${describeValue(value)} không hợp lệ: cần một số nguyên từ 1 đến 12 (tháng cộng dồn từ 01/10)`);
  }
  return value;
}
