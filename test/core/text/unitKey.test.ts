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

describe('unitKey: spellings of one unit', () => {
  it('reads TP./TX./TT./H./Q. as thành phố, thị xã, thị trấn, huyện, quận where they start the place’s name', () => {
    expect(unitKey('Chi cục THADS TP. Nam Sơn')).toBe(unitKey('Chi cục THADS thành phố Nam Sơn'));
    expect(unitKey('Chi cục THADS TX.Bình Minh')).toBe(unitKey('Chi cục THADS thị xã Bình Minh'));
    expect(unitKey('Chi cục THADS H. Tân Phú')).toBe(unitKey('Chi cục THADS huyện Tân Phú'));
    expect(unitKey('Chi cục THADS Q.1')).toBe(unitKey('Chi cục THADS quận 1'));
    expect(unitKey('TT. Phú Mỹ')).toBe('thị trấn phú mỹ');
    // A name that is only the letters is left as it is.
    expect(unitKey('Chi cục THADS H')).toBe('h');
  });

  it('takes "Chi cục THADS" and "Chi cục Thi hành án dân sự" (or none) as the same district office', () => {
    expect(unitKey('Chi cục Thi hành án dân sự thành phố Nam Sơn')).toBe(unitKey('Chi cục THADS TP. Nam Sơn'));
    expect(unitKey('Huyện Tân Phú')).toBe(unitKey('Chi cục THADS huyện Tân Phú'));
    expect(unitKey('Chi cục THADS huyện Hoà Bình')).toBe('huyện hòa bình');
  });

  it('keeps a regional office of the 2025 reorganisation apart from the Chi cục of the same place', () => {
    expect(unitKey('Phòng THADS khu vực Tân Phú')).not.toBe(unitKey('Chi cục THADS huyện Tân Phú'));
    expect(unitKey('Phòng THADS khu vực Tân Phú')).not.toBe(unitKey('Tân Phú'));
    expect(unitKey('Phòng Thi hành án dân sự khu vực 1 - Tân Phú')).toBe(unitKey('Phòng THADS khu vực 1 – Tân Phú'));
  });

  it('keeps accents: a name typed without them is another key (the comparison’s join decides, see matchUnits)', () => {
    expect(unitKey('Chi cuc THADS huyen Tan Phu')).toBe('huyen tan phu');
    expect(unitKey('Chi cuc THADS huyen Tan Phu')).not.toBe(unitKey('Chi cục THADS huyện Tân Phú'));
  });
});
