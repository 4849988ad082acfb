import { describe, expect, it } from 'vitest';
import { regimeDifference } from '../../../src/core/period/regimeDifference';
import { regimeForYear } from '../../../src/core/period/regimeForYear';

describe('regimeDifference — a comparison across two classification regimes is said', () => {
  it('2020 (B) against 2019 (A): names both years, both regimes and where postponed cases stand', () => {
    const note = regimeDifference({ year: 2020, regime: regimeForYear(2020) }, { year: 2019, regime: regimeForYear(2019) });
    expect(note).not.toBeNull();
    expect(note).toContain('năm 2019 theo chế độ A');
    expect(note).toContain('hoãn, tạm đình chỉ nằm trong số có điều kiện');
    expect(note).toContain('năm 2020 theo chế độ B');
    expect(note).toContain('hoãn, tạm đình chỉ ngoài số có điều kiện');
    expect(note).toContain('không tính trên cùng một cơ sở');
    // Last year first, as the comparison reads ("so với cùng kỳ").
    expect(note!.indexOf('2019')).toBeLessThan(note!.indexOf('năm 2020'));
  });

  it('says why when the regime was inferred from the table', () => {
    const note = regimeDifference({ year: 2021, regime: 'B' }, { year: 2020, regime: 'A', reason: 'P = Đ + K (hoãn tính trong Đ) đúng trên cả 3 dòng có đủ số liệu' });
    expect(note).toContain('suy ra từ bảng: P = Đ + K (hoãn tính trong Đ) đúng trên cả 3 dòng');
  });

  it('is null when both years share a regime', () => {
    expect(regimeDifference({ year: 2024, regime: 'B' }, { year: 2023, regime: 'B' })).toBeNull();
    expect(regimeDifference({ year: 2019, regime: 'A' }, { year: 2018, regime: 'A' })).toBeNull();
  });
});
