import { describe, expect, it } from 'vitest';
import { tabRecord, tabUnitName } from '../../../src/core/consolidate/tabRecord';
import type { DetectedTable } from '../../../src/core/table/types';
import { unitGrid, unitTab } from './unitTabs';

const table = (t: ReturnType<typeof unitTab>) => t.table as DetectedTable;

describe('tabRecord', () => {
  it('is the tab’s totals row, named by its title, money in đồng', () => {
    const r = tabRecord('BL', table(unitTab('BL', unitGrid('CHI CỤC THADS HUYỆN BẾN LỨC', [[10, 8, 100, 50], [30, 12, 300, 100]]))), 0);
    expect(r.record).toMatchObject({ label: 'CHI CỤC THADS HUYỆN BẾN LỨC', kind: 'unit', ranked: true, viec: { enforceable: 40, completed: 20 }, tien: { enforceable: 400_000, completed: 150_000 } });
    expect(r.findings).toEqual([]);
  });

  it('checks the totals row against the sum of the rows, naming the tab', () => {
    const r = tabRecord('BL', table(unitTab('BL', unitGrid(null, [[10, 8, 100, 50], [30, 12, 300, 100]], { total: [40, 21, 400, 150] }))), 0);
    expect(r.record.label).toBe('BL');
    expect(r.record.viec.completed).toBe(21);
    expect(r.findings.map((f) => f.message)).toEqual(['Trang “BL” (BL): dòng “Cộng” ghi giải quyết xong (X) về việc là 21, tổng các dòng là 20: số của dòng “Cộng” được dùng.']);
  });

  it('sums the rows of a tab with no totals row', () => {
    const grid = unitGrid(null, [[10, 8, 100, 50], [30, 12, 300, 100]]).slice(0, -1);
    expect(tabRecord('X', table(unitTab('X', grid)), 3).record).toMatchObject({ row: 3, viec: { enforceable: 40, completed: 20 } });
  });

  it('tabUnitName falls back to the tab name', () => {
    expect(tabUnitName('Bến Lức', ['BÁO CÁO KẾT QUẢ 12 THÁNG NĂM 2020'])).toBe('Bến Lức');
  });
});
