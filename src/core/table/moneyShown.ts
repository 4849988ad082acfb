import type { MoneyShown } from '../numbers/moneyUnit';
import type { UnitRecord } from '../types';
import { amountsSuggestDong } from './amountsSuggestDong';
import type { DetectedTable } from './types';

/**
 * Đơn vị tính tiền của kết quả: the money unit THADS_SUMMARY and the report show a table's amounts in —
 * the unit the table states (or the caller set) — whether it was assumed, and the warnings that go with
 * an assumption: that nghìn đồng was assumed, and that the amounts look like đồng when they are too large
 * for nghìn đồng (that one also as `looksLikeDong`, which THADS_CHECK lists). Assumed only when the
 * table has money: a table of việc alone (or with every amount 0) assumes nothing.
 *
 * @example moneyShown({ moneyUnit: 'dong', moneyUnitSource: 'header', layout: 'aggregated', units }) // { unit: 'dong', assumed: false, warnings: [] }
 */
export function moneyShown(
  table: Pick<DetectedTable, 'moneyUnit' | 'moneyUnitSource' | 'layout'> & { units: readonly UnitRecord[] },
): MoneyShown & { warnings: string[]; looksLikeDong?: string } {
  // Any amount but zero: a register without money columns still carries tiền figures, all 0.
  const hasMoney = table.units.some((u) => Object.values(u.tien).some((v) => typeof v === 'number' && v !== 0));
  if (table.moneyUnitSource !== 'default' || !hasMoney) return { unit: table.moneyUnit, assumed: false, warnings: [] };
  const what = table.layout === 'register' ? 'Sổ thụ lý' : 'Bảng';
  const warnings = [
    `${what} không ghi đơn vị tính tiền: coi là nghìn đồng (đơn vị của biểu mẫu), giả định. ` +
      'Nếu khác, hãy ghi đơn vị tính trong bảng (ví dụ “Đơn vị tính: đồng”) hoặc chọn đơn vị tiền.',
  ];
  const large = table.moneyUnit === 'nghin' ? amountsSuggestDong(table.units) : undefined;
  if (!large) return { unit: table.moneyUnit, assumed: true, warnings };
  const looksLikeDong = `Số tiền rất lớn (${large}): có thể là đồng, không phải nghìn đồng; hãy ghi đơn vị tính (ví dụ “Số tiền (đồng)”) hoặc chọn đơn vị tiền.`;
  return { unit: table.moneyUnit, assumed: true, warnings: [...warnings, looksLikeDong], looksLikeDong };
}
