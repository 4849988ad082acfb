/**
 * Issue 12, point 12: columns are named by the sheet's letters ("cột J") in every message of the
 * sidebar and the report — the reader's duplicate and unplaced columns, the totals check — counted
 * from where the chosen range starts; a custom function, which cannot see addresses, names the same
 * columns by their position in its range ("cột 8 của vùng").
 */
import { describe, expect, it } from 'vitest';
import { detectOn } from '../../../src/server/rpc/detectOn';
import { prepareReport } from '../../../src/server/report/makeReport';
import { guard } from '../../../src/functions/guard';
import type { CustomFunctionSpec } from '../../../src/functions/spec';
import { tableFunctions } from '../../../src/functions/table/index';
import { MemoryPort } from '../memoryPort';
import { settingsFor } from '../runtimeWorkbook';

const SHEET = 'Thống kê';
const CHECK = guard(tableFunctions.find((f) => f.name === 'THADS_CHECK') as CustomFunctionSpec);

/** The table, its first column C and its header row 5: C Đơn vị … H Giải quyết xong, I an unknown "Xyz" with figures. */
const TABLE = [
  ['Đơn vị', 'Thụ lý', 'Chưa có điều kiện', 'Ghi chú', 'Có điều kiện thi hành', 'Giải quyết xong', 'Xyz'],
  ['Chi cục THADS huyện A', 120, 20, '', 100, 80, 5],
  ['Chi cục THADS huyện B', 130, 29, '', 101, 70, 1],
  // X of the totals is 160, not 150: a totals finding in column H.
  ['Tổng cộng', 250, 49, '', 201, 160, 6],
];

/** The table placed at C5 of a sheet whose rows 1–4 and columns A–B are blank. */
function sheetWith(table: unknown[][]): unknown[][] {
  const rows: unknown[][] = [];
  for (let r = 0; r < 4; r++) rows.push(['', '', '', '', '', '', '', '', '']);
  for (const row of table) rows.push(['', '', ...row]);
  return rows;
}

const port = (table: unknown[][]) => new MemoryPort([{ name: SHEET, values: sheetWith(table) as never }]);
const source = { sheet: SHEET, range: 'C5:P40', mapping: null };

describe('the sidebar and the report name a range’s columns by the sheet’s letters', () => {
  it('the unplaced column read from C5:P40 is column I, not the 7th', () => {
    const { result } = detectOn(port(TABLE), { source, moneyUnit: null, notRanked: [] });
    if (!result.ok) throw new Error(result.message);
    expect(result.table.warnings).toContain('Cột I ("Xyz") có số liệu nhưng không nhận ra tiêu đề: không dùng để tính. Nếu là một chỉ tiêu, hãy chọn vai trò cho cột trong thanh bên.');
  });

  it('two columns for Đ are named G and J', () => {
    const twice = TABLE.map((row, r) => [...row.slice(0, 7), r === 0 ? 'Có điều kiện thi hành' : row[4]]);
    const { result } = detectOn(port(twice), { source, moneyUnit: null, notRanked: [] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('có điều kiện thi hành (Đ) về việc: cột G ("Có điều kiện thi hành") và cột J ("Có điều kiện thi hành")');
  });

  it('the report’s totals finding names column H and the sheet’s row 8', () => {
    const model = prepareReport(port(TABLE), settingsFor({ source, moneyUnit: null }));
    const text = JSON.stringify(model);
    expect(text).toContain('Dòng 8 (Tổng cộng), việc, cột H (giải quyết xong (X)): dòng tổng ghi 160 việc nhưng tổng các đơn vị là 150 việc');
  });
});

describe('THADS_CHECK names the same columns by their position in its range', () => {
  it('the totals finding is in column 6 of the range, row 4 of the range', () => {
    const out = CHECK(TABLE) as string[][];
    expect(out.map((r) => r[0])).toContain('Dòng 4 của vùng (Tổng cộng), việc, cột 6 của vùng (giải quyết xong (X)): dòng tổng ghi 160 việc nhưng tổng các đơn vị là 150 việc, chênh lệch 10 việc.');
  });
});
