import { describe, expect, it } from 'vitest';
import { listsOfficers, officerRows } from '../../../src/core/consolidate/officerRows';
import { detectTable } from '../../../src/core/read/detectTable';
import type { DetectedTable } from '../../../src/core/table/types';
import { unitGrid, unitTab } from './unitTabs';

const bl = unitTab('BL', unitGrid('CHI CỤC THADS HUYỆN BẾN LỨC', [[10, 8, 100, 50], [30, 12, 300, 100]]));
const cg = unitTab('CG', unitGrid('CHI CỤC THADS HUYỆN CẦN GIUỘC', [[20, 10, 200_000, 20_000]], { money: 'đồng' }));
/** A unit's single line: its label column says "Đơn vị", not an officer. */
const single = unitTab('ĐH', [
  ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 12 THÁNG NĂM 2020'],
  ['Đơn vị tính: nghìn đồng'],
  ['Đơn vị', 'Có điều kiện thi hành (việc)', 'Giải quyết xong (việc)', 'Có điều kiện thi hành (tiền)', 'Giải quyết xong (tiền)'],
  ['Chi cục THADS huyện Đức Hòa', 50, 45, 500, 400],
]);

const table = (t: typeof bl): DetectedTable => {
  if (!('units' in t.table)) throw new Error(t.table.message);
  return t.table;
};

describe('listsOfficers', () => {
  it('is true for a label column headed as people ("Chấp hành viên", "Họ và tên", "CHV"), false for "Đơn vị"', () => {
    expect(listsOfficers(table(bl))).toBe(true);
    expect(listsOfficers(table(single))).toBe(false);
    for (const header of ['Họ và tên chấp hành viên', 'Họ tên', 'CHV']) {
      const r = detectTable([[header, 'Có điều kiện thi hành', 'Giải quyết xong'], ['Nguyễn Văn An', 10, 5]]);
      if (!r.ok) throw new Error(r.message);
      expect(listsOfficers(r.table), header).toBe(true);
    }
  });
});

describe('officerRows', () => {
  it("takes every officer row of the included tabs, not their Cộng rows, each with its tab's unit; money in đồng as read", () => {
    const o = officerRows([bl, cg, single], ['BL', 'CG', 'ĐH']);
    if (!o) throw new Error('no officers');
    expect(o.table.units.map((u) => [u.label, u.row, u.kind, u.viec.enforceable, u.tien.enforceable])).toEqual([
      ['Chấp hành viên 1', 0, 'unit', 10, 100_000],
      ['Chấp hành viên 2', 1, 'unit', 30, 300_000],
      ['Chấp hành viên 1', 2, 'unit', 20, 200_000],
    ]);
    expect(o.unitOf).toEqual(['CHI CỤC THADS HUYỆN BẾN LỨC', 'CHI CỤC THADS HUYỆN BẾN LỨC', 'CHI CỤC THADS HUYỆN CẦN GIUỘC']);
    expect(o.withoutOfficers).toEqual(['ĐH']);
    expect(o.table.titleRows).toEqual([]);
  });

  it('leaves out the tabs the consolidation did not take', () => {
    expect(officerRows([bl, cg], ['CG'])?.unitOf).toEqual(['CHI CỤC THADS HUYỆN CẦN GIUỘC']);
  });

  it("keeps an officer's unusable cell, its reason naming the tab (the figure is withheld, not zero)", () => {
    const grid = unitGrid('CHI CỤC THADS HUYỆN BẾN LỨC', [[10, 8, 100, 50], [30, 12, 300, 100]]);
    (grid[4] as unknown[])[2] = '#N/A';
    const o = officerRows([unitTab('BL', grid)], ['BL']);
    const p = o?.table.units[0]?.problems ?? [];
    expect(p).toHaveLength(1);
    expect(p[0]!.reason.startsWith('trang “BL”: ')).toBe(true);
    expect(o?.table.units[1]?.problems).toBeUndefined();
  });

  it('is null when no included tab lists officers', () => {
    expect(officerRows([single], ['ĐH'])).toBeNull();
  });
});
