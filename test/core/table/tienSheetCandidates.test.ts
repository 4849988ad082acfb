import { describe, expect, it } from 'vitest';
import { tienSheetCandidates } from '../../../src/core/table/tienSheetCandidates';
import { TIEN_GRID, VIEC_GRID, read } from './measureSheets';

const viec = { sheet: 'Việc', table: read(VIEC_GRID) };
const tien = read(TIEN_GRID);

describe('tienSheetCandidates', () => {
  it('proposes the one tiền-only sheet of the same units', () => {
    expect(tienSheetCandidates(viec, [viec, { sheet: 'Biểu 02', table: tien }])).toEqual({ candidates: ['Biểu 02'], proposed: 'Biểu 02' });
  });

  it('never picks between two: lists both, the one named like tiền first, with a message naming them', () => {
    const r = tienSheetCandidates(viec, [{ sheet: 'Trang 3', table: tien }, { sheet: 'Về tiền', table: tien }]);
    expect(r.proposed).toBeNull();
    expect(r.candidates).toEqual(['Về tiền', 'Trang 3']);
    expect(r.message).toContain('“Về tiền”, “Trang 3”');
  });

  it('leaves out a tiền sheet of other units, and a việc sheet', () => {
    const other = read(TIEN_GRID.map((r) => (typeof r[0] === 'string' && /huyện/i.test(r[0]) ? [`${r[0]} khác`, ...r.slice(1)] : r)));
    expect(tienSheetCandidates(viec, [{ sheet: 'Tiền', table: other }, { sheet: 'Việc 2', table: viec.table }]).candidates).toEqual([]);
  });

  it('proposes nothing for a table that already holds tiền', () => {
    expect(tienSheetCandidates({ sheet: 'Tiền', table: tien }, [viec]).proposed).toBeNull();
  });
});
