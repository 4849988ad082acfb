/**
 * Issue 11, cases 7–10 and variants, end to end: a figure computed from a cell that cannot be used
 * (unreadable, negative, a fractional việc count, X > Đ) is withheld in every output — the report's
 * model, its layout, its text, the sidebar's reply, THADS_SUMMARY, THADS_CHECK, THADS_SENTENCE — and
 * each says why, naming the row, the column and the value.
 */
import { describe, expect, it } from 'vitest';
import { layoutReport } from '../../src/core/report/layoutReport';
import type { ReportModel } from '../../src/core/report/types';
import type { CellValue, Grid } from '../../src/core/types';
import type { CustomFunctionSpec } from '../../src/functions/spec';
import { guard } from '../../src/functions/guard';
import { tableFunctions } from '../../src/functions/table/index';
import { prepareReport, reportSummary } from '../../src/server/report/makeReport';
import { call, thrown } from '../functions/cell/helpers';
import { MemoryPort } from './memoryPort';
import { DATA_SHEET, HEADER, settingsFor } from './runtimeWorkbook';

const table = (name: string) => guard(tableFunctions.find((f) => f.name === name) as CustomFunctionSpec);
const SUMMARY = table('THADS_SUMMARY');
const CHECK = table('THADS_CHECK');

const A = 'Chi cục THADS huyện A';
/** Huyện A with the cells given (Đ việc, X việc, Đ tiền, X tiền); B: 80/100 việc, 400/1.000 tiền; C: 90/100, 600/1.000. */
function grid(a: [CellValue, CellValue, CellValue, CellValue]): Grid {
  return [HEADER, [A, ...a], ['Chi cục THADS huyện B', 100, 80, 1000, 400], ['Chi cục THADS huyện C', 100, 90, 1000, 600]];
}

function report(rows: Grid): ReportModel {
  const port = new MemoryPort([{ name: DATA_SHEET, values: rows }]);
  return prepareReport(port, settingsFor({ targets: { kind: 'uniform', viec: 0.8, tien: 0.38, backlogReduction: null } }));
}

/** A report row's cell by column key. */
function cell(model: ReportModel, row: { cells: unknown[] }, key: string): unknown {
  return row.cells[model.columns.findIndex((c) => c.key === key)];
}

/** THADS_SUMMARY's cells of a row by header. */
function summaryCell(result: unknown, row: number, header: string): unknown {
  const rows = result as unknown[][];
  return rows[row]![(rows[0] as unknown[]).indexOf(header)];
}

/** Everything a withheld việc figure of huyện A must (not) show, whatever the reason. */
function expectViecWithheld(rows: Grid, reportReason: string, rangeReason: string): ReportModel {
  const model = report(rows);
  const a = model.units[0]!;
  expect(cell(model, a, 'viec.rate')).toBe(`Không tính: ${reportReason}`);
  for (const key of ['viec.gap', 'targetsMet', 'rank']) expect(cell(model, a, key), key).toBe('—');
  expect(model.figures.units[0]).toMatchObject({ rank: null, viec: { rate: null, gap: null, met: null } });
  // B and C are ranked among themselves only: 2 units.
  expect(model.figures.units.map((u) => u.rankOf)).toEqual([null, 2, 2]);
  expect(model.totals.label).toBe(`Tổng các đơn vị hợp lệ (thiếu: ${A} (về việc))`);
  expect(model.figures.totals.viec).toMatchObject({ enforceable: 200, completed: 170, target: null, gap: null, met: null });
  expect(cell(model, model.totals, 'viec.gap')).toBe('');
  expect(model.text.units[0]).toContain(`${A}: không tính số liệu về việc vì số liệu sai: ${reportReason}.`);
  expect(model.text.units[0]).not.toMatch(/đạt tỷ lệ [^;]*việc|Xếp hạng/);
  expect(model.text.whole[0]).toContain(`chưa phải số liệu toàn tỉnh: chưa gồm ${A}`);
  expect(model.text.whole[0]).toContain('Có 2/2 đơn vị đạt chỉ tiêu về việc');
  expect(reportSummary(model)).toMatchObject({ units: 3, ranked: 2, withheld: 1, rateViec: null, rateTien: 0.5 });

  const summary = SUMMARY(rows, 0.8, 0.38);
  expect(summaryCell(summary, 1, 'Tỷ lệ việc')).toBe(`Không tính: ${rangeReason}`);
  for (const header of ['Xếp hạng', 'Thứ hạng', 'Vượt/thiếu việc', 'Đạt chỉ tiêu']) expect(summaryCell(summary, 1, header), header).toBe('');
  expect(summaryCell(summary, 2, 'Thứ hạng')).toBe('2/2');
  return model;
}

