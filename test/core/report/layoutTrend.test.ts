import { describe, expect, it } from 'vitest';
import { layoutTrend } from '../../../src/core/report/layoutTrend';
import { buildTrend } from '../../../src/core/report/trend';
import type { UnitRecord } from '../../../src/core/types';

const unit = (label: string, d: number, x: number): UnitRecord => ({ label, row: 0, kind: 'unit', ranked: true, viec: { enforceable: d, completed: x }, tien: { enforceable: d * 10, completed: x * 5 } });
const options = { regime: 'B' as const, period: { year: 2024, month: 6 }, targetMode: 'fullYear' as const, shareBase: 'mustEnforce' as const, rankBy: { kind: 'viec' as const } };
const trend = buildTrend(2024, [1, 2, 4].map((m) => ({ month: m, tab: `T${m}`, records: [unit('Chi cục THADS huyện A', 100, 10 * m)] })), { viec: 0.6 }, options, [], [3]);

describe('layoutTrend — phần diễn biến của trang báo cáo', () => {
  const block = layoutTrend(trend, 30);

  it('heads the section with the months and says the missing one', () => {
    expect(block.rows[0]![0]).toBe('DIỄN BIẾN THEO THÁNG — năm thống kê 2024: 3 tháng (T10 … T1)');
    expect(block.rows[1]![0]).toContain('Thiếu số liệu: 3 tháng');
  });

  it("lays the whole's rates one row a month and draws them as lines against the pro-rata target (tiền has none)", () => {
    const header = block.rows[2]!;
    expect(header.slice(0, 4)).toEqual(['Kỳ', 'Tỷ lệ việc', 'Tiến độ chỉ tiêu việc', 'Vượt/thiếu tiến độ việc']);
    expect(block.rows[3]!.slice(0, 2)).toEqual(['T10 (1 tháng)', 0.1]);
    expect(block.rows[3]![2] as number).toBeCloseTo(0.05, 12);
    expect(block.chart.series.map((s) => s.label)).toEqual(['Tỷ lệ việc', 'Tiến độ chỉ tiêu việc', 'Tỷ lệ tiền']);
    expect(block.chart.series.every((s) => s.type === 'line')).toBe(true);
    expect(block.chart.domain).toEqual({ row: 32, column: 0, rows: 4, columns: 1 });
    expect(block.chart.anchor.row).toBe(30 + 6 + 1);
  });

  it("gives each unit's rate and gap per month, formatted as rates and points", () => {
    const at = block.rows.findIndex((r) => r[0] === 'Chi cục THADS huyện A');
    expect(block.rows[at]!.slice(1)).toEqual([0.1, 0.2, 0.4]);
    expect(block.rows[at + 1]!.slice(1)).toEqual([0.05, 0.1, 0.2]);
    const formats = block.numberFormats.find((f) => f.range.row <= 30 + at && f.range.row + f.range.rows > 30 + at)!;
    expect(formats.formats[30 + at - formats.range.row]![0]).toBe('0.00%');
    expect(formats.formats[30 + at + 1 - formats.range.row]![0]).toBe('+0.00%;-0.00%;0.00%');
  });
});

describe('trendWidth', () => {
  it('is the width layoutTrend gives, known without laying the section out', async () => {
    const { layoutTrend, trendWidth } = await import('../../../src/core/report/layoutTrend');
    const { buildTrend } = await import('../../../src/core/report/trend');
    const u = (label: string, d: number, x: number) => ({ label, row: 0, kind: 'unit' as const, ranked: true, viec: { enforceable: d, completed: x }, tien: {} });
    const options = { regime: 'B' as const, period: { year: 2024, month: 12 }, targetMode: 'fullYear' as const, shareBase: 'mustEnforce' as const, rankBy: { kind: 'viec' as const } };
    for (const n of [2, 6, 12]) {
      for (const withLastYear of [false, true]) {
        const months = Array.from({ length: n }, (_, i) => ({ month: i + 1, tab: `T${i + 1}`, records: [u('A', 100, 10 * (i + 1))] }));
        const lastYear = withLastYear ? [{ month: 1, tab: 'x', records: [u('A', 100, 5)] }] : [];
        const trend = buildTrend(2024, months, { viec: 0.8 }, options, lastYear);
        expect(trendWidth(trend)).toBe(layoutTrend(trend, 0).width);
        expect(trendWidth(trend)).toBe(Math.max(...layoutTrend(trend, 0).rows.map((r) => r.length)));
      }
    }
  });
});
