/**
 * Issue 13, month by month from the sidebar, through the BUILT add-on (run `npm run build` first): the
 * state finds the series and last year's tab by period with one read per sheet, and the report made from
 * what the state offers carries the "Diễn biến" section and the comparison.
 */
import { runInContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createRuntime, Workbook, type AppsScriptRuntime } from '../../runtime/index';
import { withReportDefaults } from '../../src/shared/reportSettings';
import type { GetStateResponse, MakeReportResponse, SidebarState } from '../../src/shared/rpc';

const HEADER = ['Đơn vị', 'Có điều kiện (việc)', 'Thi hành xong (việc)', 'Có điều kiện (tiền)', 'Thi hành xong (tiền)'];
const rows = (m: number) => [HEADER, ['Chi cục THADS huyện A', 100, 10 * m, 1000, 50 * m], ['Chi cục THADS huyện B', 100, 5 * m, 1000, 30 * m]];
const THIS_YEAR = ['T10-2023', 'T11-2023', 'T12-2023', 'T1-2024', 'T2-2024', 'T3-2024'];

function call<T>(runtime: AppsScriptRuntime, name: string, arg: unknown): T {
  const parse = runInContext('JSON.parse', runtime.context) as (s: string) => unknown;
  return JSON.parse(JSON.stringify(runtime.call(name, parse(JSON.stringify(arg))))) as T;
}

function months(n: number, lastYear: boolean): Workbook {
  const wb = Workbook.empty();
  THIS_YEAR.slice(0, n).forEach((name, i) => wb.addSheet(name, rows(i + 1)));
  if (lastYear) wb.addSheet(`T${[10, 11, 12, 1, 2, 3][n - 1]}-${n <= 3 ? 2022 : 2023}`, rows(n));
  return wb;
}

async function state(wb: Workbook, sheet: string): Promise<{ runtime: AppsScriptRuntime; state: SidebarState; getValues: number }> {
  const runtime = await createRuntime({ workbook: wb });
  const before = runtime.calls.snapshot();
  const s = call<GetStateResponse>(runtime, 'sidebarGetState', { sheet });
  if (!s.ok) throw new Error(s.message);
  return { runtime, state: s, getValues: runtime.calls.since(before).byMethod['Range.getValues'] ?? 0 };
}

describe('sidebarGetState on month tabs', () => {
  it('offers the series and last year’s tab, one more read per tab and no more', async () => {
    const six = await state(months(6, true), 'T3-2024');
    const four = await state(months(4, true), 'T1-2024');
    expect(six.state.sources.period).toEqual({ year: 2024, month: 6 });
    expect(six.state.sources.series?.months.map((m) => m.sheet)).toEqual(THIS_YEAR);
    expect(six.state.sources.lastYear).toEqual({ candidates: ['T3-2023'], proposed: 'T3-2023', message: null });
    expect(four.state.sources.series?.months).toHaveLength(4);
    expect(six.getValues - four.getValues).toBe(2);
  });

  it('makes the report the sidebar sends from it: Diễn biến and the comparison', async () => {
    const wb = months(6, true);
    const { runtime, state: s } = await state(wb, 'T3-2024');
    const series = s.sources.series!;
    const settings = withReportDefaults({
      source: { sheet: 'T3-2024', range: null, mapping: null },
      period: s.sources.period!,
      targets: { kind: 'national' },
      comparison: { sheet: s.sources.lastYear!.proposed!, range: null },
      series: { months: series.months, lastYear: series.lastYear, missing: series.missing },
    });
    const r = call<MakeReportResponse>(runtime, 'sidebarMakeReport', settings);
    if (!r.ok) throw new Error(r.message);
    expect(r.sheetName).toBe('Báo cáo 6 tháng năm 2024');
    const text = wb.sheet(r.sheetName)!.rows.flatMap((row) => (row ?? []).map((c) => c?.value)).filter((v) => typeof v === 'string').join('\n');
    expect(text).toContain('DIỄN BIẾN THEO THÁNG');
    expect(text).toContain('T10 (1 tháng)');
  });
});
