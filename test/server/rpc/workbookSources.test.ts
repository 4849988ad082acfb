/** The sidebar's state lists the other sheets a report may read: the tiền sheet, the unit tabs (issue 13). */
import { describe, expect, it } from 'vitest';
import { getState } from '../../../src/server/rpc/getState';
import { MemoryPort } from '../memoryPort';
import { TIEN_GRID, VIEC_GRID } from '../../core/table/measureSheets';
import { unitGrid } from '../../core/consolidate/unitTabs';

function counted(p: MemoryPort): string[] {
  const reads: string[] = [];
  const readSheet = p.readSheet.bind(p);
  p.readSheet = (name: string) => (reads.push(name), readSheet(name));
  return reads;
}

describe('getState: the other sheets', () => {
  it('proposes the one tiền sheet of a việc-only table, reading each sheet once', () => {
    const p = new MemoryPort([{ name: 'Việc', values: VIEC_GRID }, { name: 'Tiền', values: TIEN_GRID }, { name: 'Ghi chú', values: [['ghi chú']] }]);
    const reads = counted(p);
    const state = getState(p, { sheet: 'Việc' });
    if (!state.ok) throw new Error(state.message);
    expect(state.sources.tien).toEqual({ candidates: ['Tiền'], proposed: 'Tiền', message: null });
    expect(state.sources.unitTabs).toEqual([]);
    expect([...reads].sort()).toEqual(['Ghi chú', 'Tiền', 'Việc']);
  });

  it('picks none of two candidates and passes the message on', () => {
    const p = new MemoryPort([{ name: 'Việc', values: VIEC_GRID }, { name: 'Tiền', values: TIEN_GRID }, { name: 'Biểu 02', values: TIEN_GRID }]);
    const state = getState(p, { sheet: 'Việc' });
    if (!state.ok) throw new Error(state.message);
    expect(state.sources.tien.proposed).toBeNull();
    expect(state.sources.tien.candidates).toEqual(['Tiền', 'Biểu 02']);
    expect(state.sources.tien.message).toContain('“Tiền”, “Biểu 02”');
  });

  it('lists the unit tabs of the same form and period, named by their title, the other period left out', () => {
    const p = new MemoryPort([
      { name: 'BL', values: unitGrid('CHI CỤC THADS HUYỆN BẾN LỨC', [[10, 8, 100, 50]]) },
      { name: 'CG', values: unitGrid(null, [[20, 10, 200, 20]]) },
      { name: 'ĐH', values: unitGrid('CHI CỤC THADS HUYỆN ĐỨC HÒA', [[5, 5, 10, 10]], { year: 2019 }) },
    ]);
    const state = getState(p, { sheet: 'BL' });
    if (!state.ok) throw new Error(state.message);
    expect(state.sources.unitTabs).toEqual([{ sheet: 'BL', name: 'CHI CỤC THADS HUYỆN BẾN LỨC' }, { sheet: 'CG', name: 'CG' }]);
    expect(state.sources.tien.candidates).toEqual([]);
  });
});

/** Month m (1 = T10) of a series: two units, the rates growing with m; an optional title line. */
const monthGrid = (m: number, title?: string) => [
  ...(title ? [[title]] : []),
  ['Đơn vị', 'Có điều kiện (việc)', 'Thi hành xong (việc)', 'Có điều kiện (tiền)', 'Thi hành xong (tiền)'],
  ['Chi cục THADS huyện A', 100, 10 * m, 1000, 50 * m],
  ['Chi cục THADS huyện B', 100, 5 * m, 1000, 30 * m],
];
const THIS_YEAR = ['T10-2023', 'T11-2023', 'T12-2023', 'T1-2024', 'T2-2024', 'T3-2024'];

