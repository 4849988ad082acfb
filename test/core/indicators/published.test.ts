/**
 * Every figure of domain §5 (docs/domain.md), reproduced through the core. Inputs and
 * expected values are the published ones; the displayed forms ("84,88%", "4,88%") are the texts.
 */
import { describe, expect, it } from 'vitest';
import type { UnitRecord } from '../../../src/core/types';
import { computeUnitIndicators } from '../../../src/core/indicators/computeUnitIndicators';
import { defaultIndicatorOptions } from '../../../src/core/indicators/defaultOptions';
import { completionRate } from '../../../src/core/indicators/completionRate';
import { progressGap, targetGap } from '../../../src/core/indicators/targetGap';
import { absoluteChange, relativeChange } from '../../../src/core/indicators/yearOverYear';
import { share } from '../../../src/core/indicators/share';
import { formatCount } from '../../../src/core/numbers/formatNumber';
import { formatPercent } from '../../../src/core/numbers/formatPercent';
import { formatMoney } from '../../../src/core/numbers/formatMoney';
import { parseVietnameseNumber } from '../../../src/core/numbers/parseVietnameseNumber';
import { shownPoints } from '../../../src/core/indicators/shownPoints';

function unit(viec: UnitRecord['viec'], tien: UnitRecord['tien'] = {}): UnitRecord {
  return { label: 'Đơn vị', row: 0, kind: 'unit', ranked: true, viec, tien };
}
const optionsA = { ...defaultIndicatorOptions({ year: 2016, month: 12 }) };
const optionsB = { ...defaultIndicatorOptions({ year: 2020, month: 12 }) };

