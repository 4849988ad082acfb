import { describe, expect, it } from 'vitest';
import { statedIn } from '../../../src/core/period/statedPeriod';

describe('statedIn', () => {
  it('names the title or the sheet the period was read from', () => {
    expect(statedIn({ year: 2020, month: 12, source: 'title', text: 'BÁO CÁO 12 THÁNG NĂM 2020' })).toBe('tiêu đề «BÁO CÁO 12 THÁNG NĂM 2020»');
    expect(statedIn({ year: 2019, month: 6, source: 'sheetName', text: '6T-2019' })).toBe('tên trang «6T-2019»');
  });
});
