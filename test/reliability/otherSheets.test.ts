/**
 * Issue 13, items 1 and 2, through the BUILT add-on (build/*.js) in the local runtime: việc and tiền
 * kept on two sheets ("Việc", "Tiền") give one report with both rates; unit tabs consolidated give one
 * row per tab with the province total; each tab costs one read. Run `npm run build` first.
 */
import { describe, expect, it } from 'vitest';
import { createRuntime, Workbook } from '../../runtime/index';
import { builtReportOn } from './builtAddOn';

/** Units in another order on the tiền sheet; A and B tie on the việc rate (80%), B has the higher tiền rate. */
function measureWorkbook(): Workbook {
  const wb = Workbook.empty();
  wb.addSheet('Việc', [
    ['CỤC THI HÀNH ÁN DÂN SỰ TỈNH NAM SƠN'],
    ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ VỀ VIỆC 12 THÁNG NĂM 2020'],
    ['Đơn vị', 'Có điều kiện thi hành', 'Giải quyết xong'],
    ['Chi cục THADS huyện A', 100, 80],
    ['Chi cục THADS huyện B', 50, 40],
    ['Chi cục THADS huyện C', 10, 9],
    ['Cộng', 160, 129],
  ]);
  wb.addSheet('Tiền', [
    ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ VỀ TIỀN 12 THÁNG NĂM 2020'],
    ['Đơn vị tính: triệu đồng'],
    ['Đơn vị', 'Có điều kiện thi hành', 'Giải quyết xong'],
    ['CHI CỤC THADS HUYỆN C', 10, 1],
    ['Chi cục THADS huyện B', 20, 10],
    ['Chi cục THADS huyện A', 100, 30],
    ['Cộng', 130, 41],
  ]);
  return wb;
}

const pct = (v: unknown) => (typeof v === 'number' ? Math.round(v * 1000) / 10 : v);

describe('việc and tiền on two sheets (built add-on)', () => {
  it('has both rates for every unit and breaks the tie on the việc rate by the tiền rate', async () => {
    const wb = measureWorkbook();
    const cells = (name: string) => JSON.stringify(wb.sheet(name)!.rows.map((r) => (r ?? []).map((c) => c?.value ?? '')));
    const before = ['Việc', 'Tiền'].map(cells);
    const r = await builtReportOn(wb, { source: { sheet: 'Việc', range: null, mapping: null }, tienSource: { sheet: 'Tiền', range: null } });
    expect(r.message).not.toMatch(/lỗi/i);
    expect(r.ok).toBe(true);
    const row = (label: string) => r.rows.get(label)!;
    expect([pct(row('Chi cục THADS huyện A')['Tỷ lệ việc']), pct(row('Chi cục THADS huyện A')['Tỷ lệ tiền'])]).toEqual([80, 30]);
    expect([pct(row('Chi cục THADS huyện B')['Tỷ lệ việc']), pct(row('Chi cục THADS huyện B')['Tỷ lệ tiền'])]).toEqual([80, 50]);
    expect(pct(row('Chi cục THADS huyện C')['Tỷ lệ tiền'])).toBe(10);
    expect(row('Chi cục THADS huyện C')['Xếp hạng']).toBe('1/3');
    expect(row('Chi cục THADS huyện B')['Xếp hạng']).toBe('2/3');
    expect(row('Chi cục THADS huyện A')['Xếp hạng']).toBe('3/3');
    expect(r.summary?.rateTien).toBeCloseTo(41 / 130);
    expect(r.text).toContain('triệu đồng');
    // Nothing of the user's sheets changes.
    expect(['Việc', 'Tiền'].map(cells)).toEqual(before);
    expect(before[1]).toContain('triệu đồng');
  });

  it('names a unit on one side only', async () => {
    const wb = measureWorkbook();
    wb.sheet('Tiền')!.rows.splice(3, 1);
    const r = await builtReportOn(wb, { source: { sheet: 'Việc', range: null, mapping: null }, tienSource: { sheet: 'Tiền', range: null } });
    expect(r.findings.map((f) => f.message)).toContain('“Chi cục THADS huyện C” có ở trang “Việc” nhưng không có ở trang “Tiền”: thiếu số liệu tiền của dòng này.');
  });
});

/** A unit's tab: the Chi cục's title, officer rows [Đ việc, X việc, Đ tiền, X tiền] and "Cộng". */
function unitTab(wb: Workbook, name: string, agency: string | null, officers: number[][], opts: { year?: number; money?: string } = {}): void {
  const sum = officers.reduce((a, r) => a.map((v, i) => v + r[i]!), [0, 0, 0, 0]);
  wb.addSheet(name, [
    ...(agency ? [[agency]] : []),
    [`BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 12 THÁNG NĂM ${opts.year ?? 2020}`],
    [`Đơn vị tính: ${opts.money ?? 'nghìn đồng'}`],
    ['Chấp hành viên', 'Có điều kiện thi hành (việc)', 'Giải quyết xong (việc)', 'Có điều kiện thi hành (tiền)', 'Giải quyết xong (tiền)'],
    ...officers.map((r, i) => [`Chấp hành viên ${i + 1}`, ...r]),
    ['Cộng', ...sum],
  ]);
}

