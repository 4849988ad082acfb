import { describe, expect, it } from 'vitest';
import { buildTrend } from '../../../src/core/report/trend';
import type { UnitRecord } from '../../../src/core/types';

const unit = (label: string, d: number, x: number): UnitRecord => ({ label, row: 0, kind: 'unit', ranked: true, viec: { enforceable: d, completed: x }, tien: {} });
const options = { regime: 'B' as const, period: { year: 2024, month: 6 }, targetMode: 'fullYear' as const, shareBase: 'mustEnforce' as const, rankBy: { kind: 'viec' as const } };

describe('buildTrend — diễn biến theo tháng', () => {
  const months = [
    { month: 2, tab: 'T11', records: [unit('Chi cục THADS huyện A', 100, 20), unit('Chi cục THADS huyện B', 100, 10)] },
    { month: 1, tab: 'T10', records: [unit('Chi cục THADS huyện A', 100, 10), unit('Chi cục THADS huyện B', 100, 4)] },
  ];
  const lastYear = [{ month: 2, tab: 'T11 năm trước', records: [unit('Chi cục THADS huyện A', 50, 5)] }];
  const t = buildTrend(2024, months, { viec: 0.6 }, options, lastYear, [3]);

  it('gives the whole’s rate at each month, in month order, against the pro-rata target', () => {
    expect(t.months.map((m) => m.label)).toEqual(['T10', 'T11']);
    expect(t.total.points.map((p) => p.viec.rate)).toEqual([14 / 200, 30 / 200]);
    expect(t.progress.viec[0]).toBeCloseTo(0.05, 12);
    expect(t.progress.viec[1]).toBeCloseTo(0.1, 12);
    expect(t.total.points.map((p) => p.viec.gap)).toEqual([0.02, 0.05]);
    expect(t.progress.tien).toEqual([null, null]);
  });

  it('gives each unit’s rates, and last year’s same month when that tab was given, matched by identity', () => {
    expect(t.units.map((u) => u.label)).toEqual(['Chi cục THADS huyện A', 'Chi cục THADS huyện B']);
    expect(t.units[0]!.points.map((p) => p.viec.rate)).toEqual([0.1, 0.2]);
    expect(t.units[0]!.points.map((p) => p.viec.previous)).toEqual([null, 0.1]);
    expect(t.units[1]!.points[1]!.viec.previous).toBeNull();
    expect(t.total.points[1]!.viec.previous).toBe(0.1);
    expect(t.hasPrevious).toBe(true);
    expect(t.missing).toEqual([3]);
  });
});

describe('buildTrend — last year joined as the table’s comparison joins it', () => {
  it('finds last year’s unit typed without accents (matchUnits), as the "so với cùng kỳ" column does', () => {
    const months = [{ month: 6, tab: 'T3', records: [unit('Chi cục THADS huyện Bến Lức', 100, 50), unit('Chi cục THADS huyện Cần Đước', 100, 40)] }];
    const lastYear = [{ month: 6, tab: 'T3 năm trước', records: [unit('Chi cuc THADS huyen Ben Luc', 100, 30), unit('Chi cục THADS huyện Cần Đước', 100, 20)] }];
    const t = buildTrend(2024, months, {}, options, lastYear);
    expect(t.units.map((u) => u.points[0]!.viec.previous)).toEqual([0.3, 0.2]);
  });
});
