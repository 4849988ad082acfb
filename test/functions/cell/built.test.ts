/**
 * Domain §5 through the BUILT add-on: build/*.js (made by `npm run build`, which `npm test` runs
 * first) loaded in the local Apps Script runtime, the figures typed into a sheet and the formulas
 * written as a vi_VN user types them, then recalculated as Sheets would.
 */
import { describe, expect, it } from 'vitest';
import { createRuntimeSync, Workbook } from '../../../runtime/index';

/** Value of one cell (1-based row and column) after recalculation. */
function at(wb: Workbook, row: number, column: number): unknown {
  return wb.requireSheet('S').cell(row, column)?.value ?? '';
}

function sheet(rows: unknown[][]): { wb: Workbook; errors: unknown[] } {
  const wb = Workbook.empty();
  wb.addSheet('S', rows);
  const report = createRuntimeSync({ workbook: wb }).recalculate();
  return { wb, errors: report.errors };
}

describe('domain §5 through the built stubs', () => {
  it('a district 2020: Đ 4.029, X 3.420, 80% → 84,88%, vượt 4,88%', () => {
    const { wb, errors } = sheet([[4029, 3420, '=THADS_RATE(B1; A1)', '=THADS_GAP(C1; 80%)', '=THADS_SENTENCE(5211; A1; B1; 80%)']]);
    expect(errors).toEqual([]);
    expect(at(wb, 1, 3)).toBeCloseTo(0.848846, 6);
    expect(at(wb, 1, 4)).toBe(0.0488); // THADS_GAP of the shown 84,88%, as the sentence says
    expect(at(wb, 1, 5)).toBe(
      'Tổng số thụ lý 5.211 việc; có điều kiện thi hành 4.029 việc; đã giải quyết xong 3.420 việc, đạt tỷ lệ 84,88%, vượt chỉ tiêu 4,88%.',
    );
  });

  it('a province 2016: Đ 3.366, X 3.086 → 91,68% ("92%, vượt 18%" against 74%); money 47 of 105 tỷ → 45%, vượt 13% against 32%', () => {
    const { wb } = sheet([
      [3366, 3086, '=THADS_RATE(B1:B2; A1:A2)', 0.74, '=THADS_GAP(C1:C2; D1:D2)'],
      [105e9, 47e9, '', 0.32],
    ]);
    expect(Math.round((at(wb, 1, 3) as number) * 10000)).toBe(9168);
    expect(Math.round((at(wb, 1, 5) as number) * 100)).toBe(18);
    expect(Math.round((at(wb, 2, 3) as number) * 100)).toBe(45);
    expect(Math.round((at(wb, 2, 5) as number) * 100)).toBe(13);
  });

  it('4 months of 2017: 51% / 11% are "thiếu 23% / 21%" against the full-year 74% / 32%', () => {
    const { wb } = sheet([
      [0.51, 0.74, '=THADS_GAP(A1:A2; B1:B2)'],
      [0.11, 0.32],
    ]);
    expect(at(wb, 1, 3)).toBeCloseTo(-0.23, 12);
    expect(at(wb, 2, 3)).toBeCloseTo(-0.21, 12);
  });

  it('a province 2019: X 2.628 and 79,32% written as text give Đ ≈ 3.313', () => {
    const { wb } = sheet([['2.628', '79,32%', '=THADS_NUMBER(A1)', '=THADS_NUMBER(B1)', '=THADS_RATE(A1; 3313)']]);
    expect(Math.round((at(wb, 1, 3) as number) / (at(wb, 1, 4) as number))).toBe(3313);
    expect(Math.round((at(wb, 1, 5) as number) * 10000)).toBe(7932);
  });

  it('a district 2020, money: 310,1 tỷ and 180,7 tỷ give 58,27%, not 54,75%', () => {
    const { wb } = sheet([
      ['310,1 tỷ đồng', '180,7 tỷ đồng', '=THADS_NUMBER(A1:B1; "nghìn đồng")', '', '=THADS_RATE(D1; C1)', '=THADS_MONEY(310100000; "nghìn đồng")'],
    ]);
    expect(at(wb, 1, 3)).toBe(310_100_000);
    expect(Math.round((at(wb, 1, 5) as number) * 10000)).toBe(5827);
    expect(at(wb, 1, 5)).not.toBeCloseTo(0.5475, 3);
    expect(at(wb, 1, 6)).toBe('310,1 tỷ đồng');
  });

  it('provinces 2020 and 2023: vượt 3,46% / 3,42% and 1,9% / 3,6%', () => {
    const { wb } = sheet([
      [0.8346, 0.8, '=THADS_GAP(A1:A4; B1:B4)'],
      [0.4142, 0.38],
      [0.859, 0.84],
      [0.499, 0.463],
    ]);
    expect([1, 2, 3, 4].map((r) => Math.round((at(wb, r, 3) as number) * 10000))).toEqual([346, 342, 190, 360]);
  });

  it('national 2023: P = 936.046 − 12.004 − 501 = 923.541; national 2020: 81,41%, vượt 1,41%, tăng 2,82%', () => {
    const { wb } = sheet([
      [936046, 12004, 501, '=THADS_BACKLOG(A1; B1; C1)'],
      [708674, 576933, '=THADS_RATE(B2; A2)', '=THADS_YOY(81,41%; 78,59%; "tỷ lệ")'],
    ]);
    expect(at(wb, 1, 4)).toBe(923541);
    expect(Math.round((at(wb, 2, 3) as number) * 10000)).toBe(8141);
    expect(at(wb, 2, 4)).toBeCloseTo(0.0282, 12);
  });

  it('national 2017: 736.747 vs 697.667 → tăng 39.080 việc (5,60%)', () => {
    const { wb } = sheet([[736747, 697667, '=THADS_YOY(A1; B1; "chênh lệch")', '=THADS_YOY(A1; B1)']]);
    expect(at(wb, 1, 3)).toBe(39080);
    expect(Math.round((at(wb, 1, 4) as number) * 10000)).toBe(560);
  });

  it('ranks units, skipping the totals row, and spills the column', () => {
    const { wb } = sheet([
      ['Chi cục A', 0.85, '=THADS_RANK(B1:B4; A1:A4)'],
      ['Chi cục B', 0.9],
      ['Chi cục C', 0.85],
      ['Tổng cộng', 0.87],
    ]);
    expect([1, 2, 3, 4].map((r) => at(wb, r, 3))).toEqual([2, 1, 2, '']);
  });

  it('shows a bad row’s message in its cell, naming the row, column and value', () => {
    const { wb } = sheet([
      [10, 20, '=THADS_RATE(A1:A2; B1:B2)'],
      ['abc', 20],
    ]);
    expect(at(wb, 1, 3)).toBe(0.5);
    expect(at(wb, 2, 3)).toBe('Lỗi: dòng 2, cột 1 của vùng fully_enforced: "abc" không phải là số');
  });

  it('fails a single bad cell with #ERROR! and its message', () => {
    const { errors } = sheet([[0.85, '=THADS_GAP(A1; 80)']]);
    expect(JSON.stringify(errors)).toContain('80 — có phải 80%?');
  });

  it('THADS_NEEDED: 223 more of 4.029 bring 3.000 to 80,00%; 0 when met; blank where Đ = 0', () => {
    const { wb, errors } = sheet([
      [3000, 4029, '=THADS_NEEDED(A1:A4; B1:B4; 80%)'],
      [3223, 4029, '', '=THADS_RATE(A2; B2)'],
      [0, 0],
      [90, 100],
    ]);
    expect(errors).toEqual([]);
    expect([1, 2, 3, 4].map((r) => at(wb, r, 3))).toEqual([223, 0, '', 0]);
    expect(at(wb, 2, 4)).toBeCloseTo(0.79995, 5); // X + 223 shows 80,00%
  });
});
