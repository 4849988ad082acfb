import { describe, expect, it } from 'vitest';
import { defaultIndicatorOptions } from '../../../src/core/indicators/defaultOptions';
import { buildReportModel, type ReportInput } from '../../../src/core/report/buildReportModel';
import { summarizeTable } from '../../../src/core/summary/summarizeTable';
import type { Grid } from '../../../src/core/types';

/** Two districts of domain §5 (2020: Đ 4.029, X 3.420 → 84,88%) and a smaller one, with the sheet's own (wrong) totals row. */
const grid: Grid = [
  ['Đơn vị', 'Có điều kiện thi hành', 'Giải quyết xong'],
  ['Chi cục THADS huyện A', 4029, 3420],
  ['Chi cục THADS huyện B', 1000, 700],
  ['Tổng cộng', 5029, 4000],
];

function input(targets: { viec?: number } = { viec: 0.8 }): ReportInput {
  const options = defaultIndicatorOptions({ year: 2020, month: 12 });
  const r = summarizeTable(grid, { targets: () => targets, options });
  if (!r.ok) throw new Error(r.message);
  return { period: { year: 2020, month: 12 }, regime: 'B', indicators: r.indicators, records: r.table.units, findings: r.findings, sourceSheet: 'Số liệu', money: { unit: 'nghin', assumed: false }, options };
}

describe('buildReportModel', () => {
  it('names the sheet, the title and the period after the report\'s period', () => {
    const m = buildReportModel(input());
    expect(m.sheetName).toBe('Báo cáo 12 tháng năm 2020');
    expect(m.title).toBe('BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 12 THÁNG NĂM 2020');
    expect(m.lines).toContain('Nguồn số liệu: trang “Số liệu”, 2 đơn vị');
  });

  it('leaves the source\'s totals row out and computes the totals from the units (4.029 + 1.000, 3.420 + 700)', () => {
    const m = buildReportModel(input());
    expect(m.units.map((u) => u.label)).toEqual(['Chi cục THADS huyện A', 'Chi cục THADS huyện B']);
    expect(m.figures.totals.viec.enforceable).toBe(5029);
    expect(m.figures.totals.viec.completed).toBe(4120);
    expect(m.findings.map((f) => f.rule)).toEqual(['totals']);
  });

  it('fills each row from the columns, the rank as "1/2"', () => {
    const m = buildReportModel(input());
    const at = (key: string) => m.columns.findIndex((c) => c.key === key);
    expect(m.units[0]?.cells[at('viec.rate')] as number).toBeCloseTo(3420 / 4029, 12);
    expect(m.units.map((u) => u.cells[at('rank')])).toEqual(['1/2', '2/2']);
  });

  it('names the units without a target, and draws no target line then', () => {
    const m = buildReportModel(input({}));
    expect(m.missingTargets).toEqual(['Chi cục THADS huyện A', 'Chi cục THADS huyện B']);
    expect(m.notes[0]).toMatch(/^Chưa có chỉ tiêu về việc cho 2 đơn vị: Chi cục THADS huyện A, Chi cục THADS huyện B\./);
    expect(m.chart.lines).toEqual([]);
    expect(buildReportModel(input()).chart.lines).toEqual(['viec.target']);
  });

  it('writes the text: the whole, then each unit', () => {
    const m = buildReportModel(input());
    expect(m.text.whole.join(' ')).toContain('Có 1/2 đơn vị đạt chỉ tiêu về việc');
    expect(m.text.units.join(' ')).toContain('đạt tỷ lệ 84,88%, vượt chỉ tiêu 4,88%');
  });
});
