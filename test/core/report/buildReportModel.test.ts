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

describe('buildReportModel: the whole compared with the same period last year', () => {
  /** Last year: A Đ 4.000, X 3.000; B Đ 1.000, X 600 → 72,00%; this year 4.120 / 5.029 = 81,92% → tăng 9,92 điểm %. */
  const lastYear: Grid = [
    ['Đơn vị', 'Có điều kiện thi hành', 'Giải quyết xong'],
    ['Chi cục THADS huyện A', 4000, 3000],
    ['Chi cục THADS huyện B', 1000, 600],
    ['Tổng cộng', 1, 1],
  ];
  function withPrevious(previousGrid: Grid): ReportInput {
    const options = defaultIndicatorOptions({ year: 2020, month: 12 });
    const prev = summarizeTable(previousGrid, { targets: () => ({}), options });
    if (!prev.ok) throw new Error(prev.message);
    const r = summarizeTable(grid, { targets: () => ({ viec: 0.8 }), options, previous: prev.table.units });
    if (!r.ok) throw new Error(r.message);
    return { period: { year: 2020, month: 12 }, regime: 'B', indicators: r.indicators, records: r.table.units, findings: r.findings, sourceSheet: 'Số liệu', money: { unit: 'nghin', assumed: false }, options, previous: true, previousRecords: prev.table.units };
  }

  it('puts the change of the whole in the totals row, from last year’s units summed (not its own totals row)', () => {
    const m = buildReportModel(withPrevious(lastYear));
    const at = (key: string) => m.columns.findIndex((c) => c.key === key);
    expect(m.figures.totals.viec.previousRate).toBeCloseTo(3600 / 5000, 12);
    // 81,92% − 72,00% as shown.
    expect(m.totals.cells[at('viec.rateChange')] as number).toBeCloseTo(0.0992, 12);
    expect(m.totals.cells[at('viec.completedChange')]).toBe(4120 - 3600);
  });

  it('says it in the whole’s paragraph with the per-unit wording ("tăng … so với cùng kỳ")', () => {
    const m = buildReportModel(withPrevious(lastYear));
    expect(m.text.whole[0]).toMatch(/^Tổng cộng: .*đạt tỷ lệ 81,92%.*; tăng 9,92% so với cùng kỳ/);
    // One wording for the whole and the units.
    expect(m.text.units[0]).toContain('so với cùng kỳ');
  });

  it('gives the whole no change when a unit of last year is withheld, and says why in the notes and the text', () => {
    // X > Đ: the row's việc figures are withheld.
    const bad: Grid = [lastYear[0]!, ['Chi cục THADS huyện A', 4000, 4500], lastYear[2]!];
    const m = buildReportModel(withPrevious(bad));
    const at = (key: string) => m.columns.findIndex((c) => c.key === key);
    expect(m.figures.totals.viec.rateChange).toBeNull();
    expect(m.totals.cells[at('viec.rateChange')]).toBe('');
    const why = 'Dòng tổng không so sánh với cùng kỳ về việc: số liệu năm trước của Chi cục THADS huyện A có ô không dùng được, nên tổng năm trước không phải số liệu toàn tỉnh.';
    expect(m.notes).toContain(why);
    expect(m.text.whole[0]).toContain(why);
  });

  it('carries the comparison notes (two regimes, merged units) with the other notes', () => {
    const m = buildReportModel({ ...withPrevious(lastYear), comparisonNotes: ['So sánh cùng kỳ qua hai chế độ phân loại: …'] });
    expect(m.notes).toContain('So sánh cùng kỳ qua hai chế độ phân loại: …');
  });

  it('has no change on the totals row without last year', () => {
    const m = buildReportModel(input());
    expect(m.figures.totals.viec.previousRate).toBeNull();
    expect(m.text.whole[0]).not.toContain('so với cùng kỳ');
  });
});
