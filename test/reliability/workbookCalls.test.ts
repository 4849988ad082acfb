/**
 * Issue 13's cost, counts only (timing lives in bench/workbook.bench.ts): the service calls of a report
 * over a whole workbook — unit tabs consolidated, a month series — are a constant plus, for each tab
 * more, one read of that tab (SheetsPort.readSheet) and its entry in each of the two listings of the
 * sheets (one to read, one under the lock to write: the port keeps a listing until something changes); they do
 * not depend on the number of units or officers. Through the BUILT add-on in the local runtime
 * (`npm run build` first). The workbooks are the benchmark's own (bench/workbook.bench.ts).
 */
import { describe, expect, it } from 'vitest';
import { createRuntime, Workbook } from '../../runtime/index';
import { consolidationCase, readCalls, seriesCase, type WorkbookCase } from '../../bench/workbook.bench';

async function callsOf(c: WorkbookCase): Promise<Record<string, number>> {
  const wb = Workbook.empty();
  for (const [name, spec] of Object.entries(c.sheets)) {
    const sheet = wb.addSheet(name, spec.rows);
    for (const m of spec.merges ?? []) sheet.merges.push({ row: m.row + 1, column: m.column + 1, numRows: m.rows, numColumns: m.columns });
  }
  const runtime = await createRuntime({ workbook: wb });
  const before = runtime.calls.snapshot();
  const r = runtime.call('sidebarMakeReport', c.settings) as { ok: boolean; message?: string };
  expect(r.ok, r.message).toBe(true);
  return runtime.calls.since(before).byMethod;
}

/** What one tab more must cost: one read of it, and one entry in each of the `listings` listings of the sheets. */
function perTab(mergesPerTab: number, listings: number): Record<string, number> {
  return {
    'SpreadsheetApp.getActiveSpreadsheet': 1,
    'Spreadsheet.getSheetByName': 1,
    'Sheet.getDataRange': 1,
    'Range.getValues': 1,
    'Range.getMergedRanges': 1,
    'Range.getNumberFormats': 1,
    'Range.getRow': mergesPerTab,
    'Range.getColumn': mergesPerTab,
    'Range.getNumRows': mergesPerTab,
    'Range.getNumColumns': mergesPerTab,
    // A listing (SheetsPort.listSheets) asks each sheet its name, whether hidden, and its metadata.
    'Sheet.getName': listings,
    'Sheet.isSheetHidden': listings,
    'Sheet.getDeveloperMetadata': listings,
  };
}

/** calls(large) − calls(small), method by method, and the growth the property allows for the extra tabs. */
function growth(small: Record<string, number>, large: Record<string, number>, extra: number, mergesPerTab: number) {
  const listings = large['Spreadsheet.getSheets'] ?? 0;
  const allowed = perTab(mergesPerTab, listings);
  const keys = [...new Set([...Object.keys(small), ...Object.keys(large), ...Object.keys(allowed)])].sort();
  const grew = Object.fromEntries(keys.map((k) => [k, (large[k] ?? 0) - (small[k] ?? 0)]));
  const expected = Object.fromEntries(keys.map((k) => [k, (allowed[k] ?? 0) * extra]));
  return { grew, expected, listings };
}

describe('service calls of a report over a whole workbook (built add-on)', () => {
  it('consolidated unit tabs: a constant plus one read per tab, whatever the officers', async () => {
    const three = consolidationCase(3, 2);
    const six = consolidationCase(6, 2);
    const small = await callsOf(three);
    const large = await callsOf(six);
    const { grew, expected, listings } = growth(small, large, 3, six.mergesPerTab);
    expect(grew).toEqual(expected);
    // The listings are fixed: one to read (grading, mapping and snapshot sheets found in it), one under
    // the document lock to write (a colleague's run may have changed the sheets while this one waited).
    expect(listings).toBe(small['Spreadsheet.getSheets']);
    expect(listings).toBe(2);
    // The read of a tab, as the benchmark counts it.
    expect(Object.entries(perTab(six.mergesPerTab, 0)).reduce((s, [, v]) => s + v, 0)).toBe(readCalls(six.mergesPerTab));
    // Officers do not count: 30 a tab reads the same as 2.
    expect(await callsOf(consolidationCase(6, 30))).toEqual(large);
  });

  it('a month series: a constant plus one read per month tab, whatever the units', async () => {
    const small = await callsOf(seriesCase(3, 5));
    const large = await callsOf(seriesCase(6, 5));
    const { grew, expected } = growth(small, large, 3, seriesCase(6, 5).mergesPerTab);
    expect(grew).toEqual(expected);
    expect(await callsOf(seriesCase(6, 60))).toEqual(large);
  });
});
