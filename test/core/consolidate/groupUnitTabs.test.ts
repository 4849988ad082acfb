import { describe, expect, it } from 'vitest';
import { groupUnitTabs } from '../../../src/core/consolidate/groupUnitTabs';
import { unitGrid, unitTab } from './unitTabs';

const a = unitTab('BL', unitGrid('CHI CỤC THADS HUYỆN BẾN LỨC', [[10, 8, 100, 50]]));
const b = unitTab('CG', unitGrid('CHI CỤC THADS HUYỆN CẦN GIUỘC', [[20, 10, 200, 20]]));
const lastYear = unitTab('ĐH', unitGrid('CHI CỤC THADS HUYỆN ĐỨC HÒA', [[5, 5, 10, 10]], { year: 2019 }));
const notes = unitTab('Ghi chú', [['Ghi chú của phòng']]);

describe('groupUnitTabs', () => {
  it('groups the tabs of one form and period, the largest group first; a tab with no table is in none', () => {
    const groups = groupUnitTabs([lastYear, a, notes, b]);
    expect(groups.map((g) => g.sheets)).toEqual([['BL', 'CG'], ['ĐH']]);
    expect(groups[0]!.period).toEqual({ year: 2020, month: 12 });
  });

  it('tells forms apart by the quantities mapped', () => {
    const viecOnly = unitTab('X', [['Chấp hành viên', 'Có điều kiện thi hành', 'Giải quyết xong'], ['A', 1, 1], ['B', 2, 1]]);
    if (!('units' in viecOnly.table) || !('units' in a.table)) throw new Error('no table');
    // One form rule for unit tabs and month tabs (formSignature): viecOnly is alone in its group.
    const groups = groupUnitTabs([a, viecOnly]);
    expect(groups.find((g) => g.sheets.includes('X'))?.sheets).toEqual(['X']);
  });
});
