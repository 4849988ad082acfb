/**
 * Issue 13, point 2's optional table, through the BUILT add-on (build/*.js) in the local runtime: the
 * unit tabs of examples/tong-hop-chi-cuc-2025.xlsx consolidated with `officers`, the report adds every
 * officer of every unit ranked together. The ranks are recomputed here from the example's ground truth
 * (its .expected.json rows, which test/fixtures checks against the cells). Run `npm run build` first.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRuntime, Workbook } from '../../runtime/index';
import type { FixtureExpectation } from '../fixtures/expected';
import { builtReportOn } from './builtAddOn';

const examples = resolve(__dirname, '../../examples');
const expected = JSON.parse(readFileSync(join(examples, 'tong-hop-chi-cuc-2025.expected.json'), 'utf8')) as FixtureExpectation;
const tables = expected.tables ?? [];
const sheets = tables.map((t) => t.sheet);
const settings = (officers: boolean) => ({
  source: { sheet: sheets[0]!, range: null, mapping: null },
  period: { year: 2025, month: 12 },
  consolidate: officers ? { sheets, officers: true } : { sheets },
});

/** The officers' table of the report sheet: its rows under the "Chấp hành viên" header. */
function officerRowsOf(wb: Workbook, sheetName: string): { title: string; notes: string[]; rows: Record<string, unknown>[] } {
  const values = wb.sheet(sheetName)!.rows.map((r) => (r ?? []).map((c) => c?.value ?? ''));
  const at = values.findIndex((r) => typeof r[0] === 'string' && r[0].startsWith('XẾP HẠNG CHẤP HÀNH VIÊN'));
  if (at < 0) return { title: '', notes: [], rows: [] };
  const h = values.findIndex((r, i) => i > at && r.includes('Chấp hành viên'));
  const header = values[h] as string[];
  const rows: Record<string, unknown>[] = [];
  for (const r of values.slice(h + 1)) {
    if (r[1] === '' || r[1] === undefined) break;
    rows.push(Object.fromEntries(header.map((k, i) => [k, r[i]])));
  }
  return { title: String(values[at]![0]), notes: values.slice(at + 1, h).map((r) => String(r[0])), rows };
}

const shown = (rate: number) => Math.round(rate * 1e4);

describe('every officer across the province (built add-on)', () => {
  it('ranks every officer of every unit tab together, with the unit, both rates and the rank, as the ground truth gives', async () => {
    const wb = await Workbook.fromXlsx(join(examples, 'tong-hop-chi-cuc-2025.xlsx'));
    const r = await builtReportOn(wb, settings(true));
    expect(r.ok).toBe(true);
    const officers = tables.flatMap((t) => {
      const unit = t.sheet === 'KV6 Đức Linh' ? null : t.sheet;
      return unit ? t.rows.filter((x) => x.kind === 'unit').map((x) => ({ name: x.label, sheet: t.sheet, v: x.viec!, t: x.tien! })) : [];
    });
    const rate = (s: { completed?: number; fullyEnforced?: number; terminated?: number; enforceable?: number }) => ((s.fullyEnforced ?? 0) + (s.terminated ?? 0)) / s.enforceable!;
    // Ranked on the rates as shown (two decimals of a percent), tiền breaking a tie on việc.
    const key = (o: (typeof officers)[number]) => [shown(rate(o.v)), shown(rate(o.t))] as const;
    const rankOf = (o: (typeof officers)[number]) => 1 + officers.filter((p) => key(p)[0] > key(o)[0] || (key(p)[0] === key(o)[0] && key(p)[1] > key(o)[1])).length;
    const got = officerRowsOf(wb, 'Báo cáo 12 tháng năm 2025');
    expect(got.title).toBe(`XẾP HẠNG CHẤP HÀNH VIÊN TOÀN TỈNH — ${officers.length} chấp hành viên của 5 đơn vị`);
    expect(got.notes).toEqual(['Không có dòng từng chấp hành viên, không có trong bảng này: trang “KV6 Đức Linh”.']);
    expect(got.rows).toHaveLength(officers.length);
    for (const o of officers) {
      const row = got.rows.find((x) => x['Chấp hành viên'] === o.name);
      expect(row, o.name).toBeDefined();
      expect(row!['Tỷ lệ việc'] as number, o.name).toBeCloseTo(rate(o.v), 10);
      expect(row!['Tỷ lệ tiền'] as number, o.name).toBeCloseTo(rate(o.t), 10);
      expect(row!['Xếp hạng'], o.name).toBe(`${rankOf(o)}/${officers.length}`);
    }
    // Ordered by rank; each officer's unit named as the consolidation names the tab.
    expect(got.rows.map((x) => Number(String(x['Xếp hạng']).split('/')[0]))).toEqual([...got.rows.keys()].map((i) => i + 1));
    expect(new Set(got.rows.map((x) => x['Đơn vị']))).toEqual(new Set(expected.report!.units.map((u) => u.label).filter((l) => l !== 'KV6 Đức Linh')));
  });

  it('withholds an officer whose cell cannot be used: no rate, no rank, named in a note; the others still ranked', async () => {
    const wb = await Workbook.fromXlsx(join(examples, 'tong-hop-chi-cuc-2025.xlsx'));
    const t = tables.find((x) => x.sheet === 'KV2 Bình Minh')!;
    const victim = t.rows.find((x) => x.kind === 'unit')!;
    const xColumn = t.columns.find((c) => c.role.kind === 'quantity' && c.role.measure === 'viec' && c.role.key === 'fullyEnforced')!.column;
    wb.sheet('KV2 Bình Minh')!.ensureCell(victim.row + 1, xColumn + 1).value = '#N/A'; // 1-based, as Sheets
    const r = await builtReportOn(wb, settings(true));
    expect(r.ok).toBe(true);
    const got = officerRowsOf(wb, 'Báo cáo 12 tháng năm 2025');
    const bad = got.rows.find((x) => x['Chấp hành viên'] === victim.label)!;
    expect(String(bad['Tỷ lệ việc'])).toMatch(/^Không tính: .*trang “KV2 Bình Minh”/);
    expect(bad['Xếp hạng']).toBe('—');
    expect(got.rows.at(-1)!['Chấp hành viên']).toBe(victim.label);
    const n = got.rows.length - 1;
    expect(got.rows.slice(0, n).map((x) => x['Xếp hạng'])).toEqual([...Array(n).keys()].map((i) => `${i + 1}/${n}`));
    expect(got.notes.some((x) => x.startsWith('Không tính tỷ lệ và không xếp hạng 1 chấp hành viên') && x.includes(victim.label))).toBe(true);
  });

  it('adds no officers’ table unless asked, and costs no extra read when asked (the tabs are read once)', async () => {
    const calls = async (officers: boolean) => {
      const wb = await Workbook.fromXlsx(join(examples, 'tong-hop-chi-cuc-2025.xlsx'));
      const runtime = await createRuntime({ workbook: wb });
      const before = runtime.calls.snapshot();
      const r = await builtReportOn(wb, settings(officers), runtime);
      expect(r.ok).toBe(true);
      return { wb, byMethod: runtime.calls.since(before).byMethod };
    };
    const without = await calls(false);
    expect(officerRowsOf(without.wb, 'Báo cáo 12 tháng năm 2025').rows).toEqual([]);
    const withOfficers = await calls(true);
    for (const k of ['Range.getValues', 'Sheet.getDataRange', 'Spreadsheet.getSheetByName']) expect(withOfficers.byMethod[k], k).toBe(without.byMethod[k]);
  });
});
