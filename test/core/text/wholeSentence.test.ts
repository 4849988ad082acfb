import { describe, expect, it } from 'vitest';
import type { UnitRecord } from '../../../src/core/types';
import { computeUnitIndicators } from '../../../src/core/indicators/computeUnitIndicators';
import { defaultIndicatorOptions } from '../../../src/core/indicators/defaultOptions';
import { wholeSentence } from '../../../src/core/text/wholeSentence';

const options = defaultIndicatorOptions({ year: 2020, month: 12 });
function record(label: string, viec: UnitRecord['viec'], tien: UnitRecord['tien'] = {}, kind: UnitRecord['kind'] = 'unit'): UnitRecord {
  return { label, row: 0, kind, ranked: kind === 'unit', viec, tien };
}

describe('wholeSentence: the paragraph of the whole (domain §8)', () => {
  it('writes the whole with how many units met each target', () => {
    const units = [
      record('A', { enforceable: 100, completed: 85 }),
      record('B', { enforceable: 100, completed: 70 }),
    ].map((r) => computeUnitIndicators(r, { viec: 0.8 }, options));
    const total = computeUnitIndicators(record('Toàn tỉnh', { enforceable: 200, completed: 155 }, {}, 'total'), { viec: 0.8 }, options);
    expect(wholeSentence(total, units)).toBe(
      'Toàn tỉnh: có điều kiện thi hành 200 việc; đã giải quyết xong 155 việc, đạt tỷ lệ 77,50%, thiếu 2,50% so với chỉ tiêu; còn phải giải quyết thêm 5 việc để đạt chỉ tiêu cả năm. Có 1/2 đơn vị đạt chỉ tiêu về việc.',
    );
  });

  it('says nothing of targets met when no unit has a target', () => {
    const units = [record('A', { enforceable: 100, completed: 85 })].map((r) => computeUnitIndicators(r, {}, options));
    const total = computeUnitIndicators(record('Toàn tỉnh', { enforceable: 100, completed: 85 }, {}, 'total'), {}, options);
    expect(wholeSentence(total, units)).not.toContain('đạt chỉ tiêu');
    expect(wholeSentence(total, units).startsWith('Toàn tỉnh: ')).toBe(true);
  });
});
