import { describe, expect, it } from 'vitest';
import { matchUnits } from '../../../src/core/diff/matchUnits';
import type { UnitRecord } from '../../../src/core/types';

const unit = (label: string, row = 0): UnitRecord => ({ label, row, kind: 'unit', ranked: true, viec: {}, tien: {} });

describe('matchUnits — ghép đơn vị của hai bảng theo tên', () => {
  it('pairs by name, not position, in the current order; units of one side only are kept', () => {
    const a = unit('Chi cục THADS huyện A');
    const b = unit('Chi cục THADS huyện B');
    const b2 = unit('chi cục  THADS huyện B.');
    const c = unit('Chi cục THADS huyện C');
    const pairs = matchUnits([a, b], [c, b2]);
    expect(pairs).toEqual([
      { closed: null, current: c },
      { closed: b, current: b2 },
      { closed: a, current: null },
    ]);
  });

  it('pairs a name written twice occurrence by occurrence', () => {
    const first = unit('Cộng', 3);
    const second = unit('Cộng', 9);
    const now1 = unit('Cộng', 4);
    const now2 = unit('Cộng', 10);
    expect(matchUnits([first, second], [now1, now2])).toEqual([
      { closed: first, current: now1 },
      { closed: second, current: now2 },
    ]);
  });
});
