/**
 * The report's colours as Sheets would paint them: the BUILT add-on writes the report in the runtime,
 * then each conditional-format rule (custom formulas included) is evaluated over the cells of its
 * range. Figures of test/reliability/userWorkbook.ts, target 80% (việc):
 *   A 3.420 / 4.029 = 84,88% (met), B 600 / 800 = 75% (below), C 1.200 / 1.500 = 80% (met: equal),
 *   Tổng cộng 5.220 / 6.329 = 82,48% (met). No money sheet: the money columns stay blank, uncoloured.
 */
import { runInContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { appliedConditionalFormats, cellA1, createRuntimeSync } from '../../runtime/index';
import type { SheetModel } from '../../runtime/index';
import { reportSettings, userWorkbook } from '../reliability/userWorkbook';

function report(): SheetModel {
  const workbook = userWorkbook();
  const runtime = createRuntimeSync({ workbook });
  const parse = runInContext('JSON.parse', runtime.context) as (s: string) => unknown;
  const answer = runtime.call('sidebarMakeReport', parse(JSON.stringify(reportSettings()))) as { ok: boolean; sheetName: string; message?: string };
  expect(answer.ok, answer.message).toBe(true);
  return workbook.requireSheet(answer.sheetName);
}

/** Row and column (1-based) of a header cell. */
function find(sheet: SheetModel, text: string): { row: number; column: number } {
  for (let r = 1; r <= sheet.rows.length; r++) {
    const c = sheet.rows[r - 1]?.findIndex((cell) => cell?.value === text) ?? -1;
    if (c >= 0) return { row: r, column: c + 1 };
  }
  throw new Error(`"${text}" not found`);
}

describe('the report’s conditional formats, evaluated', () => {
  it('colour each unit’s rate and gap: red below the target, green at or above it', () => {
    const sheet = report();
    const applied = appliedConditionalFormats(sheet);
    const colourOf = (header: string) => {
      const { row, column } = find(sheet, header);
      // A, B, C and the totals row, below the header.
      return [1, 2, 3, 4].map((i) => applied.get(cellA1(row + i, column))?.background ?? 'none');
    };
    const red = '#f4c7c3';
    const green = '#d9ead3';
    expect(colourOf('Tỷ lệ việc')).toEqual([green, red, green, green]);
    expect(colourOf('Vượt/thiếu chỉ tiêu việc')).toEqual([green, red, green, green]);
    expect(colourOf('Tỷ lệ tiền')).toEqual(['none', 'none', 'none', 'none']);
    expect(colourOf('Vượt/thiếu chỉ tiêu tiền')).toEqual(['none', 'none', 'none', 'none']);
  });

  it('every custom formula the add-on wrote parses with English names and "," separators', () => {
    const formulas = report().conditionalFormats.filter((r) => r.condition.type === 'CUSTOM_FORMULA');
    expect(formulas.length).toBeGreaterThan(0);
    // appliedConditionalFormats throws on a formula that does not parse; these all evaluate.
    for (const f of formulas) expect(String(f.condition.values[0])).toMatch(/^=AND\(ISNUMBER\(/);
  });

  it('the report writes no cell formula (every cell holds a value)', () => {
    const sheet = report();
    expect(sheet.rows.flatMap((row) => (row ?? []).filter((c) => c?.formula))).toEqual([]);
  });
});
