import { describe, expect, it } from 'vitest';
import { comparisonPeriodDisagreement } from '../../../src/core/period/comparisonPeriodDisagreement';

const title2019 = { year: 2019, month: 12, source: 'title' as const, text: '12 tháng năm 2019' };

describe('comparisonPeriodDisagreement', () => {
  it('says a comparison table of another year than year − 1 is not the same period last year', () => {
    expect(comparisonPeriodDisagreement({ year: 2030, month: 12 }, title2019, 'Cùng kỳ 2019')).toBe(
      'Bảng so sánh (trang “Cùng kỳ 2019”) là số liệu 12 tháng năm 2019 (theo tiêu đề «12 tháng năm 2019»), không phải cùng kỳ năm trước của kỳ báo cáo (12 tháng năm 2029): các số so với cùng kỳ là so với một kỳ khác.',
    );
  });

  it('says so for another month of the right year', () => {
    expect(comparisonPeriodDisagreement({ year: 2020, month: 6 }, title2019, 'Cùng kỳ 2019')).toMatch(/là số liệu 12 tháng năm 2019 .*\(6 tháng năm 2019\)/);
  });

  it('is null for the same period last year, or when the table states none', () => {
    expect(comparisonPeriodDisagreement({ year: 2020, month: 12 }, title2019, 'Cùng kỳ 2019')).toBeNull();
    expect(comparisonPeriodDisagreement({ year: 2030, month: 12 }, null, 'Năm trước')).toBeNull();
  });
});
