import { describe, expect, it } from 'vitest';
import type { UnitRecord } from '../../../src/core/types';
import { computeUnitIndicators } from '../../../src/core/indicators/computeUnitIndicators';
import { defaultIndicatorOptions } from '../../../src/core/indicators/defaultOptions';
import { measureSentence } from '../../../src/core/text/measureSentence';

const options = defaultIndicatorOptions({ year: 2020, month: 12 });
function record(label: string, viec: UnitRecord['viec'], tien: UnitRecord['tien'] = {}, kind: UnitRecord['kind'] = 'unit'): UnitRecord {
  return { label, row: 0, kind, ranked: kind === 'unit', viec, tien };
}

describe('measureSentence: one measure in the agencies’ style (domain §8)', () => {
  it('writes the district 2020 sentence: T, Đ, X, rate and gap from the rounded rate', () => {
    const u = computeUnitIndicators(record('A', { totalAccepted: 5211, enforceable: 4029, completed: 3420 }), { viec: 0.8 }, options);
    expect(measureSentence(u.viec, 'viec')).toBe(
      'Tổng số thụ lý 5.211 việc; có điều kiện thi hành 4.029 việc; đã giải quyết xong 3.420 việc, đạt tỷ lệ 84,88%, vượt chỉ tiêu 4,88%',
    );
  });

  it('says "thiếu … so với chỉ tiêu" below the target and "giảm … so với cùng kỳ" below last year', () => {
    const cur = record('A', { enforceable: 100, completed: 51 });
    const prev = record('A', { enforceable: 100, completed: 60 });
    const u = computeUnitIndicators(cur, { viec: 0.74 }, options, prev);
    expect(measureSentence(u.viec, 'viec')).toBe(
      'Có điều kiện thi hành 100 việc; đã giải quyết xong 51 việc, đạt tỷ lệ 51,00%, thiếu 23,00% so với chỉ tiêu; còn phải giải quyết thêm 23 việc để đạt chỉ tiêu cả năm; giảm 9,00% so với cùng kỳ; số giải quyết xong giảm 9 việc (15,00%) so với cùng kỳ',
    );
  });

  it('says how much is still needed for the full-year target, on the rate as shown (tiền rounded up to what is written)', () => {
    // 19.997 / 25.000 shows 79,99%; 19.999 shows 80,00%: 2 việc more.
    const viec = computeUnitIndicators(record('A', { enforceable: 25000, completed: 19997 }), { viec: 0.8 }, options).viec;
    expect(measureSentence(viec, 'viec')).toContain('thiếu 0,01% so với chỉ tiêu; còn phải giải quyết thêm 2 việc để đạt chỉ tiêu cả năm');
    // Domain §5, a district 2020: 180,7 of 310,1 tỷ = 58,27%. 60,00% is shown from 59,995% of 310,1 tỷ =
    // 186,0445 tỷ: 5,3445 tỷ more, written rounded up to 0,01 tỷ — 5,35 tỷ (5,34 would show 59,99%).
    const tien = computeUnitIndicators(record('B', {}, { enforceable: 310.1e9, completed: 180.7e9 }), { tien: 0.6 }, options).tien;
    const n = /còn phải giải quyết thêm (.+) để đạt chỉ tiêu cả năm/.exec(measureSentence(tien, 'tien'))![1];
    expect(n).toBe('5,35 tỷ đồng');
    // Met, or no target: nothing is said.
    expect(measureSentence(computeUnitIndicators(record('C', { enforceable: 100, completed: 90 }), { viec: 0.8 }, options).viec, 'viec')).not.toContain('còn phải');
  });

  it('says "tăng … so với cùng kỳ" (national 2020 vs 2019: 81,41% vs 78,59% → 2,82%)', () => {
    const cur = record('Toàn quốc', { enforceable: 708674, completed: 576933 });
    const prev = record('Toàn quốc', { enforceable: 10000, completed: 7859 });
    const u = computeUnitIndicators(cur, { viec: 0.8 }, options, prev);
    expect(measureSentence(u.viec, 'viec')).toContain('đạt tỷ lệ 81,41%, vượt chỉ tiêu 1,41%; tăng 2,82% so với cùng kỳ');
  });

  it('compares with tiến độ when asked', () => {
    const u = computeUnitIndicators(record('A', { enforceable: 100, completed: 51 }), { viec: 0.74 }, options);
    expect(measureSentence(u.viec, 'viec', { proRataMonth: 4 })).toContain('đạt tỷ lệ 51,00%, vượt tiến độ 26,33%');
  });
});