describe('consolidation of unit tabs (built add-on)', () => {
  function tabs(n: number, officers = 2): { wb: Workbook; sheets: string[] } {
    const wb = Workbook.empty();
    const sheets: string[] = [];
    for (let i = 0; i < n; i++) {
      const name = `Đơn vị ${i + 1}`;
      const rows = Array.from({ length: officers }, (_, k) => [10 + i, 5 + (k % 2), 1000, 100 * (i + 1)]);
      unitTab(wb, name, `CHI CỤC THADS HUYỆN SỐ ${i + 1}`, rows);
      sheets.push(name);
    }
    return { wb, sheets };
  }

  it('ranks one row per tab, named by its title, with the province total', async () => {
    const wb = Workbook.empty();
    unitTab(wb, 'BL', 'CHI CỤC THADS HUYỆN BẾN LỨC', [[10, 8, 100, 50], [30, 12, 300, 100]]);
    unitTab(wb, 'CG', 'CHI CỤC THADS HUYỆN CẦN GIUỘC', [[20, 18, 200_000, 20_000]], { money: 'đồng' });
    unitTab(wb, 'ĐH', null, [[50, 20, 500, 400]]);
    const r = await builtReportOn(wb, { source: { sheet: 'BL', range: null, mapping: null }, consolidate: { sheets: ['BL', 'CG', 'ĐH'] } });
    expect(r.ok).toBe(true);
    expect([...r.rows.keys()]).toEqual(expect.arrayContaining(['CHI CỤC THADS HUYỆN BẾN LỨC', 'CHI CỤC THADS HUYỆN CẦN GIUỘC', 'ĐH', 'Tổng cộng']));
    expect(pct(r.rows.get('CHI CỤC THADS HUYỆN CẦN GIUỘC')!['Tỷ lệ việc'])).toBe(90);
    expect(pct(r.rows.get('CHI CỤC THADS HUYỆN CẦN GIUỘC')!['Tỷ lệ tiền'])).toBe(10);
    expect(r.rows.get('CHI CỤC THADS HUYỆN CẦN GIUỘC')!['Xếp hạng']).toBe('1/3');
    expect(r.rows.get('CHI CỤC THADS HUYỆN BẾN LỨC')!['Xếp hạng']).toBe('2/3');
    expect(r.rows.get('ĐH')!['Xếp hạng']).toBe('3/3');
    expect(r.summary?.rateViec).toBeCloseTo((20 + 18 + 20) / (40 + 20 + 50));
  });

  it('names a tab of another period, leaves it out, and gives no province figure', async () => {
    const { wb, sheets } = tabs(2);
    unitTab(wb, 'Cũ', 'CHI CỤC THADS HUYỆN CŨ', [[1, 1, 1, 1]], { year: 2019 });
    const r = await builtReportOn(wb, { source: { sheet: sheets[0]!, range: null, mapping: null }, consolidate: { sheets: [...sheets, 'Cũ'] } });
    expect(r.ok).toBe(true);
    expect(r.summary?.rateViec).toBeNull();
    expect(r.text).toContain('Tổng các đơn vị hợp lệ (thiếu: Cũ)');
    expect(r.findings.map((f) => f.message).join('\n')).toContain('Trang “Cũ” khác kỳ báo cáo');
  });

  it('reads each tab once: the calls grow by one read per tab, not with the officers', async () => {
    async function reads(n: number, officers: number): Promise<Record<string, number>> {
      const { wb, sheets } = tabs(n, officers);
      const runtime = await createRuntime({ workbook: wb });
      const before = runtime.calls.snapshot();
      const r = await builtReportOn(wb, { source: { sheet: sheets[0]!, range: null, mapping: null }, consolidate: { sheets } }, runtime);
      expect(r.ok).toBe(true);
      return runtime.calls.since(before).byMethod;
    }
    const three = await reads(3, 2);
    const six = await reads(6, 2);
    // The writer lists the workbook's sheets (getName, isSheetHidden, metadata per sheet): that grows with
    // the sheets there are, not with what is read. What reads a tab grows by one per tab.
    for (const k of ['Range.getValues', 'Sheet.getDataRange', 'Spreadsheet.getSheetByName', 'Range.getMergedRanges']) expect(six[k]! - three[k]!, k).toBe(3);
    expect(await reads(6, 30)).toEqual(six);
  });
});
