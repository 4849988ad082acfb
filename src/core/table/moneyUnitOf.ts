import type { Grid, MoneyUnit } from '../types';
import { cellText } from './cellText';
import { findMoneyUnit } from './findMoneyUnit';
import type { TableBlock } from './findTableBlocks';

/** The money unit of a table and where it came from. */
export interface MoneyFound {
  unit: MoneyUnit;
  source: 'header' | 'setting' | 'default';
  warnings: string[];
}

/**
 * Đơn vị tiền của bảng: from the titles and headers of the blocks, else the caller's setting,
 * else nghìn đồng (the forms' unit) marked as a default.
 *
 * @example moneyUnitOf(rows, blocks, undefined).unit // 'nghin' for "Đơn vị tính: 1.000 đồng"
 */
export function moneyUnitOf(rows: Grid, blocks: readonly TableBlock[], setting: MoneyUnit | undefined): MoneyFound {
  const texts: string[] = [];
  for (const b of blocks) {
    for (const r of b.titleRows) for (const v of rows[r] ?? []) if (cellText(v)) texts.push(cellText(v));
    if (b.headerStart >= 0) for (let r = b.headerStart; r <= b.headerEnd; r++) for (const v of rows[r] ?? []) if (cellText(v)) texts.push(cellText(v));
  }
  const found = findMoneyUnit(texts);
  if (found) return { unit: found.unit, source: 'header', warnings: [] };
  if (setting) return { unit: setting, source: 'setting', warnings: [] };
  // The warning that nghìn đồng was assumed is added by finish(), once the tiền columns are known.
  return { unit: 'nghin', source: 'default', warnings: [] };
}
