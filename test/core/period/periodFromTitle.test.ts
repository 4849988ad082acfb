import { describe, expect, it } from 'vitest';
import { periodFromTitle } from '../../../src/core/period/periodFromTitle';

describe('periodFromTitle — kỳ báo cáo ghi trong tiêu đề', () => {
  it('reads what the sidebar’s guess read: "N THÁNG NĂM YYYY", "đầu năm", "năm thống kê", "6T/2019", "6T-2019"', () => {
    expect(periodFromTitle('BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 12 THÁNG NĂM 2020')).toEqual({ year: 2020, month: 12 });
    expect(periodFromTitle('6 tháng đầu năm 2019')).toEqual({ year: 2019, month: 6 });
    expect(periodFromTitle('9 tháng năm thống kê 2024')).toEqual({ year: 2024, month: 9 });
    expect(periodFromTitle('Số liệu 6T/2019')).toEqual({ year: 2019, month: 6 });
    expect(periodFromTitle('6T-2019')).toEqual({ year: 2019, month: 6 });
  });

  it('reads what a case register’s title read: "12 tháng năm 2024", and "12 tháng 2024" without "năm"', () => {
    expect(periodFromTitle('SỔ THỤ LÝ 12 tháng năm 2024')).toEqual({ year: 2024, month: 12 });
    expect(periodFromTitle('Sổ thụ lý 12 tháng 2024')).toEqual({ year: 2024, month: 12 });
  });

  it('takes the first valid mention, and nothing from a bare year, a date or a month over 12', () => {
    expect(periodFromTitle('15 tháng năm 2020, tức 12 tháng năm 2020')).toEqual({ year: 2020, month: 12 });
    expect(periodFromTitle('Năm 2020')).toBeNull();
    expect(periodFromTitle('ngày 30 tháng 9 năm 2024')).toBeNull();
    expect(periodFromTitle('15 tháng năm 2020')).toBeNull();
    expect(periodFromTitle('12 tháng năm 1999')).toBeNull();
  });
});