describe('domain §5: published figures', () => {
  it('a district 2020: Đ 4.029, X 3.420, target 80% → rate 84,88%, vượt 4,88%', () => {
    const u = computeUnitIndicators(unit({ enforceable: 4029, completed: 3420 }), { viec: 0.8 }, optionsB);
    expect(formatPercent(u.viec.rate!, 2)).toBe('84,88%');
    expect(formatPercent(shownPoints(u.viec.rate!, 0.8), 2)).toBe('4,88%');
    expect(u.viec.gap).toBe(0.0488); // the shown rate's gap, exactly what the text writes
    expect(u.viec.met).toBe(true);
  });

  it('a province 2016: C 346, M 3.379, Đ 3.366, K 337, X 3.086 → T 3.725, P 3.703 (regime A), rate 91,68%', () => {
    const u = computeUnitIndicators(
      unit({ carriedOver: 346, newlyAccepted: 3379, enforceable: 3366, notEnforceable: 337, completed: 3086 }),
      { viec: 0.74 },
      optionsA,
    );
    expect(u.viec.totalAccepted).toBe(3725);
    expect(u.viec.mustEnforce).toBe(3703);
    expect(u.viec.totalAccepted! - u.viec.mustEnforce!).toBe(22); // U + R
    expect(formatPercent(u.viec.rate!, 2)).toBe('91,68%');
    // "92%, vượt 18%" against a target of about 74%
    expect(formatPercent(u.viec.rate!, 0)).toBe('92%');
    expect(formatPercent(u.viec.gap!, 0)).toBe('18%');
    // "3.366 of 3.725 chiếm tỷ lệ 90%": the share over T, as that report wrote it
    expect(formatPercent(share(3366, 3725)!, 0)).toBe('90%');
  });

  it('the same province 2016, money: Đ ≈ 105 tỷ, X ≈ 47 tỷ → "45%, vượt 13%" (target ≈ 32%); 105 of 224,5 tỷ is "47%"', () => {
    const rate = completionRate(47e9, 105e9)!;
    expect(formatPercent(rate, 0)).toBe('45%');
    expect(formatPercent(targetGap(rate, 0.32)!, 0)).toBe('13%');
    expect(formatPercent(share(105e9, 224.5e9)!, 0)).toBe('47%');
  });

  it('4 months of 2017: 51% / 11% "thiếu 23% / 21%" are gaps to the full-year targets 74% / 32%, not pro-rata', () => {
    expect(formatPercent(-targetGap(0.51, 0.74)!, 0)).toBe('23%');
    expect(formatPercent(-targetGap(0.11, 0.32)!, 0)).toBe('21%');
    // Pro-rata progress after 4 months would have been exceeded: 51% − 74% × 4/12 > 0
    expect(progressGap(0.51, 0.74, 4)!).toBeGreaterThan(0);
  });

  it('a province 2019, 6 months: X 2.628 at 79,32% gives Đ ≈ 3.313; money 46,9 tỷ at 63,45% gives ≈ 73,9 tỷ', () => {
    const x = parseVietnameseNumber('2.628');
    const r = parseVietnameseNumber('79,32%');
    expect(x.ok && r.ok).toBe(true);
    if (!x.ok || !r.ok) return;
    const d = Math.round(x.value / r.value);
    expect(formatCount(d)).toBe('3.313');
    expect(formatPercent(completionRate(2628, 3313)!, 2)).toBe('79,32%');
    const xm = parseVietnameseNumber('46,9 tỷ');
    const rm = parseVietnameseNumber('63,45%');
    if (!xm.ok || !rm.ok) throw new Error('parse');
    expect(formatMoney(xm.value / rm.value, 1)).toBe('73,9 tỷ đồng');
  });

  it('a district 2020, money: Đ 310,1 tỷ, X 180,7 tỷ give 58,27%, not the published 54,75%', () => {
    const u = computeUnitIndicators(unit({}, { enforceable: 310.1e9, completed: 180.7e9 }), {}, optionsB);
    expect(formatPercent(u.tien.rate!, 2)).toBe('58,27%');
    expect(formatPercent(u.tien.rate!, 2)).not.toBe('54,75%');
  });

  it('a province 2020: 83,46% / 41,42% "vượt 3,46% / 3,42%" → targets 80% / 38%', () => {
    expect(formatPercent(shownPoints(0.8346, 0.8), 2)).toBe('3,46%');
    expect(formatPercent(shownPoints(0.4142, 0.38), 2)).toBe('3,42%');
  });

  it('a province 2023: 85,9% / 49,9% "vượt 1,9% / 3,6%" → targets 84% / 46,3%', () => {
    expect(formatPercent(shownPoints(0.859, 0.84), 1)).toBe('1,9%');
    expect(formatPercent(shownPoints(0.499, 0.463), 1)).toBe('3,6%');
  });

  it('national 2023: T 936.046, U 12.004, thu hồi/hủy 501 → P 923.541', () => {
    const u = computeUnitIndicators(unit({ totalAccepted: 936046, delegated: 12004, withdrawn: 501 }), {}, optionsB);
    expect(u.viec.mustEnforce).toBe(923541);
  });

  it('national 2020: Đ 708.674, X 576.933, target 80% → 81,41%, vượt 1,41%', () => {
    const u = computeUnitIndicators(unit({ enforceable: 708674, completed: 576933 }), { viec: 0.8 }, optionsB);
    expect(formatPercent(u.viec.rate!, 2)).toBe('81,41%');
    expect(formatPercent(shownPoints(u.viec.rate!, 0.8), 2)).toBe('1,41%');
  });

  it('national 2020 vs 2019: 81,41% and 78,59% → "tăng 2,82%" in points', () => {
    expect(formatPercent(shownPoints(0.8141, 0.7859), 2)).toBe('2,82%');
  });

  it('national 2017, a count: 736.747 vs 697.667 → "tăng 39.080 việc (5,60%)"', () => {
    expect(formatCount(absoluteChange(736747, 697667)!)).toBe('39.080');
    expect(formatPercent(relativeChange(736747, 697667)!, 2)).toBe('5,60%');
  });
});
