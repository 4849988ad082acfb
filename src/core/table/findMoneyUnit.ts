import { foldVietnamese } from '../text/normalize';
import type { MoneyUnit } from '../types';

/** Money-unit phrases, folded (no accents), most specific first. */
const UNIT_PHRASES: ReadonlyArray<readonly [RegExp, MoneyUnit]> = [
  [/\b(ty|ti) dong\b|1\.000\.000\.000 ?(dong|d\b|vnd)/, 'ty'],
  [/\btrieu dong\b|1\.000\.000 ?(dong|d\b|vnd)/, 'trieu'],
  [/\b(nghin|ngan) dong\b|\b1\.?000 ?(dong|d\b|vnd)|\(nghin\)|\(1\.000\)/, 'nghin'],
  // "Đơn vị tính: đồng", "Đơn vị tính tiền: đồng", "ĐVT: đồng", "(đồng)", "(VNĐ)".
  // … and a unit line giving both measures' units: "Đơn vị tính: việc; tiền: đồng", "tiền tính bằng đồng".
  [/(don vi( tinh)?( tien)?|\bdvt)\s*:?\s*(dong|vnd)\b|\((dong|vnd)\)|\btien\s*(:|tinh bang)\s*(dong|vnd)\b/, 'dong'],
];

/**
 * Đơn vị tính tiền của bảng: the money unit a sheet states, in its titles ("Đơn vị tính: 1.000 đồng")
 * or its headers ("Số tiền (nghìn đồng)", "triệu đồng", "tỷ đồng"); undefined when it says none.
 * The first text that names a unit decides.
 *
 * @example findMoneyUnit(['BÁO CÁO …', 'Đơn vị tính: 1.000 đồng']) // 'nghin'
 * @example findMoneyUnit(['Số tiền (triệu đồng)']) // 'trieu'
 */
export function findMoneyUnit(texts: readonly string[]): { unit: MoneyUnit; text: string } | undefined {
  for (const text of texts) {
    const folded = foldVietnamese(text, { keepPunctuation: true });
    for (const [pattern, unit] of UNIT_PHRASES) {
      if (pattern.test(folded)) return { unit, text };
    }
  }
  return undefined;
}
