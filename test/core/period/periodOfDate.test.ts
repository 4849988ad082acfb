import { describe, expect, it } from 'vitest';
import { periodOfDate } from '../../../src/core/period/periodOfDate';

describe('periodOfDate — the statistical year N runs 01/10/N-1 … 30/09/N', () => {
  it('places a date in its year and cumulative month', () => {
    expect(periodOfDate(new Date(2019, 9, 31))).toEqual({ year: 2020, month: 1 }); // 31/10/2019: 1-month report
    expect(periodOfDate(new Date(2020, 2, 31))).toEqual({ year: 2020, month: 6 }); // 31/03/2020: 6-month report
    expect(periodOfDate(new Date(2020, 8, 30))).toEqual({ year: 2020, month: 12 }); // 30/09/2020: annual
    expect(periodOfDate(new Date(2019, 9, 1))).toEqual({ year: 2020, month: 1 });
  });
});
