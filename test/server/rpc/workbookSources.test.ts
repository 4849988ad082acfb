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
