import { describe, expect, it } from 'vitest';
import { detectRegister, findRegisterHeader } from '../../../src/core/register/detectRegister';
import type { Grid } from '../../../src/core/types';
import { register } from './workedRegister';

describe('findRegisterHeader', () => {
  it('finds the row naming a status and a unit or officer column, among the first rows', () => {
    expect(findRegisterHeader(register)).toBe(1);
    expect(findRegisterHeader([['Chấp hành viên', 'Tình trạng'], ['Nguyễn Văn An', 'Thi hành xong']])).toBe(0);
  });

  it('gives -1 for an aggregated table, which has no status column', () => {
    expect(findRegisterHeader([['Đơn vị', 'Có điều kiện thi hành', 'Giải quyết xong'], ['Chi cục A', 100, 80]])).toBe(-1);
  });
});

describe('detectRegister: a case register read into a table', () => {
  it('takes the period from the title, the money unit from a header, and adds the whole as a totals row', () => {
    const r = detectRegister(register, 1, {});
    if (!r.ok) throw new Error(r.message);
    const t = r.table;
    expect(t.layout).toBe('register');
    expect(t.register?.period).toEqual({ year: 2024, month: 12 });
    expect(t.register?.cases).toBe(7);
    expect(t.moneyUnit).toBe('nghin');
    expect(t.moneyUnitSource).toBe('header');
    expect(t.units.map((u) => [u.label, u.kind])).toEqual([
      ['A', 'unit'],
      ['B', 'unit'],
      ['Tổng cộng', 'total'],
    ]);
    expect(t.units[0]?.viec.completed).toBe(2);
    expect(t.labelColumn).toBe(2);
  });

  it('takes the regime from the year unless given: hoãn inside Đ in regime A', () => {
    const r = detectRegister(register, 1, { regime: 'A' });
    expect(r.ok && r.table.units[0]?.viec.enforceable).toBe(5);
  });

  it('guesses the period from the latest date when no title gives it, and says so', () => {
    const grid: Grid = [
      ['Ngày thụ lý', 'Đơn vị', 'Trạng thái'],
      ['15/11/2023', 'A', 'Thi hành xong'],
    ];
    const r = detectRegister(grid, 0, {});
    if (!r.ok) throw new Error(r.message);
    // 15/11/2023 lies in statistical year 2024 (01/10/2023 – 30/09/2024, domain §2)
    expect(r.table.register?.period).toEqual({ year: 2024, month: 12 });
    expect(r.table.warnings.join(' ')).toContain('coi là 12 tháng năm 2024');
  });

  it('groups per officer when asked', () => {
    const grid: Grid = [
      ['Đơn vị', 'Chấp hành viên', 'Trạng thái'],
      ['A', 'Nguyễn Văn An', 'Thi hành xong'],
      ['A', 'Trần Thị Bình', 'Đang thi hành'],
      ['A', 'Nguyễn Văn An', 'Đình chỉ'],
    ];
    const r = detectRegister(grid, 0, { registerGroupBy: 'officer', period: { year: 2024, month: 12 } });
    if (!r.ok) throw new Error(r.message);
    expect(r.table.units.map((u) => [u.label, u.viec.completed, u.viec.enforceable])).toEqual([
      ['Nguyễn Văn An', 2, 2],
      ['Trần Thị Bình', 0, 1],
      ['Tổng cộng', 2, 3],
    ]);
    expect(r.table.register?.unitOf).toEqual(['A', 'A']);
  });

  it('reports an unknown status with its row and value, and leaves the case out', () => {
    const grid: Grid = [
      ['Đơn vị', 'Trạng thái'],
      ['A', 'Thi hành xong'],
      ['A', 'Chờ xử lý'],
    ];
    const r = detectRegister(grid, 0, { period: { year: 2024, month: 12 } });
    if (!r.ok) throw new Error(r.message);
    expect(r.table.register?.cases).toBe(1);
    expect(r.table.warnings).toContain(
      'Dòng 3, cột B: trạng thái "Chờ xử lý" không rõ là thi hành xong, đình chỉ, đang thi hành, hoãn…; bỏ qua việc này.',
    );
  });

  it('says when the period cannot be known', () => {
    const grid: Grid = [
      ['Đơn vị', 'Trạng thái'],
      ['A', 'Thi hành xong'],
    ];
    const r = detectRegister(grid, 0, {});
    expect(r).toEqual({ ok: false, message: expect.stringContaining('Không biết kỳ báo cáo của sổ thụ lý') });
  });
});

describe('detectRegister: bad input', () => {
  it('a register without a status column names what it found', () => {
    const r = detectRegister([['Đơn vị', 'Ngày thụ lý'], ['A', '01/11/2023']], 0, { period: { year: 2024, month: 12 } });
    expect(r).toEqual({ ok: false, message: 'Sổ thụ lý thiếu cột "Trạng thái". Đã nhận ra: cột A: "Đơn vị"; cột B: "Ngày thụ lý".' });
  });

  it('a header with no case under it', () => {
    const r = detectRegister([['Đơn vị', 'Trạng thái'], ['', '']], 0, { period: { year: 2024, month: 12 } });
    expect(r).toEqual({ ok: false, message: 'Sổ thụ lý không có việc nào dưới dòng tiêu đề (dòng 1).' });
  });
});

describe('detectRegister: registers as a Chi cục keeps them (tester, issue 14)', () => {
  const grid: Grid = [
    ['SỔ THỤ LÝ 12 tháng năm 2024'],
    ['STT', 'Số QĐ THA', 'Đơn vị', 'Kết quả'],
    [1, '1/QĐ-CCTHADS', 'Chi cục A', 'thi hành xong'],
    [2, '2/QĐ-CCTHADS', 'Chi cục A', 'đang thi hành'],
    [3, '1/QĐ-CCTHADS', 'Chi cục B', 'hoãn'],
  ];

  it('finds a register whose status column is headed "Kết quả"', () => {
    expect(findRegisterHeader(grid)).toBe(1);
    const r = detectRegister(grid, 1, {});
    if (!r.ok) throw new Error(r.message);
    expect(r.table.units.map((u) => [u.label, u.viec.fullyEnforced, u.viec.postponed])).toEqual([
      ['Chi cục A', 1, 0],
      ['Chi cục B', 0, 1],
      ['Tổng cộng', 1, 1],
    ]);
  });

  it('says that a register without a decision-date column is not cut to the period', () => {
    const r = detectRegister(grid, 1, {});
    if (!r.ok) throw new Error(r.message);
    expect(r.table.warnings.join(' ')).toContain('Sổ thụ lý không có cột ngày thụ lý');
  });
});

