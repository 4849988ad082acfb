import { describe, expect, it } from 'vitest';
import { officerRows } from '../../../src/core/consolidate/officerRows';
import { defaultIndicatorOptions } from '../../../src/core/indicators/defaultOptions';
import { officerTable } from '../../../src/core/report/officerTable';
import { summarizeDetected } from '../../../src/core/summary/summarizeTable';
import { unitGrid, unitTab } from '../consolidate/unitTabs';

const options = defaultIndicatorOptions({ year: 2020, month: 12 });
const money = { unit: 'nghin' as const, assumed: false };

/** Two units' tabs: officers [Đ việc, X việc, Đ tiền, X tiền]; BL's second and CG's only officer tie on việc (40%). */
function tabs(grids: { bl?: (g: unknown[][]) => void } = {}) {
  const bl = unitGrid('CHI CỤC THADS HUYỆN BẾN LỨC', [[10, 8, 100, 50], [30, 12, 300, 100]]);
  grids.bl?.(bl);
  return [unitTab('BL', bl), unitTab('CG', unitGrid('CHI CỤC THADS HUYỆN CẦN GIUỘC', [[20, 8, 200, 150], [5, 1, 50, 5]]))];
}

function table(t = tabs()) {
  const o = officerRows(t, ['BL', 'CG'])!;
  const indicators = summarizeDetected(o.table, { targets: () => ({}), options }).indicators;
  return officerTable(indicators, o.unitOf, money, o.withoutOfficers);
}

describe('officerTable — every officer of the unit tabs ranked together', () => {
  it('has the officer, the unit, Đ, X and rate of each measure and the rank, from the units\' column definitions', () => {
    const t = table();
    expect(t.columns.map((c) => c.header)).toEqual([
      'STT',
      'Chấp hành viên',
      'Đơn vị',
      'Có điều kiện (việc)',
      'Giải quyết xong (việc)',
      'Tỷ lệ việc',
      'Có điều kiện (nghìn đồng)',
      'Giải quyết xong (nghìn đồng)',
      'Tỷ lệ tiền',
      'Xếp hạng',
    ]);
    expect(t.columns.find((c) => c.key === 'viec.rate')?.format).toBe('0.00%');
    expect(t.title).toBe('XẾP HẠNG CHẤP HÀNH VIÊN TOÀN TỈNH — 4 chấp hành viên của 2 đơn vị');
  });

  it('orders the rows by rank across units, a tie on việc broken by tiền, STT as shown', () => {
    const t = table();
    // BL 1: 80%; BL 2: 40% (tiền 33%); CG 1: 40% (tiền 75%); CG 2: 20%.
    expect(t.rows.map((r) => [r.cells[0], r.cells[1], r.cells[2], r.cells.at(-1)])).toEqual([
      [1, 'Chấp hành viên 1', 'CHI CỤC THADS HUYỆN BẾN LỨC', '1/4'],
      [2, 'Chấp hành viên 1', 'CHI CỤC THADS HUYỆN CẦN GIUỘC', '2/4'],
      [3, 'Chấp hành viên 2', 'CHI CỤC THADS HUYỆN BẾN LỨC', '3/4'],
      [4, 'Chấp hành viên 2', 'CHI CỤC THADS HUYỆN CẦN GIUỘC', '4/4'],
    ]);
    expect(t.rows[0]!.cells[5]).toBeCloseTo(0.8, 12);
    expect(t.rows[0]!.cells[6]).toBe(100);
    expect(t.notes).toEqual([]);
  });

  it('withholds an officer whose cell cannot be used: "Không tính: …", "—", out of the ranking, named in a note', () => {
    const t = table(tabs({ bl: (g) => ((g[4] as unknown[])[2] = '#N/A') }));
    const bad = t.rows.at(-1)!;
    expect(bad.cells[2]).toBe('CHI CỤC THADS HUYỆN BẾN LỨC');
    expect(String(bad.cells[5])).toMatch(/^Không tính: dòng 5, cột C .*trang “BL”: ô báo lỗi/);
    expect(bad.cells.at(-1)).toBe('—');
    expect(t.rows.slice(0, 3).map((r) => r.cells.at(-1))).toEqual(['1/3', '2/3', '3/3']);
    expect(t.notes).toEqual([expect.stringMatching(/^Không tính tỷ lệ và không xếp hạng 1 chấp hành viên .*Chấp hành viên 1 \(CHI CỤC THADS HUYỆN BẾN LỨC\)/)]);
  });

  it('names the tabs with no officer rows', () => {
    const o = officerRows(tabs(), ['BL', 'CG'])!;
    const t = officerTable(summarizeDetected(o.table, { targets: () => ({}), options }).indicators, o.unitOf, money, ['ĐH']);
    expect(t.notes).toEqual(['Không có dòng từng chấp hành viên, không có trong bảng này: trang “ĐH”.']);
  });
});
