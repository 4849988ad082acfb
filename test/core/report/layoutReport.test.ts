import { describe, expect, it } from 'vitest';
import { defaultIndicatorOptions } from '../../../src/core/indicators/defaultOptions';
import { buildReportModel } from '../../../src/core/report/buildReportModel';
import { layoutReport } from '../../../src/core/report/layoutReport';
import { summarizeTable } from '../../../src/core/summary/summarizeTable';
import type { Grid } from '../../../src/core/types';

function layout(units: [string, number, number][], withTotal = false) {
  const grid: Grid = [['Đơn vị', 'Có điều kiện thi hành', 'Giải quyết xong'], ...units];
  if (withTotal) grid.push(['Tổng cộng', 0, 0]);
  const options = defaultIndicatorOptions({ year: 2020, month: 12 });
  const r = summarizeTable(grid, { targets: () => ({ viec: 0.8 }), options });
  if (!r.ok) throw new Error(r.message);
  const model = buildReportModel({ period: { year: 2020, month: 12 }, regime: 'B', indicators: r.indicators, records: r.table.units, findings: r.findings, sourceSheet: 'Số liệu', money: { unit: 'nghin', assumed: false }, options });
  return { model, ...layoutReport(model) };
}

const two: [string, number, number][] = [
  ['Chi cục THADS huyện A', 4029, 3420],
  ['=HYPERLINK("http://x")', 1000, 700],
];

describe('layoutReport: the report laid out in a sheet', () => {
  it('writes the title, the header row, one row per unit and the totals row, rectangular', () => {
    const { model, plan, headerRow, firstUnitRow, totalsRow } = layout(two);
    expect(plan.values[0]?.[0]).toBe(model.title);
    expect(plan.values[headerRow]).toEqual(model.columns.map((c) => c.header));
    expect([firstUnitRow, totalsRow]).toEqual([headerRow + 1, headerRow + 3]);
    expect(plan.values[totalsRow]?.[1]).toBe('Tổng cộng');
    expect(new Set(plan.values.map((r) => r.length)).size).toBe(1);
    expect(plan.frozenRows).toBe(headerRow + 1);
  });

  it('keeps text from the user\'s cells as text: a unit named like a formula does not run', () => {
    const { plan, firstUnitRow } = layout(two);
    expect(plan.values[firstUnitRow + 1]?.[1]).toBe('\'=HYPERLINK("http://x")');
    expect(plan.values[firstUnitRow]?.[plan.values[firstUnitRow]!.length - 1]).toBe("'1/2");
  });

  it('colours the rate against its target by a rule on the rate as shown (ROUND to 4), not per cell', () => {
    const { plan, firstUnitRow } = layout(two);
    const formulas = plan.conditionalRules.flatMap((r) => (r.when.kind === 'formula' ? [r.when.formula] : []));
    expect(formulas.length).toBeGreaterThan(0);
    expect(formulas.every((f) => f.includes(`,4)`) && f.includes(String(firstUnitRow + 1)))).toBe(true);
  });

  it('asks for as many formats, rules and charts for three units as for two', () => {
    const a = layout(two).plan;
    const b = layout([...two, ['Chi cục THADS huyện C', 50, 45]]).plan;
    expect([b.numberFormats.length, b.conditionalRules.length, b.charts.length, b.bold.length]).toEqual([a.numberFormats.length, a.conditionalRules.length, a.charts.length, a.bold.length]);
  });

  it('sets each column as wide as its widest cell as shown, never below the default', () => {
    const { model, plan } = layout([...two, ['Văn phòng Cục THADS tỉnh', 729, 565]]);
    const widths = plan.columnWidths ?? [];
    expect(widths).toHaveLength(model.columns.length);
    expect(widths.slice(0, 2)).toEqual([48, 260]);
    for (const w of widths.slice(2)) expect(w).toBeGreaterThanOrEqual(100);
  });

  it('leaves room above a paragraph of several lines, so paragraphs read apart', () => {
    const { plan } = layout(two);
    const tall = (plan.rowHeights ?? []).filter((h) => h.height > 21);
    expect(tall.length).toBeGreaterThan(0);
    // 21 px for the first line, 17 for each further one, and 8 above.
    for (const h of tall) expect((h.height - 21 - 8) % 17).toBe(0);
  });

  it('lists the findings under their heading, or says there are none', () => {
    const clean = layout(two).plan.values.map((r) => r[0]);
    expect(clean).toContain('Không phát hiện sai lệch trong số liệu.');
    const wrong = layout(two, true).plan.values.map((r) => String(r[0]));
    expect(wrong.some((t) => t.startsWith('Lỗi: Dòng 4 (Tổng cộng)'))).toBe(true);
  });
});
