import { describe, expect, it } from 'vitest';
import { registerColumns } from '../../../src/core/register/registerColumns';

describe('registerColumns: the header row of a case register', () => {
  it('reads each field a register has, in column order', () => {
    const header = ['STT', 'Số QĐ', 'Ngày thụ lý', 'Đơn vị', 'Chấp hành viên', 'Trạng thái', 'Số tiền phải thi hành', 'Số tiền đã thu', 'Ngày kết thúc'];
    expect(registerColumns(header).map((c) => [c.column, c.field])).toEqual([
      [0, 'index'],
      [1, 'decision'],
      [2, 'acceptedOn'],
      [3, 'unit'],
      [4, 'officer'],
      [5, 'status'],
      [6, 'amountDue'],
      [7, 'amountCollected'],
      [8, 'closedOn'],
    ]);
  });

  it('matches headers as table headers are: without accents, abbreviated', () => {
    expect(registerColumns(['Don vi', 'CHV', 'Trang thai']).map((c) => c.field)).toEqual(['unit', 'officer', 'status']);
  });

  it('counts the first column of a field only, and skips blank and unknown headers', () => {
    const cols = registerColumns(['Đơn vị', '', 'Ghi chú', 'Trạng thái', 'Trạng thái']);
    expect(cols).toEqual([
      { column: 0, field: 'unit', header: 'Đơn vị' },
      { column: 3, field: 'status', header: 'Trạng thái' },
    ]);
  });
});

describe('registerColumns: money', () => {
  it('reads "Số tiền phải thi hành (đồng)" as the amount due and "Số tiền đã thi hành (đồng)" as what was collected', () => {
    const cols = registerColumns(['STT', 'Đơn vị', 'Trạng thái', 'Số tiền phải thi hành (đồng)', 'Số tiền đã thi hành (đồng)', 'Số tiền đã thu']);
    expect(cols.map((c) => [c.column, c.field])).toEqual([
      [0, 'index'],
      [1, 'unit'],
      [2, 'status'],
      [3, 'amountDue'],
      [4, 'amountCollected'],
    ]);
  });
});

describe('registerColumns: headers as a Chi cục types them (tester, issue 14)', () => {
  it('"Người phải thi hành" is a party, not the amount due: the real "Số tiền phải thi hành" column is read', () => {
    const cols = registerColumns(['STT', 'Số QĐ THA', 'Người phải thi hành', 'Người được thi hành', 'Đơn vị', 'Tình trạng', 'Số tiền phải thi hành (đồng)']);
    expect(cols.map((c) => [c.column, c.field])).toEqual([
      [0, 'index'],
      [1, 'decision'],
      [4, 'unit'],
      [5, 'status'],
      [6, 'amountDue'],
    ]);
  });

  it('"Ngày QĐ", "Ngày ra quyết định", "Ngày ra QĐ THA" are the decision date (the case identity and the period cut)', () => {
    for (const h of ['Ngày QĐ', 'Ngày ra quyết định', 'Ngày ra QĐ THA', 'Ngày quyết định', 'Ngay QD']) {
      expect(registerColumns(['Đơn vị', 'Trạng thái', h]).map((c) => c.field), h).toEqual(['unit', 'status', 'acceptedOn']);
    }
  });

  it('"Chấp hành viên thụ lý" and "CHV được phân công" are the officer', () => {
    for (const h of ['Chấp hành viên thụ lý', 'CHV được phân công']) {
      expect(registerColumns(['Đơn vị', 'Trạng thái', h]).map((c) => c.field), h).toEqual(['unit', 'status', 'officer']);
    }
  });

  it('"Kết quả" is the status beside a "Số QĐ" column (a register), never in a table without one', () => {
    expect(registerColumns(['STT', 'Số QĐ THA', 'Đơn vị', 'Kết quả']).map((c) => [c.column, c.field])).toEqual([
      [0, 'index'],
      [1, 'decision'],
      [2, 'unit'],
      [3, 'status'],
    ]);
    expect(registerColumns(['Số quyết định', 'Kết quả thi hành', 'Chấp hành viên']).map((c) => c.field)).toEqual(['decision', 'status', 'officer']);
    expect(registerColumns(['STT', 'Đơn vị', 'Kết quả thi hành']).some((c) => c.field === 'status')).toBe(false);
  });
});