describe('case 7: an unreadable count cell withholds the unit’s việc figures', () => {
  it('#N/A in X: the report, the sidebar’s reply, THADS_SUMMARY and THADS_CHECK say why, naming row, column and value', () => {
    const rows = grid([100, '#N/A', 1000, 500]);
    const model = expectViecWithheld(rows, 'dòng 2, cột C (thi hành xong (X1)): ô báo lỗi "#N/A"', 'dòng 2, cột 3 của vùng (giải quyết xong (X)): ô báo lỗi "#N/A"');
    expect(model.findings.map((f) => [f.severity, f.rule, f.message])).toEqual([
      ['error', 'cell', `Dòng 2 (${A}), việc, cột C (thi hành xong (X1)): ô báo lỗi "#N/A"; không tính tỷ lệ, chỉ tiêu và xếp hạng về việc của dòng này cho đến khi sửa ô.`],
    ]);
    expect(CHECK(rows)).toEqual([
      [`Dòng 2 của vùng (${A}), việc, cột 3 của vùng (giải quyết xong (X)): ô báo lỗi "#N/A"; không tính tỷ lệ, chỉ tiêu và xếp hạng về việc của dòng này cho đến khi sửa ô.`],
    ]);
  });

  it.each<[string, CellValue, RegExp]>([
    ['TRUE', true, /giá trị logic TRUE không phải là số/],
    ['FALSE', false, /giá trị logic FALSE không phải là số/],
    ['a date', new Date(2020, 1, 3), /ngày 03\/02\/2020 là ngày tháng/],
    ['"1,234.5"', '1,234.5', /"1,234.5"/],
    ['"abc"', 'abc', /"abc"/],
    ['"#DIV/0!"', '#DIV/0!', /ô báo lỗi "#DIV\/0!"/],
    ['"12,5%"', '12,5%', /"12,5%" là tỷ lệ phần trăm/],
    ['"1.234.5"', '1.234.5', /"1.234.5"/],
  ])('%s in X is withheld the same way, and listed once by THADS_CHECK', (_name, value, why) => {
    const rows = grid([100, value, 1000, 500]);
    const model = report(rows);
    const rate = String(cell(model, model.units[0]!, 'viec.rate'));
    expect(rate).toMatch(/^Không tính: dòng 2, cột C \(thi hành xong \(X1\)\): /);
    expect(rate).toMatch(why);
    expect(model.figures.units[0]!.rank).toBeNull();
    expect(model.totals.label).toBe(`Tổng các đơn vị hợp lệ (thiếu: ${A} (về việc))`);
    const check = CHECK(rows) as string[][];
    expect(check).toHaveLength(1);
    expect(check[0]![0]).toMatch(why);
  });
});

describe('case 8: negative counts', () => {
  it('X = −50: no "đạt tỷ lệ −50,00%", no rank 3/3, the totals without it', () => {
    expectViecWithheld(
      grid([100, -50, 1000, 500]),
      'dòng 2, cột C (thi hành xong (X1)): -50 là số âm: số việc không thể âm',
      'dòng 2, cột 3 của vùng (giải quyết xong (X)): -50 là số âm: số việc không thể âm',
    );
  });

  it('Đ = −100: no 240,00% total, no "vượt chỉ tiêu 160,00%"', () => {
    const model = expectViecWithheld(
      grid([-100, 80, 1000, 500]),
      'dòng 2, cột B (có điều kiện (Đ)): -100 là số âm: số việc không thể âm',
      'dòng 2, cột 2 của vùng (có điều kiện (Đ)): -100 là số âm: số việc không thể âm',
    );
    expect(model.figures.totals.viec.rate).toBe(170 / 200);
  });

  it('X2 = −10 (đình chỉ) in THADS_SUMMARY and THADS_CHECK', () => {
    const rows: Grid = [
      ['Đơn vị', 'Có điều kiện thi hành', 'Thi hành xong', 'Đình chỉ'],
      [A, 100, 80, -10],
      ['Chi cục THADS huyện B', 100, 70, 5],
    ];
    const summary = SUMMARY(rows);
    expect(summaryCell(summary, 1, 'Tỷ lệ việc')).toBe('Không tính: dòng 2, cột 4 của vùng (đình chỉ (X2)): -10 là số âm: số việc không thể âm');
    expect(summaryCell(summary, 1, 'Xếp hạng')).toBe('');
    expect(summaryCell(summary, 2, 'Thứ hạng')).toBe('1/1');
    expect(CHECK(rows)).toEqual([
      [`Dòng 2 của vùng (${A}), việc, cột 4 của vùng (đình chỉ (X2)): -10 là số âm: số việc không thể âm; không tính tỷ lệ, chỉ tiêu và xếp hạng về việc của dòng này cho đến khi sửa ô.`],
    ]);
  });
});

describe('case 9: X > Đ', () => {
  it('Đ 100, X 130: not ranked first at 130%, not counted as meeting its target; THADS_CHECK keeps its X ≤ Đ finding', () => {
    const rows = grid([100, 130, 1000, 500]);
    const model = expectViecWithheld(
      rows,
      'dòng 2, cột C (thi hành xong (X1)): giải quyết xong (X) = 130 việc lớn hơn có điều kiện thi hành (Đ) = 100 việc: phải có X ≤ Đ',
      'dòng 2, cột 3 của vùng (giải quyết xong (X)): giải quyết xong (X) = 130 việc lớn hơn có điều kiện thi hành (Đ) = 100 việc: phải có X ≤ Đ',
    );
    expect(model.findings.map((f) => f.rule)).toEqual(['X<=D']);
    const check = CHECK(rows) as string[][];
    expect(check).toHaveLength(1);
    expect(check[0]![0]).toMatch(/^Dòng 2 của vùng \(Chi cục THADS huyện A\), việc: .*phải có X ≤ Đ\.$/);
  });
});

