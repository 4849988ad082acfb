import { describe, expect, it } from 'vitest';
import { periodSpan, reportOwnerMark, reportSheetName } from '../../../src/core/report/sheetName';

describe('the report sheet of a period', () => {
  it('is named after the cumulative period', () => {
    expect(reportSheetName({ year: 2019, month: 6 })).toBe('Báo cáo 6 tháng năm 2019');
  });

  it('carries a mark of its own per period', () => {
    expect(reportOwnerMark({ year: 2020, month: 12 })).toBe('report:2020-12');
    expect(reportOwnerMark({ year: 2020, month: 6 })).not.toBe(reportOwnerMark({ year: 2019, month: 6 }));
  });

  it('states the span from 01/10 of the year before', () => {
    expect(periodSpan({ year: 2019, month: 6 })).toBe('từ 01/10/2018 đến 31/03/2019');
    expect(periodSpan({ year: 2020, month: 12 })).toBe('từ 01/10/2019 đến 30/09/2020');
  });
});
