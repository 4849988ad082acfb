import { formatNumber } from '../numbers/formatNumber';
import { moneyUnitFactor, moneyUnitName } from '../numbers/moneyUnit';
import type { Finding, Measure, MoneyUnit, QuantityKey, UnitRecord } from '../types';
import type { ValidationOptions } from './types';

/**
 * Tên dòng trong thông báo: "Dòng 7 (Chi cục THADS huyện A)", or "Dòng 3 của vùng (…)" for a range.
 *
 * @example rowName({ row: 6, label: 'Chi cục A' } as UnitRecord, { regime: 'B', moneyUnit: 'nghin' }) // 'Dòng 7 (Chi cục A)'
 */
export function rowName(unit: Pick<UnitRecord, 'row' | 'label'>, opts: ValidationOptions): string {
  const n = unit.row + (opts.rowOffset ?? 1);
  const where = opts.inRange ? `Dòng ${n} của vùng` : `Dòng ${n}`;
  return unit.label ? `${where} (${unit.label})` : where;
}

/**
 * A figure as the sheet shows it: việc as a count, tiền back in the sheet's money unit with its name.
 *
 * @example figure(1500000, 'tien', 'nghin') // '1.500 nghìn đồng'
 */
export function figure(value: number, measure: Measure, unit: MoneyUnit): string {
  if (measure === 'viec') return `${formatNumber(value, 3, true)} việc`;
  return `${formatNumber(value / moneyUnitFactor(unit), 3, true)} ${moneyUnitName(unit)}`;
}

/** A figure without its unit (inside a sum): "40", "1.500". */
export function bare(value: number, measure: Measure, unit: MoneyUnit): string {
  return formatNumber(measure === 'viec' ? value : value / moneyUnitFactor(unit), 3, true);
}

/**
 * Cột của số liệu: the grid column holding a quantity (or the typed rate) of a measure, from the
 * mapping in the options; undefined when unknown.
 *
 * @example columnOf(opts, 'viec', 'enforceable') // 8
 */
export function columnOf(opts: ValidationOptions, measure: Measure, key: QuantityKey | 'typedRate'): number | undefined {
  for (const c of opts.columns ?? []) {
    if (key === 'typedRate' && c.role.kind === 'typedRate' && c.role.measure === measure) return c.column;
    if (c.role.kind === 'quantity' && c.role.measure === measure && c.role.key === key) return c.column;
  }
  return undefined;
}

/** Sets `column` on a finding when it is known. */
export function withColumn(f: Finding, column: number | undefined): Finding {
  if (column !== undefined) f.column = column;
  return f;
}
