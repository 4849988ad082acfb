import { describe, expect, it } from 'vitest';
import { defaultIndicatorOptions } from '../../../src/core/indicators/defaultOptions';
import { summarizeTable } from '../../../src/core/summary/summarizeTable';
import { unitKey } from '../../../src/core/text/unitKey';
import type { Grid, UnitRecord } from '../../../src/core/types';

describe('unitKey', () => {
  it('is one key for names differing in case, spacing, punctuation or tone placement', () => {
    expect(unitKey('Chi cục THADS huyện A.')).toBe(unitKey('Chi cục THADS huyện A'));
    expect(unitKey('  chi cục  thads HUYỆN a ')).toBe(unitKey('Chi cục THADS huyện A'));
    expect(unitKey('Chi cục THADS huyện Hoà Bình')).toBe(unitKey('Chi cục THADS huyện Hòa Bình'));
  });

  it('keeps units apart whose names differ in accents', () => {
    expect(unitKey('Chi cục THADS huyện Công Sơn')).not.toBe(unitKey('Chi cục THADS huyện Cống Sơn'));
    expect(unitKey('Chi cục THADS huyện A')).not.toBe(unitKey('Chi cục THADS huyện B'));
  });

  it("joins last year's row to this year's when the names differ only in punctuation", () => {
    const grid: Grid = [
      ['Đơn vị', 'Có điều kiện thi hành', 'Giải quyết xong'],
      ['Chi cục THADS huyện A', 4029, 3420],
      ['Chi cục THADS huyện B', 100, 80],
    ];
    const previous: UnitRecord[] = [
      { label: 'Chi cục THADS huyện A.', row: 0, kind: 'unit', ranked: true, viec: { enforceable: 1000, completed: 786 }, tien: {} },
    ];
    const r = summarizeTable(grid, { targets: () => ({}), options: defaultIndicatorOptions({ year: 2020, month: 12 }), previous });
    if (!r.ok) throw new Error(r.message);
    expect(r.indicators[0]?.viec.previousRate).toBeCloseTo(0.786, 12);
    expect(r.indicators[1]?.viec.previousRate).toBeNull();
  });
});
