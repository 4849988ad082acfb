import { describe, expect, it } from 'vitest';
import { agencyOf } from '../../../src/core/report/agencyOf';

describe('agencyOf — the reporting agency named in the title rows', () => {
  it('takes the first row naming a THADS body, without the form number sharing its cell', () => {
    expect(agencyOf(['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM SƠN Biểu số 01/TK-THADS', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN'])).toBe(
      'CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM SƠN',
    );
    expect(agencyOf(['Chi cục THADS huyện Bến Lức'])).toBe('Chi cục THADS huyện Bến Lức');
  });

  it('takes the issuing body under its superior, as an official heading prints them (tester, issue 13 case 2)', () => {
    expect(agencyOf(['CỤC THADS TỈNH LONG AN', 'CHI CỤC THADS HUYỆN BẾN LỨC', 'KẾT QUẢ THI HÀNH ÁN DÂN SỰ CỦA CHẤP HÀNH VIÊN', '12 tháng năm 2023'])).toBe(
      'CHI CỤC THADS HUYỆN BẾN LỨC',
    );
    expect(agencyOf(['TỔNG CỤC THI HÀNH ÁN DÂN SỰ', 'CỤC THADS TỈNH LONG AN', 'BÁO CÁO KẾT QUẢ'])).toBe('CỤC THADS TỈNH LONG AN');
  });

  it('does not take the form\'s title for an agency ("KẾT QUẢ THI HÀNH ÁN DÂN SỰ …")', () => {
    expect(agencyOf(['KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC', '12 tháng năm 2023 (từ ngày 01/10/2022 đến ngày 30/9/2023)'])).toBeUndefined();
  });

  it('skips the report title and the unit line, and gives undefined when no row names an agency', () => {
    expect(agencyOf(['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ', 'Đơn vị tính: việc'])).toBeUndefined();
    expect(agencyOf([])).toBeUndefined();
    // A title that names what is counted, not who counts (a unit's tab titled so is named by its tab).
    expect(agencyOf(['KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC VÀ TIỀN', '12 tháng năm 2025'])).toBeUndefined();
    expect(agencyOf(['TỔNG HỢP KẾT QUẢ THI HÀNH ÁN DÂN SỰ', 'THỐNG KÊ THI HÀNH ÁN'])).toBeUndefined();
    expect(agencyOf(['KẾT QUẢ THI HÀNH ÁN CỦA CHẤP HÀNH VIÊN', 'Chi cục THADS huyện Tân Phú'])).toBe('Chi cục THADS huyện Tân Phú');
  });

  it('does not take a register\'s own title for an agency ("SỔ THỤ LÝ …", "SỔ THEO DÕI THỤ LÝ VÀ KẾT QUẢ THI HÀNH ÁN") (tester, issue 14)', () => {
    expect(agencyOf(['CỤC THI HÀNH ÁN DÂN SỰ THÀNH PHỐ HÀ NỘI', 'SỔ THEO DÕI THỤ LÝ VÀ KẾT QUẢ THI HÀNH ÁN'])).toBe('CỤC THI HÀNH ÁN DÂN SỰ THÀNH PHỐ HÀ NỘI');
    expect(agencyOf(['CHI CỤC THI HÀNH ÁN DÂN SỰ HUYỆN ĐÔNG ANH', 'SỔ THỤ LÝ VIỆC THI HÀNH ÁN NĂM 2024'])).toBe('CHI CỤC THI HÀNH ÁN DÂN SỰ HUYỆN ĐÔNG ANH');
  });
});
