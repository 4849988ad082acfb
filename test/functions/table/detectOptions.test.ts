import { describe, expect, it } from 'vitest';
import { detectOptionsOf } from '../../../src/functions/table/detectOptions';
import { tableOptions } from '../../../src/functions/table/tableOptions';

describe('detectOptionsOf — what a table function tells the reader', () => {
  it('passes the money unit, the period and its regime, and the rows not to rank', () => {
    const o = detectOptionsOf(tableOptions('THADS_CHECK', [['đơn vị tiền', 'triệu đồng'], ['năm', 2019], ['tháng', 6], ['không xếp hạng', 'Cục THADS tỉnh']]));
    expect(o).toEqual({ moneyUnit: 'trieu', notRanked: ['Cục THADS tỉnh'], regime: 'A', period: { year: 2019, month: 6 } });
  });

  it('leaves out what the options do not say', () => {
    expect(detectOptionsOf(tableOptions('THADS_CHECK', undefined))).toEqual({ notRanked: [], regime: expect.any(String) });
  });
});
