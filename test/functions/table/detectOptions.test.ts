import { describe, expect, it } from 'vitest';
import { detectOptionsOf } from '../../../src/functions/table/detectOptions';
import { tableOptions } from '../../../src/functions/table/tableOptions';

describe('detectOptionsOf — what a table function tells the reader', () => {
  it('passes the money unit, the period and its regime, and the rows not to rank; messages name positions in the range', () => {
    const o = detectOptionsOf(tableOptions('THADS_CHECK', [['đơn vị tiền', 'triệu đồng'], ['năm', 2019], ['tháng', 6], ['không xếp hạng', 'Cục THADS tỉnh']]));
    expect(o).toEqual({ moneyUnit: 'trieu', notRanked: ['Cục THADS tỉnh'], inRange: true, regime: 'A', period: { year: 2019, month: 6 } });
  });

  it('leaves out what the options do not say, and lets the reader infer the regime when no year or "chế độ" is given', () => {
    expect(detectOptionsOf(tableOptions('THADS_CHECK', undefined))).toEqual({ notRanked: [], inRange: true, regime: expect.any(String), regimeAssumed: true });
  });
});
