/**
 * The shell through the BUILT files in the local runtime (run `npm run build` first; `npm test` does):
 * the report action as the sidebar calls it, the menu, and what stays constant with the number of units.
 */
import { runInContext } from 'node:vm';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Workbook, createRuntime, type AppsScriptRuntime } from '../../runtime/index';
import type { SheetModel } from '../../runtime/index';
import { DATA_SHEET, settingsFor, unitsWorkbook } from './runtimeWorkbook';

const NAME = 'Báo cáo 12 tháng năm 2020';

/** The request as google.script.run would deliver it: objects of the add-on's realm. */
function call(runtime: AppsScriptRuntime, name: string, request: unknown): any {
  const parse = runInContext('JSON.parse', runtime.context) as (s: string) => unknown;
  return runtime.call(name, parse(JSON.stringify(request)));
}

function owner(sheet: SheetModel): string | null {
  return sheet.developerMetadata.find((m) => m.key === 'thads.owner')?.value ?? null;
}

function cellValues(sheet: SheetModel): unknown[][] {
  return sheet.rows.map((r) => (r ?? []).map((c) => c?.value));
}

function headerRow(sheet: SheetModel): unknown[] {
  return cellValues(sheet).find((r) => r.includes('Đơn vị') && r.includes('Xếp hạng')) ?? [];
}

describe('the report action through the built stubs', () => {
  it('writes the report sheet with the exact headers, marked as the add-on’s own', async () => {
    const wb = unitsWorkbook(3);
    const runtime = await createRuntime({ workbook: wb });
    const result = call(runtime, 'sidebarMakeReport', settingsFor());
    expect(result).toMatchObject({ ok: true, sheetName: NAME, summary: { units: 3, ranked: 3 } });
    const sheet = wb.sheet(NAME)!;
    expect(owner(sheet)).toBe('report:2020-12');
    expect(sheet.hidden).toBe(false);
    for (const h of ['Đơn vị', 'Tỷ lệ việc', 'Tỷ lệ tiền', 'Xếp hạng']) expect(headerRow(sheet)).toContain(h);
    expect(sheet.frozenRows).toBeGreaterThan(0);
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.conditionalFormats.length).toBeGreaterThan(0);
  });

  it('writes the rank "1/3" as text, not as a date or a number', async () => {
    const wb = unitsWorkbook(3);
    call(await createRuntime({ workbook: wb }), 'sidebarMakeReport', settingsFor());
    const sheet = wb.sheet(NAME)!;
    const c = headerRow(sheet).indexOf('Xếp hạng');
    const ranks = cellValues(sheet).map((r) => r[c]);
    // Đ = 100, 101, 102 with X = 80: the first unit has the highest rate
    expect(ranks).toContain('1/3');
    expect(ranks).toContain('3/3');
  });

  it('writes the rate 80/101 with the pattern "0.00%", shown 79,21% in a vi_VN sheet', async () => {
    const wb = unitsWorkbook(2);
    const runtime = await createRuntime({ workbook: wb });
    call(runtime, 'sidebarMakeReport', settingsFor());
    const sheet = wb.sheet(NAME)!;
    const header = headerRow(sheet);
    const rows = cellValues(sheet);
    const unitRow = rows.findIndex((r) => r.includes('Chi cục THADS huyện 2'));
    const c = header.indexOf('Tỷ lệ việc');
    const cell = sheet.rows[unitRow]![c]!;
    expect(cell.value).toBeCloseTo(80 / 101, 10);
    expect(cell.numberFormat).toBe('0.00%');
  });

  it('keeps a unit named like a formula as text', async () => {
    const evil = '=IMPORTXML("http://example.com","//a")';
    // Typed into the user's sheet as text (as Sheets keeps "'=…"), read back as the string evil.
    const wb = unitsWorkbook(2, (i) => (i === 0 ? `'${evil}` : `Chi cục ${i}`));
    expect(wb.sheet(DATA_SHEET)!.rows[1]![0]!.value).toBe(evil);
    const runtime = await createRuntime({ workbook: wb });
    expect(call(runtime, 'sidebarMakeReport', settingsFor())).toMatchObject({ ok: true });
    const cells = wb.sheet(NAME)!.rows.flatMap((r) => r ?? []);
    expect(cells.some((c) => c?.value === evil)).toBe(true);
    expect(cells.some((c) => c?.formula !== undefined)).toBe(false);
  });

  it('leaves a user’s sheet named like the report alone and writes "… (2)"', async () => {
    const wb = unitsWorkbook(2);
    wb.addSheet(NAME, [['ghi chú của người dùng']]);
    const runtime = await createRuntime({ workbook: wb });
    const result = call(runtime, 'sidebarMakeReport', settingsFor());
    expect(result).toMatchObject({ ok: true, sheetName: `${NAME} (2)` });
    expect(result.message).toContain(`${NAME} (2)`);
    expect(cellValues(wb.sheet(NAME)!)).toEqual([['ghi chú của người dùng']]);
  });

  it('with the lock held by another report: a Vietnamese message and nothing written', async () => {
    const wb = unitsWorkbook(2);
    const runtime = await createRuntime({ workbook: wb });
    runtime.lock.hold();
    const result = call(runtime, 'sidebarMakeReport', settingsFor());
    expect(result).toMatchObject({ ok: false });
    expect(result.message).toMatch(/đang được ghi/);
    expect(wb.sheetNames()).toEqual([DATA_SHEET]);
  });

  it('refuses a request that does not match the contract, naming the field', async () => {
    const runtime = await createRuntime({ workbook: unitsWorkbook(2) });
    const result = call(runtime, 'sidebarMakeReport', { ...settingsFor(), period: { year: 2020, month: 13 } });
    expect(result).toMatchObject({ ok: false });
    expect(result.message).toMatch(/period\.month/);
  });

  it('finds its own report again after the workbook is saved and reopened, and replaces it', async () => {
    const wb = unitsWorkbook(2);
    call(await createRuntime({ workbook: wb }), 'sidebarMakeReport', settingsFor());
    const file = join(mkdtempSync(join(tmpdir(), 'thads-')), 'saved.xlsx');
    await wb.toXlsx(file);
    const reopened = await Workbook.fromXlsx(file);
    const result = call(await createRuntime({ workbook: reopened }), 'sidebarMakeReport', settingsFor());
    expect(result).toMatchObject({ ok: true, sheetName: NAME });
    expect(reopened.sheetNames().filter((n) => n.startsWith('Báo cáo'))).toEqual([NAME]);
  });
});

