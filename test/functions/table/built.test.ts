/**
 * THADS_SUMMARY and THADS_CHECK through the BUILT add-on (build/*.js from `npm run build`) in the
 * local Apps Script runtime: the table typed into a sheet, the formula below it, recalculated and
 * spilled as Sheets would. Figures from domain §5.
 */
import { describe, expect, it } from 'vitest';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRuntimeSync, sheetToGrid, Workbook } from '../../../runtime/index';

function run(rows: unknown[][]): { wb: Workbook; errors: unknown[] } {
  const wb = Workbook.empty();
  wb.addSheet('S', rows);
  const report = createRuntimeSync({ workbook: wb }).recalculate();
  return { wb, errors: report.errors };
}

function grid(wb: Workbook, fromRow: number, rows: number, columns: number): unknown[][] {
  const out: unknown[][] = [];
  for (let r = fromRow; r < fromRow + rows; r++) {
    const line: unknown[] = [];
    for (let c = 1; c <= columns; c++) line.push(wb.requireSheet('S').cell(r, c)?.value ?? '');
    out.push(line);
  }
  return out;
}

describe('THADS_SUMMARY and THADS_CHECK through the built stubs', () => {
  it('a district 2020 (Đ 4.029, X 3.420, target 80%): 84,88%, +4,88 points, rank 1 of 2, totals unranked', () => {
    const { wb, errors } = run([
      ['Đơn vị', 'Có điều kiện thi hành', 'Thi hành xong', 'Đình chỉ'],
      ['Chi cục THADS huyện A', 4029, 3400, 20],
      ['Chi cục THADS huyện B', 1000, 800, 0],
      ['Tổng cộng', 5029, 4200, 20],
      [],
      ['=THADS_SUMMARY(A1:D4; 80%)'],
    ]);
    expect(errors).toEqual([]);
    const [header, a, b, total] = grid(wb, 6, 4, 8);
    expect(header?.slice(0, 6)).toEqual(['Đơn vị', 'Loại dòng', 'Tỷ lệ việc', 'Tỷ lệ tiền', 'Xếp hạng', 'Thứ hạng']);
    expect(a?.[0]).toBe('Chi cục THADS huyện A');
    expect(Math.round((a?.[2] as number) * 10000)).toBe(8488);
    expect(a?.slice(3, 6)).toEqual(['', 1, '1/2']);
    expect(Math.round((a?.[7] as number) * 10000)).toBe(488);
    expect(b?.slice(4, 6)).toEqual([2, '2/2']);
    expect(total?.slice(0, 2)).toEqual(['Tổng cộng', 'tổng cộng']);
    expect(total?.[4]).toBe('');
  });

  it('the 2016 province fixture read as it stands: 91,68%, "vượt 18%" against 74%; THADS_CHECK finds it consistent', async () => {
    const fixture = await Workbook.fromXlsx(resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/two-row-header-2016.xlsx'));
    const rows: unknown[][] = sheetToGrid(fixture, 'TK 2016');
    const height = rows.length;
    rows.push([], ['=THADS_SUMMARY(A1:Q13; 74%; ; T1:U1)'], [], [], [], [], [], [], [], [], ['=THADS_CHECK(A1:Q13; T1:U1)']);
    (rows[0] as unknown[])[19] = 'năm';
    (rows[0] as unknown[])[20] = 2016;
    const { wb, errors } = run(rows);
    expect(errors).toEqual([]);
    const out = grid(wb, height + 2, 7, 8);
    const total = out.find((r) => r[0] === 'Tổng cộng');
    expect(Math.round((total?.[2] as number) * 10000)).toBe(9168);
    expect(Math.round((total?.[7] as number) * 100)).toBe(18);
    expect(wb.requireSheet('S').cell(height + 11, 1)?.value ?? '').toBe('');
  });

  it('THADS_DIFF on a closed copy kept as a sheet: one row for the changed count, a blank row when nothing changed', () => {
    const closed = [
      ['Đơn vị', 'Có điều kiện thi hành', 'Giải quyết xong'],
      ['Chi cục THADS huyện A', 4029, 3420],
      ['Chi cục THADS huyện B', 1000, 800],
    ];
    const wb = Workbook.empty();
    wb.addSheet('Chốt T12', closed);
    wb.addSheet('S', [
      ['Đơn vị', 'Có điều kiện thi hành', 'Giải quyết xong'],
      ['Chi cục THADS huyện B', 1000, 805],
      ['Chi cục THADS huyện A', 4029, 3420],
      [],
      ["=THADS_DIFF('Chốt T12'!A1:C3; A1:C3)"],
      [],
      ["=THADS_DIFF('Chốt T12'!A1:C3; 'Chốt T12'!A1:C3)"],
    ]);
    const { errors } = createRuntimeSync({ workbook: wb }).recalculate();
    expect(errors).toEqual([]);
    expect(grid(wb, 5, 1, 5)).toEqual([['Chi cục THADS huyện B', 'giải quyết xong (X) về việc', 800, 805, 5]]);
    expect(grid(wb, 7, 1, 5)).toEqual([['', '', '', '', '']]);
  });
});
