import { describe, expect, it } from 'vitest';
import { periodDisagreement } from '../../../src/core/period/periodDisagreement';

const title = { year: 2020, month: 12, source: 'title' as const, text: 'BÁO CÁO 12 THÁNG NĂM 2020' };

describe('periodDisagreement', () => {
  it('says the chosen month disagrees with the title’s period, naming both and the title', () => {
    expect(periodDisagreement({ year: 2020, month: 6 }, title)).toBe(
      'Kỳ báo cáo đã chọn (6 tháng năm 2020) khác kỳ ghi ở tiêu đề «BÁO CÁO 12 THÁNG NĂM 2020» (12 tháng năm 2020): số liệu của bảng là của kỳ ghi ở tiêu đề; hãy kiểm tra lại năm và tháng.',
    );
  });

  it('says so for another year, and names the sheet when the period came from its name', () => {
    expect(periodDisagreement({ year: 2030, month: 12 }, title)).toMatch(/^Kỳ báo cáo đã chọn \(12 tháng năm 2030\) khác kỳ ghi ở tiêu đề/);
    expect(periodDisagreement({ year: 2019, month: 12 }, { year: 2019, month: 6, source: 'sheetName', text: '6T-2019' })).toBe(
      'Kỳ báo cáo đã chọn (12 tháng năm 2019) khác kỳ ghi ở tên trang «6T-2019» (6 tháng năm 2019): số liệu của bảng là của kỳ ghi ở tên trang; hãy kiểm tra lại năm và tháng.',
    );
  });

  it('is null when they agree or the table states no period', () => {
    expect(periodDisagreement({ year: 2020, month: 12 }, title)).toBeNull();
    expect(periodDisagreement({ year: 2020, month: 6 }, null)).toBeNull();
  });
});
