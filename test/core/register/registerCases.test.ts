import { describe, expect, it } from 'vitest';
import { detectRegister } from '../../../src/core/register/detectRegister';
import { caseIdentityText, caseKey, officerLabel, registerCases } from '../../../src/core/register/registerCases';
import { SLOT } from '../../../src/core/register/slots';
import type { DetectedTable } from '../../../src/core/table/types';
import type { Grid } from '../../../src/core/types';

/** Statistical year 2024: 01/10/2023 – 30/09/2024. */
const grid: Grid = [
  ['SỔ THỤ LÝ 12 tháng năm 2024'],
  ['STT', 'Số QĐ', 'Ngày thụ lý', 'Đơn vị', 'Chấp hành viên', 'Trạng thái', 'Số tiền phải thi hành (đồng)', 'Số tiền đã thu', 'Ngày kết thúc'],
  [1, '12/QĐ-CCTHADS', '15/09/2023', 'Chi cục A', 'Nguyễn Văn B', 'Thi hành xong', 100, 100, '10/11/2023'],
  [2, ' 13/QĐ-CCTHADS ', '01/10/2023', 'Chi cục A', 'Trần C', 'Đang thi hành', 200, 50, ''],
  // Closed after the period: đang thi hành in it.
  [3, '14/QĐ-CCTHADS', '01/06/2024', 'Chi cục A', 'Trần C', 'Thi hành xong', 300, 300, '03/10/2024'],
  // Accepted after the period: not a case of it.
  [4, '15/QĐ-CCTHADS', '05/10/2024', 'Chi cục A', 'Lê D', 'Thi hành xong', 7, 7, '06/10/2024'],
  // The same number in another unit is another case.
  [5, '12/QĐ-CCTHADS', '15/09/2023', 'Chi cục B', 'Nguyễn Văn B', 'Chưa có điều kiện', 50, '', ''],
];

function read(g: Grid): DetectedTable {
  const d = detectRegister(g, 1, { period: { year: 2024, month: 12 } });
  if (!d.ok) throw new Error(d.message);
  return d.table;
}

describe('registerCases', () => {
  it('lists each case of the period with its identity, officer, status after the cut and amounts (đồng)', () => {
    const r = registerCases(grid, read(grid), 'B');
    expect(r.cases).toEqual([
      { row: 2, unit: 'Chi cục A', decision: '12/QĐ-CCTHADS', decidedOn: 20230915, officer: 'Nguyễn Văn B', slot: SLOT.fullyEnforced, due: 100, collected: 100 },
      { row: 3, unit: 'Chi cục A', decision: '13/QĐ-CCTHADS', decidedOn: 20231001, officer: 'Trần C', slot: SLOT.inProgress, due: 200, collected: 50 },
      { row: 4, unit: 'Chi cục A', decision: '14/QĐ-CCTHADS', decidedOn: 20240601, officer: 'Trần C', slot: SLOT.inProgress, due: 300, collected: 300 },
      { row: 6, unit: 'Chi cục B', decision: '12/QĐ-CCTHADS', decidedOn: 20230915, officer: 'Nguyễn Văn B', slot: SLOT.notEnforceable, due: 50, collected: 0 },
    ]);
    expect(r.duplicates).toEqual([]);
    expect(r.missing).toEqual([]);
  });

  it('gives the figures per officer within the unit; an officer with no case in the period has none', () => {
    const r = registerCases(grid, read(grid), 'B');
    expect(r.officers!.map((o) => [o.label, o.viec.totalAccepted, o.viec.completed])).toEqual([
      ['Chi cục A / Nguyễn Văn B', 1, 1],
      ['Chi cục A / Trần C', 2, 0],
      ['Chi cục B / Nguyễn Văn B', 1, 0],
    ]);
  });

  it('finds an identity repeated within a unit, and cases without a decision number', () => {
    const g = [...grid, [6, '13/QĐ-CCTHADS  ', '01/10/2023', 'Chi cục A', 'Lê D', 'Hoãn', 1, '', ''], [7, '', '01/10/2023', 'Chi cục A', 'Lê D', 'Hoãn', 1, '', '']];
    const r = registerCases(g, read(g), 'B');
    expect(r.duplicates).toEqual([{ key: caseKey({ unit: 'Chi cục A', decision: '13/QĐ-CCTHADS', decidedOn: 20231001 }), identity: 'việc số QĐ 13/QĐ-CCTHADS ngày 01/10/2023 (Chi cục A)', rows: [3, 7] }]);
    expect(r.missing).toEqual([8]);
  });

  it('without a decision column, no cases (no identity); without an officer column, no officers', () => {
    const g = grid.map((row) => [row[0], ...row.slice(2, 4), ...row.slice(5)]);
    const r = registerCases(g, read(g), 'B');
    expect(r.cases).toBeNull();
    expect(r.officers).toBeNull();
  });
});

describe('caseIdentityText / officerLabel', () => {
  it('names a case and an officer as the agencies do', () => {
    expect(caseIdentityText({ unit: 'Chi cục A', decision: '12/QĐ-CCTHADS', decidedOn: 20240115 })).toBe('việc số QĐ 12/QĐ-CCTHADS ngày 15/01/2024 (Chi cục A)');
    expect(caseIdentityText({ unit: '', decision: '', decidedOn: null })).toBe('việc số QĐ (trống)');
    expect(officerLabel('Chi cục A', 'Nguyễn Văn B')).toBe('Chi cục A / Nguyễn Văn B');
    expect(officerLabel('', 'Nguyễn Văn B')).toBe('Nguyễn Văn B');
  });
});
