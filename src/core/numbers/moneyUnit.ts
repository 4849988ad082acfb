import type { MoneyUnit } from '../types';
import { foldVietnamese } from '../text/normalize';

/**
 * How many đồng one unit of the sheet's money is (đơn vị tính): the forms keep nghìn đồng.
 *
 * @example moneyUnitFactor('nghin') // 1000
 */
export function moneyUnitFactor(unit: MoneyUnit): number {
  switch (unit) {
    case 'dong':
      return 1;
    case 'nghin':
      return 1e3;
    case 'trieu':
      return 1e6;
    case 'ty':
      return 1e9;
  }
}

const MONEY_UNIT_NAME: Record<MoneyUnit, string> = { dong: 'đồng', nghin: 'nghìn đồng', trieu: 'triệu đồng', ty: 'tỷ đồng' };

/**
 * The money unit in words, as a header or a figure names it (đơn vị tính).
 *
 * @example moneyUnitName('nghin') // "nghìn đồng"
 */
export function moneyUnitName(unit: MoneyUnit): string {
  return MONEY_UNIT_NAME[unit];
}

/**
 * The money unit an output shows its amounts in (đơn vị tính tiền của kết quả): the main source's,
 * and whether it was assumed (the table states none and the caller set none: nghìn đồng, the forms').
 */
export interface MoneyShown {
  unit: MoneyUnit;
  assumed: boolean;
}

/**
 * The money unit as a header or the report's heading line names it: an assumed unit says so,
 * so that a reader never takes the forms' default for what the sheet states.
 *
 * @example moneyUnitLabel({ unit: 'nghin', assumed: true }) // "nghìn đồng, giả định"
 * @example moneyUnitLabel({ unit: 'dong', assumed: false }) // "đồng"
 */
export function moneyUnitLabel(money: MoneyShown): string {
  return money.assumed ? `${MONEY_UNIT_NAME[money.unit]}, giả định` : MONEY_UNIT_NAME[money.unit];
}

/**
 * Reads a money unit as users write it: "đồng", "nghìn đồng", "ngàn", "1.000 đồng", "1000đ",
 * "triệu", "triệu đồng", "tỷ", "tỉ đồng" (accents and case ignored). Undefined when not a unit.
 *
 * @example parseMoneyUnit('Nghìn đồng') // 'nghin'
 * @example parseMoneyUnit('1.000 đồng') // 'nghin'
 */
export function parseMoneyUnit(text: string): MoneyUnit | undefined {
  let t = foldVietnamese(text, { keepPunctuation: true }).replace(/^don vi tinh:?/, '').replace(/[\s.]+/g, '');
  if (t.endsWith('dong')) t = t.slice(0, -4);
  else if (t.endsWith('vnd')) t = t.slice(0, -3);
  else if (t.endsWith('d') && t.length > 1 && t !== 'd') t = t.slice(0, -1);
  switch (t) {
    case '':
    case '1':
    case 'd':
      return 'dong';
    case 'nghin':
    case 'ngan':
    case '1000':
      return 'nghin';
    case 'trieu':
    case '1000000':
      return 'trieu';
    case 'ty':
    case 'ti':
    case '1000000000':
      return 'ty';
    default:
      return undefined;
  }
}