describe('service calls do not grow with the units', () => {
  async function callsFor(n: number): Promise<Record<string, number>> {
    const runtime = await createRuntime({ workbook: unitsWorkbook(n) });
    const before = runtime.calls.snapshot();
    expect(call(runtime, 'sidebarMakeReport', settingsFor())).toMatchObject({ ok: true });
    return runtime.calls.since(before).byMethod;
  }

  it('makes the same calls for 10 and for 700 units', async () => {
    const ten = await callsFor(10);
    const many = await callsFor(700);
    expect(many).toEqual(ten);
    expect(ten['Range.setValues']).toBe(1);
  });
});

describe('the menu', () => {
  it('onOpen builds the add-on menu with the three items', async () => {
    const runtime = await createRuntime({ workbook: unitsWorkbook(1) });
    runtime.call('onOpen', { authMode: 'NONE' });
    expect(JSON.stringify(runtime.ui)).toContain('Mở bảng điều khiển');
    expect(JSON.stringify(runtime.ui)).toContain('Tạo lại báo cáo');
    expect(JSON.stringify(runtime.ui)).toContain('Hướng dẫn');
  });

  it('onOpen touches no sheet data and no properties', async () => {
    const runtime = await createRuntime({ workbook: unitsWorkbook(1) });
    const before = runtime.calls.snapshot();
    runtime.call('onOpen', { authMode: 'NONE' });
    const used = Object.keys(runtime.calls.since(before).byMethod);
    expect(used.filter((m) => /^(Spreadsheet\.|Sheet\.|Range\.|Properties)/.test(m))).toEqual([]);
  });

  it('"Tạo lại báo cáo" uses the settings saved by the last report', async () => {
    const wb = unitsWorkbook(2);
    const runtime = await createRuntime({ workbook: wb });
    call(runtime, 'sidebarMakeReport', settingsFor());
    wb.sheet(DATA_SHEET)!.rows[1]![0]!.value = 'Chi cục đổi tên';
    runtime.call('remakeReport');
    expect(JSON.stringify(cellValues(wb.sheet(NAME)!))).toContain('Chi cục đổi tên');
  });

  it('"Tạo lại báo cáo" without saved settings says what to do and writes nothing', async () => {
    const wb = unitsWorkbook(2);
    const runtime = await createRuntime({ workbook: wb });
    runtime.call('remakeReport');
    expect(JSON.stringify(runtime.ui)).toContain('Chưa có thiết lập');
    expect(wb.sheetNames()).toEqual([DATA_SHEET]);
  });

  it('showSidebar serves the built Sidebar.html', async () => {
    const runtime = await createRuntime({ workbook: unitsWorkbook(1) });
    runtime.call('showSidebar');
    expect(JSON.stringify(runtime.ui)).toContain('THADS');
  });
});

describe('a run cut off by the time limit', () => {
  /** From the `nth` call of `key` on, every service call throws, as when Apps Script kills the run. */
  function cutOffAt(runtime: AppsScriptRuntime, key: string, nth: number): () => void {
    const counter = runtime.calls as unknown as { count(k: string): void };
    const original = counter.count;
    const RealmError = runInContext('Error', runtime.context) as ErrorConstructor;
    let seen = 0;
    let dead = false;
    counter.count = function (this: unknown, k: string) {
      original.call(this, k);
      if (dead || (k === key && ++seen === nth)) {
        dead = true;
        throw new RealmError('Exceeded maximum execution time');
      }
    };
    return () => {
      counter.count = original;
    };
  }

  for (const [key, nth] of [
    ['Sheet.addDeveloperMetadata', 1], // the new sheet exists, not yet marked
    ['Range.setValues', 1], // the temporary sheet is half written
    ['Sheet.setName', 1], // the report is built, not yet swapped in
  ] as const) {
    it(`at ${key}: the next run removes what it left and writes the one report`, async () => {
      const wb = unitsWorkbook(3);
      const runtime = await createRuntime({ workbook: wb });
      const restore = cutOffAt(runtime, key, nth);
      expect(() => call(runtime, 'sidebarMakeReport', settingsFor())).toThrow();
      restore();
      runtime.lock.release(); // Apps Script releases the locks of a killed execution
      expect(wb.sheets.filter((s) => !s.hidden && s.name !== DATA_SHEET).map((s) => s.name)).not.toContain(NAME);
      expect(call(runtime, 'sidebarMakeReport', settingsFor())).toMatchObject({ ok: true, sheetName: NAME });
      expect(wb.sheetNames()).toEqual([DATA_SHEET, NAME]);
    });
  }
});
