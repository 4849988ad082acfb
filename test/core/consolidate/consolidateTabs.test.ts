import { describe, expect, it } from 'vitest';
import { consolidateTabs } from '../../../src/core/consolidate/consolidateTabs';
import { totalsOf } from '../../../src/core/report/totals';
import { defaultIndicatorOptions } from '../../../src/core/indicators/defaultOptions';
import { unitGrid, unitTab } from './unitTabs';

const bl = unitTab('BL', unitGrid('CHI CỤC THADS HUYỆN BẾN LỨC', [[10, 8, 100, 50], [30, 12, 300, 100]]));
const cg = unitTab('CG', unitGrid('CHI CỤC THADS HUYỆN CẦN GIUỘC', [[20, 10, 200, 20]], { money: 'đồng' }));
const dh = unitTab('ĐH', unitGrid(null, [[50, 45, 500, 400]]));

describe('consolidateTabs', () => {
  it('reads one row per tab, a tab in another money unit converted', () => {
    const c = consolidateTabs([bl, cg, dh]);
    if (!c.ok) throw new Error(c.message);
    expect(c.table.units.map((u) => [u.label, u.viec.enforceable, u.tien.enforceable])).toEqual([
      ['CHI CỤC THADS HUYỆN BẾN LỨC', 40, 400_000],
      ['CHI CỤC THADS HUYỆN CẦN GIUỘC', 20, 200],
      ['ĐH', 50, 500_000],
    ]);
    expect(c.table.moneyUnit).toBe('nghin');
    expect(c.findings.map((f) => f.rule)).toEqual(['consolidate-money']);
    expect(c.table.titleRows.some((t) => /BẾN LỨC/.test(t))).toBe(false);
    expect(c.table.warnings[0]).toBe('Tổng hợp 3 trang: “BL”, “CG”, “ĐH”.');
  });

  it('names a tab of another period and leaves it out: the total is of the valid units only', () => {
    const old = unitTab('Cũ', unitGrid('CHI CỤC THADS HUYỆN ĐỨC HÒA', [[5, 5, 10, 10]], { year: 2019 }));
    const c = consolidateTabs([bl, old, dh]);
    if (!c.ok) throw new Error(c.message);
    expect(c.included).toEqual(['BL', 'ĐH']);
    expect(c.leftOut).toEqual([{ sheet: 'Cũ', reason: 'khác kỳ báo cáo (12 tháng năm 2019, các trang khác: 12 tháng năm 2020)' }]);
    const total = totalsOf(c.table.units, {}, defaultIndicatorOptions());
    expect(total.label).toBe('Tổng các đơn vị hợp lệ (thiếu: Cũ)');
    expect(total.viec.rate).toBeCloseTo((20 + 45) / (40 + 50));
  });

  // Tester, issue 13 case 2: a Cục keeps its own summary tab beside the units' tabs; it was read as one
  // more unit, every figure counted twice in the total.
  it('leaves out a summary tab whose rows are the other tabs\' units, without making the total "thiếu"', () => {
    const grid = unitGrid('CỤC THADS TỈNH LONG AN', [[40, 20, 400, 150], [20, 10, 200, 20]]).map((r) =>
      r[0] === 'Chấp hành viên 1' ? ['Chi cục THADS huyện Bến Lức', ...r.slice(1)] : r[0] === 'Chấp hành viên 2' ? ['Chi cục THA dân sự huyện Cần Giuộc', ...r.slice(1)] : r,
    );
    const c = consolidateTabs([unitTab('Tổng hợp', grid), bl, cg]);
    if (!c.ok) throw new Error(c.message);
    expect(c.included).toEqual(['BL', 'CG']);
    expect(c.leftOut).toEqual([{ sheet: 'Tổng hợp', reason: 'là bảng tổng hợp của các đơn vị có trang riêng (“BL”, “CG”)' }]);
    expect(c.table.units.map((u) => u.label)).toEqual(['CHI CỤC THADS HUYỆN BẾN LỨC', 'CHI CỤC THADS HUYỆN CẦN GIUỘC']);
    expect(totalsOf(c.table.units, {}, defaultIndicatorOptions()).label).toBe('Tổng cộng');
  });

  it('refuses when no tab holds a table', () => {
    const c = consolidateTabs([unitTab('Ghi chú', [['chữ']])]);
    expect(c.ok).toBe(false);
    expect(!c.ok && c.message).toContain('“Ghi chú”');
  });
});
