import { describe, expect, it } from 'vitest';
import type { UnitRecord } from '../../../src/core/types';
import { computeUnitIndicators } from '../../../src/core/indicators/computeUnitIndicators';
import { defaultIndicatorOptions } from '../../../src/core/indicators/defaultOptions';
import { rankUnits } from '../../../src/core/ranking/rankUnits';
import { unitSentence } from '../../../src/core/text/unitSentence';

const options = defaultIndicatorOptions({ year: 2020, month: 12 });
function record(label: string, viec: UnitRecord['viec'], tien: UnitRecord['tien'] = {}, kind: UnitRecord['kind'] = 'unit'): UnitRecord {
  return { label, row: 0, kind, ranked: kind === 'unit', viec, tien };
}

describe('unitSentence: the paragraph of one unit (domain §8)', () => {
  it('writes money Vietnamese style and the rank "5/15"', () => {
    const list = [
      record('B', { enforceable: 100, completed: 90 }),
      record('A', { enforceable: 4029, completed: 3420 }, { enforceable: 310_100_000_000, completed: 180_700_000_000 }),
    ].map((r) => computeUnitIndicators(r, { viec: 0.8, tien: 0.38 }, options));
    rankUnits(list, { kind: 'viec' });
    expect(unitSentence(list[1]!, { withLabel: true })).toBe(
      'A: có điều kiện thi hành 4.029 việc; đã giải quyết xong 3.420 việc, đạt tỷ lệ 84,88%, vượt chỉ tiêu 4,88%. ' +
        'Về tiền: có điều kiện thi hành 310,1 tỷ đồng; đã giải quyết xong 180,7 tỷ đồng, đạt tỷ lệ 58,27%, vượt chỉ tiêu 20,27%. ' +
        'Xếp hạng 2/2 đơn vị.',
    );
  });

  it('writes a table of money alone without "Về tiền:", and no rank when unranked', () => {
    const u = computeUnitIndicators(record('A', {}, { enforceable: 310_100_000_000, completed: 180_700_000_000 }), { tien: 0.38 }, options);
    expect(unitSentence(u)).toBe(
      'Có điều kiện thi hành 310,1 tỷ đồng; đã giải quyết xong 180,7 tỷ đồng, đạt tỷ lệ 58,27%, vượt chỉ tiêu 20,27%.',
    );
  });
});
