import { describe, expect, it } from 'vitest';
import { aggregateRegister } from '../../../src/core/register/aggregateRegister';
import { registerColumns } from '../../../src/core/register/registerColumns';
import type { RegisterOptions } from '../../../src/core/register/types';
import type { Grid } from '../../../src/core/types';
import { register } from './workedRegister';

const columns = registerColumns(register[1]!);
const opts: RegisterOptions = { period: { year: 2024, month: 12 }, regime: 'B', groupBy: 'unit', countPartialCollections: false, moneyFactor: 1000 };
const aggregate = (o: Partial<RegisterOptions> = {}) => aggregateRegister(register, columns, 2, register.length - 1, { ...opts, ...o });

describe('aggregateRegister: one row per case into the quantities of each unit', () => {
  it('hands each case the period counts to onCase: its row, status slot after the cut, amounts in đồng', () => {
    const seen: [number, number, number, number][] = [];
    aggregate({ onCase: (row, slot, due, collected) => seen.push([row, slot, due, collected]) });
    // Case 5 (row 6) is accepted after the period; case 6 (row 7) closed after it counts as đang thi hành (slot 3).
    expect(seen).toEqual([
      [2, 0, 10_000, 10_000],
      [3, 1, 20_000, 0],
      [4, 3, 100_000, 30_000],
      [5, 6, 5_000, 0],
      [7, 3, 40_000, 40_000],
      [8, 5, 50_000, 0],
      [9, 7, 0, 0],
    ]);
  });

  it('counts the worked example (regime B)', () => {
    const r = aggregate();
    expect(r.cases).toBe(7);
    const [a, b] = r.groups;
    expect(a?.viec).toEqual({
      carriedOver: 1,
      newlyAccepted: 4,
      totalAccepted: 5,
      delegated: 0,
      withdrawn: 0,
      mustEnforce: 5,
      fullyEnforced: 1,
      terminated: 1,
      completed: 2,
      inProgress: 2,
      other: 0,
      postponed: 1,
      notEnforceable: 0,
      // regime B: Đ = X1 + X2 + đang thi hành + khác = 1 + 1 + 2 + 0
      enforceable: 4,
      nextPeriod: 3,
      enforceableBacklog: 2,
    });
    // tiền in đồng: amounts × 1.000; X tiền = closed cases' amounts due (10 + 20)
    expect(a?.tien.completed).toBe(30_000);
    expect(a?.tien.totalAccepted).toBe(175_000);
    expect(b?.viec).toMatchObject({ carriedOver: 1, newlyAccepted: 1, totalAccepted: 2, delegated: 1, mustEnforce: 1, notEnforceable: 1, enforceable: 0 });
    expect(r.total).toMatchObject({ label: 'Tổng cộng', kind: 'total', ranked: false });
    expect(r.total.viec.totalAccepted).toBe(7);
    expect(r.collectedOnOpen).toEqual([30_000 + 40_000, 0]);
  });

  it('puts hoãn inside Đ in regime A', () => {
    expect(aggregate({ regime: 'A' }).groups[0]?.viec.enforceable).toBe(5);
  });

  it('adds what open cases collected to X tiền under the partial-collection setting', () => {
    expect(aggregate({ countPartialCollections: true }).groups[0]?.tien.completed).toBe(30_000 + 70_000);
  });

  it('tells two officers of the same name apart by their unit, and joins names spelled with other spacing', () => {
    const grid: Grid = [
      ['Đơn vị', 'Chấp hành viên', 'Trạng thái'],
      ['A', 'Nguyễn Văn An', 'Thi hành xong'],
      ['B', 'Nguyễn Văn An', 'Đang thi hành'],
      ['A', ' Nguyễn Văn An ', 'Đình chỉ'],
    ];
    const r = aggregateRegister(grid, registerColumns(grid[0]!), 1, 3, { ...opts, groupBy: 'officer' });
    expect(r.groups.map((g) => [g.label, g.viec.completed, g.viec.enforceable])).toEqual([
      ['Nguyễn Văn An', 2, 2],
      ['Nguyễn Văn An', 0, 1],
    ]);
    expect(r.unitOf).toEqual(['A', 'B']);
  });

  it('joins names with a double space inside, officers and units alike (tester, issue 14)', () => {
    const grid: Grid = [
      ['Đơn vị', 'Chấp hành viên', 'Trạng thái'],
      ['Chi cục A', 'Nguyễn Văn Hùng', 'Thi hành xong'],
      ['Chi cục  A', 'Nguyễn  Văn Hùng', 'Đang thi hành'],
    ];
    const byOfficer = aggregateRegister(grid, registerColumns(grid[0]!), 1, 2, { ...opts, groupBy: 'officer' });
    expect(byOfficer.groups.map((g) => [g.label, g.viec.totalAccepted])).toEqual([['Nguyễn Văn Hùng', 2]]);
    expect(byOfficer.unitOf).toEqual(['Chi cục A']);
    const byUnit = aggregateRegister(grid, registerColumns(grid[0]!), 1, 2, opts);
    expect(byUnit.groups.map((g) => [g.label, g.viec.totalAccepted])).toEqual([['Chi cục A', 2]]);
  });

  it('leaves out a case without a unit or with an unreadable date, naming row and column', () => {
    const grid: Grid = [
      ['Ngày thụ lý', 'Đơn vị', 'Trạng thái'],
      ['01/11/2023', '', 'Thi hành xong'],
      ['hôm qua', 'A', 'Thi hành xong'],
      ['01/11/2023', 'A', 'Thi hành xong'],
    ];
    const r = aggregateRegister(grid, registerColumns(grid[0]!), 1, 3, opts);
    expect(r.cases).toBe(1);
    expect(r.warnings).toEqual([
      'Dòng 2, cột B: thiếu đơn vị; bỏ qua việc này.',
      'Dòng 3, cột A: ngày thụ lý không đọc được; bỏ qua việc này.',
    ]);
  });
});
