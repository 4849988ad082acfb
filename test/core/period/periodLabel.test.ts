import { describe, expect, it } from 'vitest';
import { periodLabel } from '../../../src/core/period/periodLabel';

describe('periodLabel — the period named as reports name it', () => {
  it('says "N tháng năm Y" mid-year and "năm Y" for the annual report', () => {
    expect(periodLabel({ year: 2019, month: 6 })).toBe('6 tháng năm 2019');
    expect(periodLabel({ year: 2020, month: 12 })).toBe('năm 2020');
  });
});