describe('case 10: fractional việc counts', () => {
  it('Đ 100,4 and X 80,6: both cells named, nothing rounded into the text', () => {
    const rows = grid([100.4, 80.6, 1000, 500]);
    const model = expectViecWithheld(
      rows,
      'dòng 2, cột B (có điều kiện (Đ)): 100,4 không phải là số nguyên: số việc phải là số nguyên; dòng 2, cột C (thi hành xong (X1)): 80,6 không phải là số nguyên: số việc phải là số nguyên',
      'dòng 2, cột 2 của vùng (có điều kiện (Đ)): 100,4 không phải là số nguyên: số việc phải là số nguyên; dòng 2, cột 3 của vùng (giải quyết xong (X)): 80,6 không phải là số nguyên: số việc phải là số nguyên',
    );
    expect(model.text.units[0]).not.toMatch(/100 việc|81 việc/);
    expect(CHECK(rows)).toHaveLength(2);
  });

  it('money may have decimals: 1.000,5 nghìn đồng is a figure', () => {
    const model = report(grid([100, 80, 1000.5, 500.25]));
    expect(model.withheldUnits).toEqual([]);
    expect(model.figures.units[0]!.tien.rate).toBe(500.25 / 1000.5);
  });

  it('THADS_SENTENCE refuses a fractional việc count and names the value; in money it is an amount', () => {
    expect(thrown(() => call('THADS_SENTENCE', '', 100.4, 80, 0.8))).toMatch(/số có điều kiện thi hành 100,4 không phải số nguyên: số việc phải là số nguyên/);
    expect(thrown(() => call('THADS_SENTENCE', 120.5, 100, 80))).toMatch(/tổng số thụ lý 120,5 không phải số nguyên/);
    expect(call('THADS_SENTENCE', '', 100.4, 80, '', '', '', '', 'nghìn đồng')).toMatch(/^Có điều kiện thi hành/);
  });
});

describe('a bad tiền cell withholds the tiền figures only', () => {
  it('tiền X "abc": the việc rate, gap and rank stand; the tiền rate says why; the tiền total leaves huyện A out', () => {
    const model = report(grid([100, 85, 1000, 'abc']));
    const a = model.units[0]!;
    expect(cell(model, a, 'viec.rate')).toBe(0.85);
    expect(model.figures.units[0]!.rank).toBe(2);
    expect(model.figures.units[0]!.rankOf).toBe(3);
    expect(String(cell(model, a, 'tien.rate'))).toMatch(/^Không tính: dòng 2, cột E \(thi hành xong \(X1\)\): "abc"/);
    expect(cell(model, a, 'tien.gap')).toBe('—');
    expect(model.totals.label).toBe(`Tổng các đơn vị hợp lệ (thiếu: ${A} (về tiền))`);
    expect(model.figures.totals.viec).toMatchObject({ enforceable: 300, completed: 255, target: 0.8 });
    expect(model.figures.totals.tien).toMatchObject({ enforceable: 2000, completed: 1000, target: null, gap: null });
    expect(reportSummary(model)).toMatchObject({ withheld: 1, rateViec: 255 / 300, rateTien: null });
  });
});

describe('the report sheet with a unit withheld', () => {
  it('shows the data-problems banner above the table, bold on red; none when every figure is computed', () => {
    const model = report(grid([100, '#N/A', 1000, 500]));
    const { plan, headerRow } = layoutReport(model);
    const banner = plan.values.findIndex((r) => typeof r[0] === 'string' && r[0].startsWith('SỐ LIỆU SAI'));
    expect(banner).toBeGreaterThan(0);
    expect(banner).toBeLessThan(headerRow);
    expect(plan.values[banner]![0]).toBe(
      `SỐ LIỆU SAI: không tính tỷ lệ, chỉ tiêu, xếp hạng của 1 đơn vị (${A}) — xem cột tỷ lệ và phần kiểm tra số liệu; ` +
        'dòng tổng chỉ gồm các đơn vị hợp lệ, không phải số liệu toàn tỉnh. Sửa ô rồi tạo lại báo cáo.',
    );
    expect(plan.bold).toContainEqual({ row: banner, column: 0, rows: 1, columns: 1 });
    expect(plan.backgrounds.some((b) => b.range.row === banner && b.color === '#f4c7c3')).toBe(true);

    const clean = report(grid([100, 85, 1000, 500]));
    expect(clean.dataProblems).toBeNull();
    expect(clean.totals.label).toBe('Tổng cộng');
    expect(reportSummary(clean).withheld).toBe(0);
    expect(layoutReport(clean).plan.values.some((r) => typeof r[0] === 'string' && r[0].startsWith('SỐ LIỆU SAI'))).toBe(false);
  });
});
