import { formatMoney } from '../numbers/formatMoney';
import type { QuantityKey, UnitRecord } from '../types';

/** 10⁹ of the sheet's figures in nghìn đồng is 1.000 tỷ đồng: no district holds that much, let alone every one. */
const HUGE_SHEET_FIGURE = 1e9;
/**
 * 10 tỷ đồng per case (việc) as the median of the units' averages. The national average is about
 * 330 triệu đồng a case (72 tỷ over 216 việc per officer, domain §3) and a district's about 77 triệu
 * (310,1 tỷ over 4.029 việc, domain §5): a table in đồng read as nghìn đồng shows 1.000 times that,
 * tens to hundreds of tỷ a case; a table truly in nghìn đồng stays far below 10 tỷ.
 */
const HUGE_PER_CASE_DONG = 1e10;
/** The pair a per-case average is taken over: the first that both measures of a unit hold. */
const PER_CASE_KEYS: readonly QuantityKey[] = ['enforceable', 'mustEnforce', 'totalAccepted'];

/**
 * Số tiền có vẻ tính bằng đồng: whether the amounts of a table read in nghìn đồng (UnitRecord.tien in
 * đồng, 1.000 × the sheet's figures) are too large to be nghìn đồng — every unit with money has a
 * figure of 10⁹ or more in the sheet, or the typical unit's amount per case is 10 tỷ đồng or more.
 * Returns what gave it away, in Vietnamese, or undefined when the amounts look like nghìn đồng.
 * Units only: a totals row is as large as the whole table.
 *
 * @example amountsSuggestDong([{ kind: 'unit', viec: { enforceable: 4029 }, tien: { enforceable: 310_100_000_000_000 } } as UnitRecord])
 *   // "mọi đơn vị có số tiền từ 1.000.000.000 trở lên"
 * @example amountsSuggestDong([{ kind: 'unit', viec: { enforceable: 4029 }, tien: { enforceable: 310_100_000_000 } } as UnitRecord]) // undefined
 */
export function amountsSuggestDong(units: readonly UnitRecord[]): string | undefined {
  const withMoney = units.filter((u) => u.kind === 'unit' && Object.values(u.tien).some((v) => typeof v === 'number' && v > 0));
  if (withMoney.length === 0) return undefined;
  const largest = (u: UnitRecord) => Math.max(...Object.values(u.tien).filter((v): v is number => typeof v === 'number'));
  if (withMoney.every((u) => largest(u) / 1000 >= HUGE_SHEET_FIGURE)) return 'mọi đơn vị có số tiền từ 1.000.000.000 trở lên';
  const perCase: number[] = [];
  for (const u of withMoney) {
    const key = PER_CASE_KEYS.find((k) => (u.viec[k] ?? 0) > 0 && u.tien[k] !== undefined);
    if (key) perCase.push((u.tien[key] as number) / (u.viec[key] as number));
  }
  if (perCase.length === 0) return undefined;
  perCase.sort((a, b) => a - b);
  const median = perCase.length % 2 === 1 ? perCase[(perCase.length - 1) / 2]! : (perCase[perCase.length / 2 - 1]! + perCase[perCase.length / 2]!) / 2;
  return median >= HUGE_PER_CASE_DONG ? `bình quân mỗi việc ${formatMoney(median)} nếu tính bằng nghìn đồng` : undefined;
}
