import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../../src/core/register/dayNumber';
import { statusKey } from '../../../src/core/register/statusKey';
import { detectTable } from '../../../src/core/read/detectTable';
import type { Grid } from '../../../src/core/types';

describe('statusKey: a case status matched as headers are', () => {
  it.each([
    ['Thi hành xong', 'fullyEnforced'],
    ['Đình chỉ', 'terminated'],
    ['Đang thi hành', 'inProgress'],
    ['đang THA', 'inProgress'],
    ['Hoãn', 'postponed'],
    ['Tạm đình chỉ', 'postponed'],
    ['TĐC', 'postponed'],
    ['Chưa có điều kiện', 'notEnforceable'],
    ['CCĐK', 'notEnforceable'],
    ['Uỷ thác', 'delegated'],
    ['Thu hồi, hủy quyết định', 'withdrawn'],
    ['Trường hợp khác', 'other'],
    ['thi hanh xong', 'fullyEnforced'],
  ])('%s → %s', (text, key) => {
    expect(statusKey(text)).toBe(key);
  });

  it('gives null for a status it does not know', () => {
    expect(statusKey('Chờ xử lý')).toBeNull();
  });
});

describe('dayNumber', () => {
  it('reads dd/mm/yyyy text and Date values by their calendar fields', () => {
    expect(dayNumber('01/10/2023')).toBe(20231001);
    expect(dayNumber('5-2-2024')).toBe(20240205);
    expect(dayNumber(new Date(2024, 1, 20))).toBe(20240220);
    expect(dayNumber('')).toBeNull();
    expect(dayNumber('hôm qua')).toBeUndefined();
    expect(dayNumber('31/13/2024')).toBeUndefined();
  });
});

/**
 * Statistical year 2024 = 01/10/2023 – 30/09/2024 (domain §2). Worked out by hand:
 * unit A: case 1 accepted 15/09/2023 (before 01/10/2023 → C), thi hành xong 10/11/2023 → X1;
 *         case 2 accepted 01/10/2023 (→ M), đình chỉ → X2; case 3 accepted 02/02/2024 (M), đang thi hành,
 *         collected 30 of 100; case 4 hoãn (M); case 5 accepted 05/10/2024, after the period → left out;
 *         case 6 thi hành xong but closed 03/10/2024, after the period → counts as đang thi hành.
 * unit B: case 7 chưa có điều kiện (C), case 8 ủy thác (M).
 */
const register: Grid = [
  ['SỔ THỤ LÝ 12 tháng năm 2024', '', '', '', '', '', ''],
  ['STT', 'Ngày thụ lý', 'Đơn vị', 'Trạng thái', 'Số tiền phải thi hành (nghìn đồng)', 'Số tiền đã thu', 'Ngày kết thúc'],
  [1, '15/09/2023', 'A', 'Thi hành xong', 10, 10, '10/11/2023'],
  [2, '01/10/2023', 'A', 'Đình chỉ', 20, 0, '01/12/2023'],
  [3, new Date(2024, 1, 2), 'A', 'Đang thi hành', 100, 30, ''],
  [4, '03/03/2024', 'A', 'Hoãn', 5, '', ''],
  [5, '05/10/2024', 'A', 'Thi hành xong', 7, 7, '06/10/2024'],
  [6, '01/06/2024', 'A', 'Thi hành xong', 40, 40, '03/10/2024'],
  [7, '01/01/2023', 'B', 'Chưa có điều kiện', 50, '', ''],
  [8, '01/05/2024', 'B', 'Ủy thác', '', '', ''],
];

describe('case registers', () => {
  it('aggregates one row per case into the quantities of each unit (regime B)', () => {
    const r = detectTable(register);
    if (!r.ok) throw new Error(r.message);
    const t = r.table;
    expect(t.layout).toBe('register');
    expect(t.register?.period).toEqual({ year: 2024, month: 12 });
    expect(t.register?.cases).toBe(7);
    expect(t.moneyUnit).toBe('nghin');
    const [a, b, total] = t.units;
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
    expect(total).toMatchObject({ label: 'Tổng cộng', kind: 'total', ranked: false });
    expect(total?.viec.totalAccepted).toBe(7);
    expect(t.register?.collectedOnOpen).toEqual([30_000 + 40_000, 0]);
  });

  it('puts hoãn inside Đ in regime A', () => {
    const r = detectTable(register, { regime: 'A' });
    expect(r.ok && r.table.units[0]?.viec.enforceable).toBe(5);
  });

  it('adds what open cases collected to X tiền under the partial-collection setting', () => {
    const r = detectTable(register, { countPartialCollections: true });
    expect(r.ok && r.table.units[0]?.tien.completed).toBe(30_000 + 70_000);
  });

  it('groups per officer when asked', () => {
    const grid: Grid = [
      ['Đơn vị', 'Chấp hành viên', 'Trạng thái'],
      ['A', 'Nguyễn Văn An', 'Thi hành xong'],
      ['A', 'Trần Thị Bình', 'Đang thi hành'],
      ['A', 'Nguyễn Văn An', 'Đình chỉ'],
    ];
    const r = detectTable(grid, { registerGroupBy: 'officer', period: { year: 2024, month: 12 } });
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
    const r = detectTable(grid, { period: { year: 2024, month: 12 } });
    if (!r.ok) throw new Error(r.message);
    expect(r.table.register?.cases).toBe(1);
    expect(r.table.warnings).toContain(
      'Dòng 3, cột 2 của vùng: trạng thái "Chờ xử lý" không rõ là thi hành xong, đình chỉ, đang thi hành, hoãn…; bỏ qua việc này.',
    );
  });

  it('says when the period cannot be known', () => {
    const grid: Grid = [
      ['Đơn vị', 'Trạng thái'],
      ['A', 'Thi hành xong'],
    ];
    const r = detectTable(grid);
    expect(r).toEqual({ ok: false, message: expect.stringContaining('Không biết kỳ báo cáo của sổ thụ lý') });
  });
});
