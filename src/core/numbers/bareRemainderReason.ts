import { formatCount, formatNumber } from './formatNumber';

/** Where the words of a figure are: the number before the last scale word, that word, the bare number. */
export interface BareRemainder {
  /** Index of the number the last scale word multiplied ("1" of "1 tỷ 2"); −1 when it multiplied a sum. */
  number: number;
  /** Index of the last scale word ("tỷ"), and its power of ten. */
  scale: number;
  exponent: number;
  /** Index of the bare number after it ("2"). */
  remainder: number;
}

/** The next scale down, for writing the remainder part by part ("1 tỷ 200 triệu"). */
const LOWER: Record<number, string> = { 9: 'triệu', 6: 'nghìn' };

/**
 * Why a figure like "1 tỷ 2" is refused, and how to write it (số lẻ sau đơn vị không rõ nghĩa);
 * null when it is not ambiguous. A bare number after a scale word, with no scale word of its own,
 * is read in speech as the next digits ("1 tỷ 2" = 1,2 tỷ; "12 tỷ 500" = 12,5 tỷ; "4 trăm 5" = 450)
 * but literally as units (1.000.000.002), and nothing in the text says which. Both readings agree
 * only for the last group written in full ("1 nghìn 200", "5 triệu 300 nghìn 500 đồng", "4 trăm
 * 50"): null. Otherwise the message gives both readings and the unambiguous ways to write the
 * spoken one, from the user's own words ("1,2 tỷ" or "1 tỷ 200 triệu"); when they cannot be built
 * (a sum before the scale word, a decimal remainder), it says how in general.
 *
 * @example bareRemainderReason('1 tỷ 2', ['1', 'tỷ', '2'], { number: 0, scale: 1, exponent: 9, remainder: 2 }, 1000000002)
 *   // '"1 tỷ 2" không rõ nghĩa: số 2 sau "tỷ" không có đơn vị riêng, nên có thể là 1,2 tỷ (như khi nói)
 *   //  hoặc 1.000.000.002. Hãy viết "1,2 tỷ" hoặc "1 tỷ 200 triệu".'
 * @example bareRemainderReason('1 nghìn 200', ['1', 'nghìn', '200'], { number: 0, scale: 1, exponent: 3, remainder: 2 }, 1200) // null
 */
export function bareRemainderReason(text: string, words: readonly string[], at: BareRemainder, literal: number): string | null {
  let remainder = words[at.remainder]!;
  let after = words.slice(at.remainder + 1);
  // "1 tỷ 2đ": the money sign written onto the number.
  if (remainder.endsWith('đ')) {
    remainder = remainder.slice(0, -1);
    after = ['đồng', ...after];
  }
  const width = at.exponent === 2 ? 2 : 3;
  if (at.exponent === width && remainder.length === width && /^\d+$/.test(remainder)) return null;
  const scale = words[at.scale]!;
  const head = `"${text.trim()}" không rõ nghĩa: số ${remainder} sau "${scale}" không có đơn vị riêng`;
  const ways = at.number < 0 ? [] : spokenWays(words.slice(0, at.number), words[at.number]!, scale, at.exponent, remainder, after);
  if (ways.length === 0) {
    return `${head}. Hãy ghi đơn vị cho từng phần (như "1 tỷ 200 triệu") hoặc viết số thập phân (như "1,2 tỷ").`;
  }
  const quoted = ways.map((w) => `"${w}"`).join(' hoặc ');
  return `${head}, nên có thể là ${ways[0]} (như khi nói) hoặc ${formatNumber(literal, 2, true)}. Hãy viết ${quoted}.`;
}

/** The spoken reading written unambiguously: as a decimal of the scale, and part by part. */
function spokenWays(before: string[], number: string, scale: string, exponent: number, remainder: string, after: string[]): string[] {
  // Only a whole number before the scale and a short whole remainder read as the next digits.
  const width = exponent === 2 ? 2 : 3;
  if (!/^\d{1,3}(\.\d{3})*$/.test(number) || !/^\d+$/.test(remainder) || remainder.length > width) return [];
  const digits = (remainder + '00').slice(0, width);
  const fraction = digits.replace(/0+$/, '');
  if (fraction === '') return [];
  const join = (...parts: string[]) => [...before, ...parts, ...after].join(' ');
  const ways: string[] = [];
  // "4,5 trăm" is not how anyone writes 450: hundreds get digits only.
  if (exponent > 2) ways.push(join(`${number},${fraction}`, scale));
  const lower = LOWER[exponent];
  if (lower) ways.push(join(number, scale, String(Number(digits)), lower));
  else if (before.length === 0) ways.push(join(formatCount(Number(number.replace(/\./g, '')) * Math.pow(10, exponent) + Number(digits))));
  else if (digits.charAt(0) !== '0') ways.push(join(number, scale, digits));
  return ways;
}
