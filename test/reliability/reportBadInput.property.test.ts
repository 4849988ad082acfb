/**
 * The report action on a data sheet with broken figures (issue 6, items 1 and 2): cells of the
 * statistics table replaced by text numbers in any format, error values, dates, booleans, huge and
 * tiny numbers. Through the BUILT add-on, the answer is a Vietnamese refusal with nothing written, or a
 * report whose every cell Sheets can show — no non-finite number (the runtime stores one as "#NUM!",
 * as Sheets would show it), no "NaN"/"In.fin.ity" text — and the user's sheets are left as they were.
 */
import fc from 'fast-check';
import { runInContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { SheetModel } from '../../runtime/model/sheet';
import { cellValue } from './badValues';
import { newSheets, runtimeOver, snapshotDocument, snapshotWorkbook, userSheetChanges, Workbook } from './harness';
import { DATA_SHEET, reportSettings, statisticsRows } from './userWorkbook';
import { formattedGarbage, messageProblem, thrownMessage } from './vietnameseMessage';

/** The statistics table with some figures (rows 6–9, columns C–H) replaced by bad values. */
const brokenFigures = fc.array(fc.tuple(fc.integer({ min: 5, max: 8 }), fc.integer({ min: 2, max: 7 }), cellValue), { minLength: 1, maxLength: 5 });

function workbookWith(edits: [number, number, unknown][]): Workbook {
  const rows = statisticsRows();
  for (const [r, c, v] of edits) rows[r]![c] = typeof v === 'string' && v.startsWith('=') ? `'${v}` : v;
  const wb = Workbook.empty();
  wb.addSheet(DATA_SHEET, rows);
  wb.addSheet('Ghi chú', [['Ghi chú của người dùng']]);
  return wb;
}

/** Cells of a sheet the add-on wrote that Sheets could not show as a figure or readable text. */
function unshowable(sheet: SheetModel): string[] {
  const out: string[] = [];
  sheet.rows.forEach((row, r) =>
    row?.forEach((cell, c) => {
      const v = cell?.value;
      const where = `${sheet.name} R${r + 1}C${c + 1}`;
      if (typeof v === 'number' && !Number.isFinite(v)) out.push(`${where}: ${v}`);
      if (v === '#NUM!') out.push(`${where}: #NUM! (a non-finite number was written)`);
      if (typeof v === 'string') {
        const g = formattedGarbage(v);
        if (g) out.push(`${where}: "${g}" in "${v.slice(0, 100)}"`);
        if (/\bundefined\b|\bNaN\b|\[object Object\]/.test(v)) out.push(`${where}: "${v.slice(0, 100)}"`);
      }
    }),
  );
  return out;
}

describe('the report action on a data sheet with broken figures', () => {
  it('refuses in Vietnamese writing nothing, or writes a report every cell of which Sheets can show', async () => {
    let reports = 0;
    await fc.assert(
      fc.asyncProperty(brokenFigures, async (edits) => {
        const workbook = workbookWith(edits);
        const users = snapshotWorkbook(workbook);
        const before = JSON.stringify(snapshotDocument(workbook));
        const runtime = await runtimeOver(workbook);
        const request = (runInContext('JSON.parse', runtime.context) as (s: string) => unknown)(JSON.stringify(reportSettings()));
        let answer: { ok: boolean; message?: string; sheetName?: string };
        try {
          answer = runtime.call('sidebarMakeReport', request) as typeof answer;
        } catch (e) {
          throw new Error(`threw instead of answering: ${thrownMessage(e)}`);
        }
        expect(userSheetChanges(users, workbook)).toEqual([]);
        if (!answer.ok) {
          expect(messageProblem(answer.message)).toBeNull();
          expect(JSON.stringify(snapshotDocument(workbook))).toBe(before);
          return;
        }
        reports++;
        const written = newSheets(users, workbook).map((s) => workbook.sheet(s.name)!);
        expect(written.map((s) => s.name)).toContain(answer.sheetName);
        expect(written.flatMap(unshowable)).toEqual([]);
      }),
      { numRuns: 40 },
    );
    expect(reports, 'broken figures still make most reports (with findings): the report cells were checked').toBeGreaterThan(10);
  });

  it('writes a report every cell of which Sheets can show when Đ is too small to divide by (5e-324)', async () => {
    const workbook = workbookWith([[5, 3, 5e-324]]);
    const users = snapshotWorkbook(workbook);
    const runtime = await runtimeOver(workbook);
    const request = (runInContext('JSON.parse', runtime.context) as (s: string) => unknown)(JSON.stringify(reportSettings()));
    const answer = runtime.call('sidebarMakeReport', request) as { ok: boolean; message?: string };
    if (!answer.ok) expect(messageProblem(answer.message)).toBeNull();
    expect(newSheets(users, workbook).flatMap((s) => unshowable(workbook.sheet(s.name)!))).toEqual([]);
  });
});
