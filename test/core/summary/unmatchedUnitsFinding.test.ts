import { describe, expect, it } from 'vitest';
import { matchUnits } from '../../../src/core/summary/matchUnits';
import { unmatchedUnitsFinding } from '../../../src/core/summary/unmatchedUnitsFinding';
import type { UnitRecord } from '../../../src/core/types';

const unit = (label: string, row = 3): UnitRecord => ({ label, row, kind: 'unit', ranked: true, viec: { enforceable: 10, completed: 8 }, tien: {} });

describe('unmatchedUnitsFinding — units left without a partner last year are named, both sides', () => {
  it('names the unit renamed between the years on both sides', () => {
    const match = matchUnits([unit('Chi cục THADS huyện A'), unit('Chi cục THADS huyện Mới')], [unit('Chi cục THADS huyện A'), unit('Chi cục THADS huyện Cũ')]);
    const f = unmatchedUnitsFinding(match, 'trang “Cùng kỳ 2019”');
    expect(f).toMatchObject({ severity: 'warning', rule: 'comparison-units' });
    expect(f!.message).toBe(
      'So sánh cùng kỳ: 1 đơn vị năm nay không có trong trang “Cùng kỳ 2019” nên không có số liệu so với cùng kỳ: “Chi cục THADS huyện Mới”; ' +
        '1 đơn vị của trang “Cùng kỳ 2019” không khớp đơn vị nào năm nay: “Chi cục THADS huyện Cũ”. ' +
        'Nếu là cùng một đơn vị ghi tên khác nhau, hãy sửa cho tên giống nhau.',
    );
  });

  it('is null when every unit found its partner (TP. and thành phố are one unit)', () => {
    const match = matchUnits([unit('Chi cục THADS TP. Nam Sơn')], [unit('Chi cục THADS thành phố Nam Sơn')]);
    expect(unmatchedUnitsFinding(match, 'bảng so sánh')).toBeNull();
  });
});
