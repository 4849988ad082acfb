import { describe, expect, it } from 'vitest';
import { agencyOf } from '../../../src/core/report/agencyOf';

describe('agencyOf — the reporting agency named in the title rows', () => {
  it('takes the first row naming a THADS body, without the form number sharing its cell', () => {
    expect(agencyOf(['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM SƠN Biểu số 01/TK-THADS', 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN'])).toBe(
      'CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM SƠN',
    );
    expect(agencyOf(['Chi cục THADS huyện Bến Lức'])).toBe('Chi cục THADS huyện Bến Lức');
  });

  it('skips the report title and the unit line, and gives undefined when no row names an agency', () => {
    expect(agencyOf(['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ', 'Đơn vị tính: việc'])).toBeUndefined();
    expect(agencyOf([])).toBeUndefined();
    // A title that names what is counted, not who counts (a unit's tab titled so is named by its tab).
    expect(agencyOf(['KẾT QUẢ THI HÀNH ÁN DÂN SỰ TÍNH BẰNG VIỆC VÀ TIỀN', '12 tháng năm 2025'])).toBeUndefined();
    expect(agencyOf(['TỔNG HỢP KẾT QUẢ THI HÀNH ÁN DÂN SỰ', 'THỐNG KÊ THI HÀNH ÁN'])).toBeUndefined();
    expect(agencyOf(['KẾT QUẢ THI HÀNH ÁN CỦA CHẤP HÀNH VIÊN', 'Chi cục THADS huyện Tân Phú'])).toBe('Chi cục THADS huyện Tân Phú');
  });
});