describe('getState: the month series and last year’s tab (issue 13)', () => {
  it('finds the series of the shown tab and last year’s same months by period, reading each sheet once', () => {
    const p = new MemoryPort([
      ...THIS_YEAR.map((name, i) => ({ name, values: monthGrid(i + 1) })),
      { name: 'T3-2023', values: monthGrid(6) },
      { name: 'Cùng kỳ 2019', values: monthGrid(12, 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 6 THÁNG NĂM 2019') },
    ]);
    const reads = counted(p);
    const state = getState(p, { sheet: 'T3-2024' });
    if (!state.ok) throw new Error(state.message);
    expect(state.sources.period).toEqual({ year: 2024, month: 6 });
    expect(state.sources.series?.months.map((m) => m.sheet)).toEqual(THIS_YEAR);
    expect(state.sources.series?.lastYear).toEqual([{ month: 6, sheet: 'T3-2023' }]);
    expect(state.sources.series?.disputed).toEqual([]);
    expect(state.sources.lastYear).toEqual({ candidates: ['T3-2023'], proposed: 'T3-2023', message: null });
    expect([...reads].sort()).toEqual([...THIS_YEAR, 'T3-2023', 'Cùng kỳ 2019'].sort());
  });

  it('lists both tabs claiming one month with a message naming them, and picks none', () => {
    const p = new MemoryPort([
      ...THIS_YEAR.slice(0, 3).map((name, i) => ({ name, values: monthGrid(i + 1) })),
      { name: 'T12-2023 (sửa)', values: monthGrid(3) },
      { name: 'T1-2024', values: monthGrid(4) },
    ]);
    const state = getState(p, { sheet: 'T1-2024' });
    if (!state.ok) throw new Error(state.message);
    const series = state.sources.series!;
    expect(series.months.map((m) => m.month)).toEqual([1, 2, 4]);
    expect(series.disputed).toHaveLength(1);
    expect(series.disputed[0]).toMatchObject({ month: 3, tabs: ['T12-2023', 'T12-2023 (sửa)'] });
    expect(series.disputed[0]!.message).toContain('“T12-2023” và “T12-2023 (sửa)”');
    expect(series.messages).toEqual([]);
  });

  it('names a tab of another year inside the series, and never proposes a "Cùng kỳ" tab of another year', () => {
    const p = new MemoryPort([
      { name: 'T10-2023', values: monthGrid(1) },
      { name: 'T11-2022', values: monthGrid(2) },
      { name: 'T11-2023', values: monthGrid(2) },
      { name: 'T12-2023', values: monthGrid(3) },
      { name: 'Cùng kỳ', values: monthGrid(3, 'BÁO CÁO 3 THÁNG NĂM 2019') },
    ]);
    const state = getState(p, { sheet: 'T12-2023' });
    if (!state.ok) throw new Error(state.message);
    expect(state.sources.series?.months.map((m) => m.sheet)).toEqual(['T10-2023', 'T11-2023', 'T12-2023']);
    expect(state.sources.series?.messages.join(' ')).toContain('Trang “T11-2022” nằm giữa các trang năm 2024');
    expect(state.sources.lastYear?.proposed).toBeNull();
    expect(state.sources.lastYear?.message).toContain('Không có trang cùng kỳ năm trước (3 tháng năm 2023)');
  });

  it('gives a tab with no year its series’ year, and says so', () => {
    const p = new MemoryPort([
      { name: 'T10-2023', values: monthGrid(1) },
      { name: 'T11', values: monthGrid(2) },
    ]);
    const state = getState(p, { sheet: 'T11' });
    if (!state.ok) throw new Error(state.message);
    expect(state.sources.period).toEqual({ year: 2024, month: 2 });
    expect(state.sources.series?.messages).toEqual(['Tên trang “T11” không ghi năm: coi là năm thống kê 2024 như các trang khác của diễn biến.']);
  });
});

describe('getState: last year’s tab of other units', () => {
  it('lists it with a message naming both tabs, and proposes none', () => {
    const p = new MemoryPort([
      { name: 'T3-2024', values: monthGrid(6) },
      { name: 'T3-2023', values: [monthGrid(6)[0]!, ['Chi cục THADS huyện Khác', 100, 50, 1000, 300]] },
    ]);
    const state = getState(p, { sheet: 'T3-2024' });
    if (!state.ok) throw new Error(state.message);
    expect(state.sources.lastYear?.proposed).toBeNull();
    expect(state.sources.lastYear?.candidates).toEqual(['T3-2023']);
    expect(state.sources.lastYear?.message).toBe('Trang “T3-2023” là số liệu cùng kỳ năm trước nhưng không có đơn vị nào trùng tên với trang “T3-2024”: không tự chọn để so sánh.');
  });
});
