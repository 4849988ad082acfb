import { describe, expect, it } from 'vitest';
import { bare, columnOf, figure, rowName, withColumn } from '../../../src/core/validation/describe';
import type { ValidationOptions } from '../../../src/core/validation/types';
import type { Finding } from '../../../src/core/types';

const opts: ValidationOptions = { regime: 'B', moneyUnit: 'nghin' };

describe('rowName', () => {
  it('names a 0-based row 1-based, "của vùng" for a range, with the caller\'s offset', () => {
    expect(rowName({ row: 6, label: 'Chi cục A' }, opts)).toBe('Dòng 7 (Chi cục A)');
    expect(rowName({ row: 2, label: 'Chi cục A' }, { ...opts, rowOffset: 10, inRange: true })).toBe('Dòng 12 của vùng (Chi cục A)');
    expect(rowName({ row: 0, label: '' }, opts)).toBe('Dòng 1');
  });
});

describe('figure and bare', () => {
  it('quote việc as a count and tiền back in the sheet\'s unit (domain §5: 310,1 tỷ đồng)', () => {
    expect(figure(4029, 'viec', 'nghin')).toBe('4.029 việc');
    expect(figure(1_500_000, 'tien', 'nghin')).toBe('1.500 nghìn đồng');
    expect(figure(310.1e9, 'tien', 'ty')).toBe('310,1 tỷ đồng');
    expect(bare(1_500_000, 'tien', 'nghin')).toBe('1.500');
    expect(bare(3420, 'viec', 'ty')).toBe('3.420');
  });
});

describe('columnOf and withColumn', () => {
  const columns: ValidationOptions['columns'] = [
    { column: 3, role: { kind: 'quantity', measure: 'tien', key: 'enforceable' }, header: '', confidence: 1, reasons: [] },
    { column: 5, role: { kind: 'typedRate', measure: 'tien' }, header: '', confidence: 1, reasons: [] },
  ];

  it('find the column of a quantity or typed rate of a measure, else undefined', () => {
    expect(columnOf({ ...opts, columns }, 'tien', 'enforceable')).toBe(3);
    expect(columnOf({ ...opts, columns }, 'tien', 'typedRate')).toBe(5);
    expect(columnOf({ ...opts, columns }, 'viec', 'enforceable')).toBeUndefined();
    expect(columnOf(opts, 'tien', 'enforceable')).toBeUndefined();
  });

  it('set the column on a finding only when it is known', () => {
    const f = (): Finding => ({ severity: 'error', rule: 'X<=D', message: '' });
    expect(withColumn(f(), 3).column).toBe(3);
    expect('column' in withColumn(f(), undefined)).toBe(false);
  });
});
