/**
 * Issue 13's "Done when" (and issue 14's close), tried by a tester on workbooks the developers did not
 * write (keptWorkbooks.ts: the official forms' layout, merged headers, "Cộng" / "Tổng cộng" / "Toàn
 * tỉnh" rows, money in nghìn đồng or đồng, notes under the table), through the BUILT add-on: the demo
 * (`runDemo`, as `npx tsx scripts/demo.ts --input F --out DIR …` runs it) or the sidebar's calls in the
 * local runtime. Every figure is checked against what the domain's formulas give by hand
 * (rate = (X1 + X2) / Đ; competition ranks, ties on việc broken by tiền), and the user's sheets are
 * compared cell by cell before and after. Run `npm run build` first.
 * Cases marked "(was wrong)" failed before the commit that names the case.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInContext } from 'node:vm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseArgs, runDemo, type DemoResult } from '../../scripts/demo';
import { createRuntime, Workbook } from '../../runtime/index';
import { findMonthSeries } from '../../src/core/period/monthSeries';
import { withReportDefaults } from '../../src/shared/reportSettings';
import type { MakeReportResponse } from '../../src/shared/rpc';
import {
  cellsOf,
  figures,
  rateOf,
  reportTable,
  save,
  sheetRows,
  sumFigures,
  textOf,
  writeForm,
  writeUnitTab,
  type OfficerRow,
  type Row,
} from './keptWorkbooks';

const dir = mkdtempSync(join(tmpdir(), 'thads-tester-'));
const close = (v: unknown, x: number) => expect(v as number).toBeCloseTo(x, 10);
const P12_2023 = '12 tháng năm 2023 (từ ngày 01/10/2022 đến ngày 30/9/2023)';

interface Run {
  result: DemoResult;
  lines: string[];
  rows: unknown[][];
  table: Map<string, Record<string, unknown>>;
  text: string;
}

/** Runs the demo on a file (build: false — the tests run after `npm run build`), reads the report back. */
async function demo(input: string, out: string, extra: string[] = []): Promise<Run> {
  const lines: string[] = [];
  const result = await runDemo(parseArgs(['--input', input, '--out', join(dir, out), ...extra]), (l) => lines.push(l), { build: false });
  const rows = await sheetRows(result.files.xlsx, result.reportSheet);
  return { result, lines, rows, table: reportTable(rows), text: textOf(rows) };
}

/** The user's sheets of the input are the same cell for cell in the output. */
async function expectUserSheetsKept(input: string, output: string, sheets: readonly string[]) {
  const before = await cellsOf(input, sheets);
  const after = await cellsOf(output, sheets);
  expect(Object.keys(after).sort()).toEqual([...sheets].sort());
  for (const s of sheets) expect(after[s], s).toEqual(before[s]);
}

// ── Case 1: "Việc" and "Tiền" on two sheets ─────────────────────────────────────────────────────────
// Việc (Biểu 01): five Chi cục; Tiền (Biểu 02, nghìn đồng): the same five in another order, their names
// spelled out ("Chi cục Thi hành án dân sự", "TP.", "TX."), one more (Tân Trụ), totals "Toàn tỉnh" on top.
// Việc rates: Tân An 1.000/1.250 = 80%, Kiến Tường 320/400 = 80%, Bến Lức 810/900 = 90%,
// Cần Giuộc 800/1.000 = 80%, Đức Hòa 770/1.100 = 70%. Tiền: Tân An 30%, Kiến Tường 45%, Bến Lức 20%,
// Cần Giuộc 45%, Đức Hòa 50%, Tân Trụ 50%. Ranks by việc, ties by tiền: Bến Lức 1; the three at 80%:
// Kiến Tường and Cần Giuộc (45%) share 2, Tân An (30%) 4; Đức Hòa 5.
const VIEC: Row[] = [
  { name: 'Chi cục THADS thành phố Tân An', f: figures(1250, 1000) },
  { name: 'Chi cục THADS thị xã Kiến Tường', f: figures(400, 320) },
  { name: 'Chi cục THADS huyện Bến Lức', f: figures(900, 810) },
  { name: 'Chi cục THADS huyện Cần Giuộc', f: figures(1000, 800) },
  { name: 'Chi cục THADS huyện Đức Hòa', f: figures(1100, 770) },
];
const TIEN: Row[] = [
  { name: 'Chi cục Thi hành án dân sự huyện Đức Hòa', f: figures(60_000_000, 30_000_000, 1000) },
  { name: 'Chi cục Thi hành án dân sự huyện Bến Lức', f: figures(80_000_000, 16_000_000, 1000) },
  { name: 'Chi cục Thi hành án dân sự TP. Tân An', f: figures(50_000_000, 15_000_000, 1000) },
  { name: 'Chi cục Thi hành án dân sự huyện Tân Trụ', f: figures(20_000_000, 10_000_000, 1000) },
  { name: 'Chi cục Thi hành án dân sự huyện Cần Giuộc', f: figures(40_000_000, 18_000_000, 1000) },
  { name: 'Chi cục Thi hành án dân sự TX. Kiến Tường', f: figures(10_000_000, 4_500_000, 1000) },
];
/** The việc twin's name of each tiền row. */
const TWIN: Record<string, string> = {
  'Chi cục Thi hành án dân sự huyện Đức Hòa': 'Chi cục THADS huyện Đức Hòa',
  'Chi cục Thi hành án dân sự huyện Bến Lức': 'Chi cục THADS huyện Bến Lức',
  'Chi cục Thi hành án dân sự TP. Tân An': 'Chi cục THADS thành phố Tân An',
  'Chi cục Thi hành án dân sự huyện Cần Giuộc': 'Chi cục THADS huyện Cần Giuộc',
  'Chi cục Thi hành án dân sự TX. Kiến Tường': 'Chi cục THADS thị xã Kiến Tường',
};
const tienOf = (viecName: string) => TIEN.find((t) => TWIN[t.name] === viecName)!.f;
const NOTES = ['Ghi chú: số liệu do các Chi cục báo cáo qua phần mềm.', '', 'NGƯỜI LẬP BIỂU                    CỤC TRƯỞNG'];
const AGENCY = 'CỤC THI HÀNH ÁN DÂN SỰ TỈNH LONG AN';

function measureBook(names: { viec: string; tien: readonly string[] }): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  const common = { agency: AGENCY, periodLine: P12_2023, notes: NOTES };
  writeForm(book.addWorksheet(names.viec), { ...common, formNo: 'Biểu số 01/TK-THADS', measure: 'viec', rows: VIEC, total: { label: 'Tổng cộng', at: 'bottom' } });
  for (const t of names.tien) {
    writeForm(book.addWorksheet(t), { ...common, formNo: 'Biểu số 02/TK-THADS', measure: 'tien', rows: TIEN, total: { label: 'Toàn tỉnh', at: 'top' } });
  }
  return book;
}

describe('case 1: "Việc" and "Tiền" on two sheets, same units in another order, one more unit on Tiền', () => {
  let input: string;
  let run: Run;
  beforeAll(async () => {
    input = await save(measureBook({ viec: 'Việc', tien: ['Tiền'] }), join(dir, 'viec-tien.xlsx'));
    run = await demo(input, 'c1');
  }, 120_000);

  it('finds the tiền sheet and says so', () => {
    expect(run.lines).toContain('Số liệu tiền: trang “Tiền”');
  });

  it('gives both rates of every unit, by (X1 + X2) / Đ of its own sheet', () => {
    for (const u of VIEC) {
      const row = run.table.get(u.name);
      expect(row, u.name).toBeDefined();
      close(row!['Tỷ lệ việc'], rateOf(u.f));
      close(row!['Tỷ lệ tiền'], rateOf(tienOf(u.name)));
      expect(row!['Có điều kiện (nghìn đồng)']).toBe(tienOf(u.name).d);
    }
  });

  it('ranks ties on the việc rate by the tiền rate (competition style)', () => {
    const rank = (n: string) => run.table.get(n)?.['Xếp hạng'];
    expect(rank('Chi cục THADS huyện Bến Lức')).toBe('1/5');
    expect(rank('Chi cục THADS thị xã Kiến Tường')).toBe('2/5');
    expect(rank('Chi cục THADS huyện Cần Giuộc')).toBe('2/5');
    expect(rank('Chi cục THADS thành phố Tân An')).toBe('4/5');
    expect(rank('Chi cục THADS huyện Đức Hòa')).toBe('5/5');
  });

  it('says what it joined and what it left out, and joins the totals rows (was wrong: "Tổng cộng" and "Toàn tỉnh" were two unmatched units)', () => {
    const messages = run.result.response.findings.map((f) => f.message);
    expect(messages).toContain('Số liệu tiền: trang “Tiền”, ghép theo tên đơn vị với số liệu việc của trang “Việc”.');
    expect(messages).toContain('“Chi cục Thi hành án dân sự huyện Tân Trụ” có ở trang “Tiền” nhưng không có ở trang “Việc”: thiếu số liệu việc của dòng này.');
    expect(messages.filter((m) => m.includes('Tổng cộng') || m.includes('Toàn tỉnh'))).toEqual([]);
    // Each said once (was listed twice: as a finding and as a reading note).
    expect(new Set(messages).size).toBe(messages.length);
  });

  it('the unit on Tiền only: its tiền rate, its việc withheld with the reason, and the việc total says it lacks it (was wrong: "Tổng cộng" passed for the province)', () => {
    const tanTru = run.table.get('Chi cục Thi hành án dân sự huyện Tân Trụ')!;
    close(tanTru['Tỷ lệ tiền'], 0.5);
    expect(String(tanTru['Tỷ lệ việc'])).toMatch(/^Không tính: .*không có ở trang “Việc” \(chỉ có ở trang “Tiền”\)/);
    const label = 'Tổng các đơn vị hợp lệ (thiếu: Chi cục Thi hành án dân sự huyện Tân Trụ (về việc))';
    const total = run.table.get(label);
    expect(total, [...run.table.keys()].join(' | ')).toBeDefined();
    const v = sumFigures(VIEC.map((u) => u.f));
    close(total!['Tỷ lệ việc'], (v.x1 + v.x2) / v.d); // 3.700 / 4.650
    const t = sumFigures(TIEN.map((u) => u.f));
    close(total!['Tỷ lệ tiền'], (t.x1 + t.x2) / t.d); // 93.500.000 / 260.000.000: every tiền row is valid
    expect(run.table.get('Tổng cộng')).toBeUndefined();
  });

  it('reads every column of the printed form (was wrong: "Chưa có ĐKTHA" unread)', () => {
    expect(run.result.response.findings.filter((f) => f.message.includes('không nhận ra tiêu đề'))).toEqual([]);
  });

  it('changes nothing of the user\'s sheets', async () => {
    await expectUserSheetsKept(input, run.result.files.xlsx, ['Việc', 'Tiền']);
  });
});

describe('case 1b: "Biểu 01" and "Biểu 02"; two candidate tiền sheets', () => {
  it('pairs "Biểu 01" with "Biểu 02" by name', async () => {
    const input = await save(measureBook({ viec: 'Biểu 01', tien: ['Biểu 02'] }), join(dir, 'bieu.xlsx'));
    const run = await demo(input, 'c1b');
    expect(run.lines).toContain('Số liệu tiền: trang “Biểu 02”');
    close(run.table.get('Chi cục THADS huyện Đức Hòa')?.['Tỷ lệ tiền'], 0.5);
    // Tân Trụ has no việc figures: the whole is the valid units', and the summary gives no whole rate.
    close(run.table.get('Tổng các đơn vị hợp lệ (thiếu: Chi cục Thi hành án dân sự huyện Tân Trụ (về việc))')?.['Tỷ lệ việc'], 3700 / 4650);
    expect(run.result.response.summary.rateViec).toBeNull();
    await expectUserSheetsKept(input, run.result.files.xlsx, ['Biểu 01', 'Biểu 02']);
  }, 60_000);

  it('"Biểu 02" before "Biểu 01": the việc sheet is still the report\'s table, with both rates (was wrong: tiền only, no việc rate)', async () => {
    const book = new ExcelJS.Workbook();
    const common = { agency: AGENCY, periodLine: P12_2023, notes: NOTES };
    writeForm(book.addWorksheet('Biểu 02'), { ...common, formNo: 'Biểu số 02/TK-THADS', measure: 'tien', rows: TIEN.filter((t) => TWIN[t.name]), total: { label: 'Tổng cộng', at: 'bottom' } });
    writeForm(book.addWorksheet('Biểu 01'), { ...common, formNo: 'Biểu số 01/TK-THADS', measure: 'viec', rows: VIEC, total: { label: 'Tổng cộng', at: 'bottom' } });
    const input = await save(book, join(dir, 'bieu-02-truoc.xlsx'));
    const run = await demo(input, 'c1e');
    expect(run.lines).toContain('Số liệu tiền: trang “Biểu 02”');
    for (const u of VIEC) {
      close(run.table.get(u.name)?.['Tỷ lệ việc'], rateOf(u.f));
      close(run.table.get(u.name)?.['Tỷ lệ tiền'], rateOf(tienOf(u.name)));
    }
    close(run.result.response.summary.rateViec!, 3700 / 4650);
    expect(run.table.get('Chi cục THADS huyện Cần Giuộc')?.['Xếp hạng']).toBe('2/5');
    await expectUserSheetsKept(input, run.result.files.xlsx, ['Biểu 01', 'Biểu 02']);
  }, 60_000);

  it('two tiền sheets of the same units: a message naming both, no tiền figure from either (no silent pick); --tien-sheet chooses', async () => {
    const input = await save(measureBook({ viec: 'Biểu 01', tien: ['Biểu 02', 'Tiền (bản gửi Tổng cục)'] }), join(dir, 'two-tien.xlsx'));
    const run = await demo(input, 'c1c');
    expect(run.lines).toContain(
      'Số liệu tiền: Có 2 trang có thể là số liệu tiền của trang “Biểu 01”: “Biểu 02”, “Tiền (bản gửi Tổng cục)”. Hãy chọn một trang (không tự chọn). Dùng --tien-sheet TÊN để chọn.',
    );
    expect(run.result.response.summary.rateTien).toBeNull();
    expect(run.table.get('Chi cục THADS huyện Đức Hòa')?.['Tỷ lệ tiền'] ?? '').toBe('');
    const chosen = await demo(input, 'c1d', ['--tien-sheet', 'Tiền (bản gửi Tổng cục)']);
    expect(chosen.lines).toContain('Số liệu tiền: trang “Tiền (bản gửi Tổng cục)” (theo tham số)');
    close(chosen.table.get('Chi cục THADS huyện Đức Hòa')?.['Tỷ lệ tiền'], 0.5);
  }, 60_000);
});

// ── Case 2: --consolidate on per-unit tabs ──────────────────────────────────────────────────────────
/** An officer's row: X2 a tenth of X. */
const officer = (name: string, vd: number, vx: number, td: number, tx: number): OfficerRow => ({
  name,
  viec: { d: vd, x1: vx - Math.floor(vx / 10), x2: Math.floor(vx / 10) },
  tien: { d: td, x1: tx - Math.floor(tx / 10), x2: Math.floor(tx / 10) },
});
const NGHIN = 'Đơn vị tính: việc; tiền: 1.000 đồng';
const unitTab = (book: ExcelJS.Workbook, tab: string, chiCuc: string | null, rows: OfficerRow[], extra: Partial<Parameters<typeof writeUnitTab>[1]> = {}) =>
  writeUnitTab(book.addWorksheet(tab), {
    agency: chiCuc ? ['CỤC THADS TỈNH LONG AN', chiCuc] : [],
    periodLine: P12_2023,
    unitLine: NGHIN,
    rows,
    total: { label: 'Cộng' },
    notes: ['Người lập biểu', 'CHI CỤC TRƯỞNG'],
    ...extra,
  });

describe('case 2: --consolidate on per-unit tabs (per-officer rows and a "Cộng" row)', () => {
  // Bến Lức: việc 240/300 = 80%, tiền 7.200.000/16.000.000 = 45%.
  // Cần Giuộc: việc 255/300 = 85%, tiền 4.500.000/10.000.000 = 45%.
  // Đức Hòa: its rows give 150/200 = 75%, its "Cộng" row says X1 145 (rows: 135): 160/200 = 80%; the
  //   "Cộng" row is used and the difference said. Tiền 1.800.000/4.000.000 = 45%.
  // Thủ Thừa, in đồng: việc 60/80 = 75%, tiền 1.500.000.000 / 3.000.000.000 đồng = 50%, shown 1.500.000 / 3.000.000 nghìn.
  // Tân Trụ: 6 tháng (another period), left out. "Hướng dẫn": no table, left out.
  // Ranks by việc, ties by tiền: Cần Giuộc 1; Bến Lức and Đức Hòa (80%, 45%) 2; Thủ Thừa 4.
  let input: string;
  let run: Run;
  beforeAll(async () => {
    const book = new ExcelJS.Workbook();
    unitTab(book, 'Bến Lức', 'CHI CỤC THADS HUYỆN BẾN LỨC', [
      officer('Nguyễn Văn An', 120, 100, 9_000_000, 4_000_000),
      officer('Trần Thị Bình', 150, 120, 6_000_000, 3_000_000),
      officer('Lê Văn Cường', 30, 20, 1_000_000, 200_000),
    ]);
    unitTab(book, 'Cần Giuộc', 'CHI CỤC THADS HUYỆN CẦN GIUỘC', [officer('Phạm Văn Dũng', 200, 170, 5_000_000, 2_500_000), officer('Võ Thị Em', 100, 85, 5_000_000, 2_000_000)]);
    unitTab(book, 'Đức Hòa', 'CHI CỤC THADS HUYỆN ĐỨC HÒA', [officer('Huỳnh Văn Phúc', 100, 80, 2_000_000, 1_000_000), officer('Đặng Thị Giang', 100, 70, 2_000_000, 800_000)], {
      total: { label: 'Cộng', figures: { viec: { d: 200, x1: 145, x2: 15 }, tien: { d: 4_000_000, x1: 1_620_000, x2: 180_000 } } },
    });
    unitTab(book, 'Tân Trụ', 'CHI CỤC THADS HUYỆN TÂN TRỤ', [officer('Ngô Văn Khoa', 60, 30, 1_000_000, 300_000)], {
      periodLine: '6 tháng năm 2023 (từ ngày 01/10/2022 đến ngày 31/3/2023)',
    });
    unitTab(book, 'Thủ Thừa', 'CHI CỤC THADS HUYỆN THỦ THỪA', [officer('Bùi Văn Hải', 80, 60, 3_000_000_000, 1_500_000_000)], { unitLine: 'Đơn vị tính: việc; tiền: đồng' });
    const notes = book.addWorksheet('Hướng dẫn');
    notes.getCell('A1').value = 'Hướng dẫn: mỗi Chi cục dán số liệu vào trang của mình (hoặc =IMPORTRANGE từ tệp của đơn vị).';
    notes.getCell('A2').value = 'Hạn gửi số liệu: ngày 05 hằng tháng.';
    input = await save(book, join(dir, 'chi-cuc.xlsx'));
    run = await demo(input, 'c2', ['--consolidate']);
  }, 120_000);

  it('consolidates the tabs of the same form and period, and names each tab left out', () => {
    expect(run.lines).toContain('Tổng hợp 4 trang: “Bến Lức”, “Cần Giuộc”, “Đức Hòa”, “Thủ Thừa”');
    expect(run.lines).toContain('  Không tổng hợp (khác biểu mẫu, khác kỳ hoặc không có bảng): “Tân Trụ”, “Hướng dẫn”');
    // (was wrong: the tabs read as a month series, the report was Tân Trụ's 6 months alone)
    expect(run.result.reportSheet).toBe('Báo cáo 12 tháng năm 2023');
  });

  it('one report row per unit, named by its title (was wrong: every unit named "CỤC THADS TỈNH LONG AN"), with the right rates and ranks', () => {
    const units = [...run.table.keys()].filter((k) => k.startsWith('CHI CỤC'));
    expect(units).toEqual(['CHI CỤC THADS HUYỆN BẾN LỨC', 'CHI CỤC THADS HUYỆN CẦN GIUỘC', 'CHI CỤC THADS HUYỆN ĐỨC HÒA', 'CHI CỤC THADS HUYỆN THỦ THỪA']);
    const expectUnit = (name: string, viec: number, tien: number, rank: string) => {
      const row = run.table.get(name)!;
      close(row['Tỷ lệ việc'], viec);
      close(row['Tỷ lệ tiền'], tien);
      expect(row['Xếp hạng'], name).toBe(rank);
    };
    expectUnit('CHI CỤC THADS HUYỆN BẾN LỨC', 240 / 300, 7_200_000 / 16_000_000, '2/4');
    expectUnit('CHI CỤC THADS HUYỆN CẦN GIUỘC', 255 / 300, 0.45, '1/4');
    expectUnit('CHI CỤC THADS HUYỆN ĐỨC HÒA', 160 / 200, 0.45, '2/4');
    expectUnit('CHI CỤC THADS HUYỆN THỦ THỪA', 60 / 80, 0.5, '4/4');
  });

  it('converts the tab in đồng (was wrong: read as nghìn đồng, 1.000 times too much) and says so', () => {
    expect(run.table.get('CHI CỤC THADS HUYỆN THỦ THỪA')?.['Có điều kiện (nghìn đồng)']).toBe(3_000_000);
    expect(run.result.response.findings.map((f) => f.message)).toContain('Trang “Thủ Thừa” ghi tiền theo đồng: đã đổi sang nghìn đồng như trang “Bến Lức”.');
  });

  it('a "Cộng" row that is not the sum of its officers is said, naming the tab and both values', () => {
    expect(run.result.response.findings.map((f) => f.message)).toContain(
      'Trang “Đức Hòa” (CHI CỤC THADS HUYỆN ĐỨC HÒA): dòng “Cộng” ghi thi hành xong (X1) về việc là 145, tổng các dòng là 135: số của dòng “Cộng” được dùng.',
    );
  });

  it('the tab of another period is a unit missing from the total: named in the report, the total "thiếu" (was wrong: "Tổng cộng" passed for the province)', () => {
    expect(run.result.response.findings.map((f) => f.message)).toContain(
      'Trang “Tân Trụ” khác kỳ báo cáo (6 tháng năm 2023, các trang khác: 12 tháng năm 2023): không tổng hợp.',
    );
    expect(run.table.get('Tổng cộng')).toBeUndefined();
    expect(run.table.get('Tân Trụ')?.['Xếp hạng']).not.toMatch(/\//);
  });

  it('the total of the valid units is their sum, every rate computed again from the sums', () => {
    const total = run.table.get('Tổng các đơn vị hợp lệ (thiếu: Tân Trụ)')!;
    expect(total, [...run.table.keys()].join(' | ')).toBeDefined();
    close(total['Tỷ lệ việc'], (240 + 255 + 160 + 60) / (300 + 300 + 200 + 80));
    close(total['Tỷ lệ tiền'], (7_200_000 + 4_500_000 + 1_800_000 + 1_500_000) / (16_000_000 + 10_000_000 + 4_000_000 + 3_000_000));
  });

  it('changes nothing of the user\'s tabs', async () => {
    await expectUserSheetsKept(input, run.result.files.xlsx, ['Bến Lức', 'Cần Giuộc', 'Đức Hòa', 'Tân Trụ', 'Thủ Thừa', 'Hướng dẫn']);
  });

  it('says each tab left out once', () => {
    const messages = run.result.response.findings.map((f) => f.message);
    expect(messages.filter((m) => m.startsWith('Trang “Tân Trụ”'))).toHaveLength(1);
  });

  it('the Cục\'s own summary tab beside the units\' tabs is left out, not counted as one more unit (was wrong: every figure counted twice)', async () => {
    const book = new ExcelJS.Workbook();
    writeUnitTab(book.addWorksheet('Tổng hợp'), {
      agency: ['CỤC THADS TỈNH LONG AN'],
      labelHeader: 'Đơn vị',
      periodLine: P12_2023,
      unitLine: NGHIN,
      rows: [officer('Chi cục THADS huyện Bến Lức', 300, 240, 16_000_000, 7_200_000), officer('Chi cục THADS huyện Cần Giuộc', 300, 255, 10_000_000, 4_500_000)],
      total: { label: 'Toàn tỉnh' },
    });
    unitTab(book, 'Bến Lức', 'CHI CỤC THADS HUYỆN BẾN LỨC', [officer('Nguyễn Văn An', 150, 120, 8_000_000, 3_600_000), officer('Trần Thị Bình', 150, 120, 8_000_000, 3_600_000)]);
    unitTab(book, 'Cần Giuộc', 'CHI CỤC THADS HUYỆN CẦN GIUỘC', [officer('Phạm Văn Dũng', 300, 255, 10_000_000, 4_500_000)]);
    const r = await demo(await save(book, join(dir, 'tong-hop.xlsx')), 'c2c', ['--consolidate']);
    expect([...r.table.keys()]).toEqual(['CHI CỤC THADS HUYỆN BẾN LỨC', 'CHI CỤC THADS HUYỆN CẦN GIUỘC', 'Tổng cộng']);
    expect(r.table.get('Tổng cộng')?.['Có điều kiện (việc)']).toBe(600);
    close(r.table.get('Tổng cộng')?.['Tỷ lệ việc'], 495 / 600);
    expect(r.result.response.findings.map((f) => f.message)).toContain('Trang “Tổng hợp” là bảng tổng hợp của các đơn vị có trang riêng (“Bến Lức”, “Cần Giuộc”): không tổng hợp.');
  }, 60_000);

  it('a tab pulled in with IMPORTRANGE (its first cell a formula with the value kept) in triệu đồng is read and converted', async () => {
    const book = new ExcelJS.Workbook();
    unitTab(book, 'Bến Lức', 'CHI CỤC THADS HUYỆN BẾN LỨC', [officer('Nguyễn Văn An', 100, 80, 1_000_000, 400_000)]);
    unitTab(book, 'Cần Giuộc (IMPORTRANGE)', 'CHI CỤC THADS HUYỆN CẦN GIUỘC', [officer('Phạm Văn Dũng', 100, 90, 2_000, 1_000)], { unitLine: 'Đơn vị tính: việc; tiền: triệu đồng' });
    book.getWorksheet('Cần Giuộc (IMPORTRANGE)')!.getCell('A1').value = {
      formula: 'IMPORTRANGE("https://docs.google.com/spreadsheets/d/1AbC","Biểu 07!A1:J12")',
      result: 'CỤC THADS TỈNH LONG AN',
    };
    const input = await save(book, join(dir, 'importrange.xlsx'));
    const r = await demo(input, 'c2d', ['--consolidate']);
    const cg = r.table.get('CHI CỤC THADS HUYỆN CẦN GIUỘC')!;
    expect(cg['Có điều kiện (nghìn đồng)']).toBe(2_000_000); // 2.000 triệu = 2.000.000 nghìn
    close(cg['Tỷ lệ tiền'], 0.5);
    expect(cg['Xếp hạng']).toBe('1/2');
    close(r.table.get('Tổng cộng')?.['Tỷ lệ tiền'], (400_000 + 1_000_000) / 3_000_000);
    await expectUserSheetsKept(input, r.result.files.xlsx, ['Bến Lức', 'Cần Giuộc (IMPORTRANGE)']);
  }, 60_000);

  it('a tab with no agency in its title is named by its tab name', async () => {
    const book = new ExcelJS.Workbook();
    unitTab(book, 'Bến Lức', 'CHI CỤC THADS HUYỆN BẾN LỨC', [officer('Nguyễn Văn An', 100, 80, 1_000_000, 400_000)]);
    unitTab(book, 'PTHADS KV2', null, [officer('Trần Thị Bình', 100, 90, 1_000_000, 500_000)]);
    const r = await demo(await save(book, join(dir, 'no-title.xlsx')), 'c2b', ['--consolidate']);
    expect([...r.table.keys()].slice(0, 2)).toEqual(['CHI CỤC THADS HUYỆN BẾN LỨC', 'PTHADS KV2']);
    expect(r.table.get('PTHADS KV2')?.['Xếp hạng']).toBe('1/2');
  }, 60_000);
});

// ── Case 3: month tabs ──────────────────────────────────────────────────────────────────────────────
/** The province's units at cumulative month m: Đ grows by 10 a month, X by 40 and 30 a month. */
const monthUnits = (m: number): OfficerRow[] => [
  officer('Chi cục THADS huyện Bến Lức', 500 + 10 * m, 40 * m, 20_000_000, 1_500_000 * m),
  officer('Chi cục THADS huyện Cần Giuộc', 400 + 10 * m, 30 * m, 10_000_000, 500_000 * m),
];
const monthRate = (rows: OfficerRow[]) => {
  const s = rows.reduce((a, r) => ({ vd: a.vd + r.viec.d, vx: a.vx + r.viec.x1 + r.viec.x2, td: a.td + r.tien.d, tx: a.tx + r.tien.x1 + r.tien.x2 }), { vd: 0, vx: 0, td: 0, tx: 0 });
  return { viec: s.vx / s.vd, tien: s.tx / s.td };
};
const monthTab = (book: ExcelJS.Workbook, tab: string, periodLine: string, rows: OfficerRow[]) =>
  writeUnitTab(book.addWorksheet(tab), {
    agency: ['CỤC THADS TỈNH LONG AN'],
    title: 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ',
    labelHeader: 'Đơn vị',
    periodLine,
    unitLine: NGHIN,
    rows,
    total: { label: 'Toàn tỉnh' },
  });

describe('case 3: month tabs ("T10", "T11-2023", "Tháng 12", "T1-2024", "6 tháng"), T2 missing, a tab of last year among them', () => {
  let input: string;
  let run: Run;
  const months: [string, number][] = [['T10', 1], ['T11-2023', 2], ['Tháng 12', 3], ['T1-2024', 4], ['6 tháng', 6]];
  // Last year's December, lying among this year's tabs: X a little lower.
  const lastYear = monthUnits(3).map((u) => ({ ...u, viec: { ...u.viec, x1: u.viec.x1 - 5 } }));
  beforeAll(async () => {
    const book = new ExcelJS.Workbook();
    // Only "6 tháng" states its period in its title; the others are named by their tab (no year: the series').
    monthTab(book, 'T10', '', monthUnits(1));
    monthTab(book, 'T11-2023', '', monthUnits(2));
    monthTab(book, 'T12-2022', '', lastYear);
    monthTab(book, 'Tháng 12', '', monthUnits(3));
    monthTab(book, 'T1-2024', '', monthUnits(4));
    monthTab(book, '6 tháng', '6 tháng năm 2024 (từ ngày 01/10/2023 đến ngày 31/3/2024)', monthUnits(6));
    input = await save(book, join(dir, 'thang.xlsx'));
    run = await demo(input, 'c3');
  }, 120_000);

  it('finds the series, reports its latest month, says the missing month and the tab of another year', () => {
    expect(run.lines).toContain('Diễn biến: 5 tháng (T10 … T3)');
    expect(run.result.reportSheet).toBe('Báo cáo 6 tháng năm 2024');
    expect(run.lines).toContain('  Cảnh báo: Diễn biến năm 2024: thiếu tháng 2/2024 (5 tháng) (không có trang nào; không nội suy).');
    expect(run.lines).toContain(
      '  Cảnh báo: Trang “T12-2022” nằm giữa các trang năm 2024 nhưng là số liệu tháng 12/2022 (3 tháng) của năm 2023: không đưa vào diễn biến.',
    );
  });

  it("shows each month's total rates (việc and tiền), the pro-rata target, and last year's same month", () => {
    const at = run.rows.findIndex((r) => typeof r?.[0] === 'string' && (r[0] as string).startsWith('DIỄN BIẾN THEO THÁNG'));
    expect(at).toBeGreaterThan(0);
    const header = run.rows.slice(at).find((r) => r?.[0] === 'Kỳ') as string[];
    const col = (name: string) => header.indexOf(name);
    for (const [tab, m] of months) {
      const row = run.rows.find((r) => typeof r?.[0] === 'string' && (r[0] as string).endsWith(`(${m} tháng)`));
      expect(row, tab).toBeDefined();
      const want = monthRate(monthUnits(m));
      close(row![col('Tỷ lệ việc')], want.viec);
      close(row![col('Tỷ lệ tiền')], want.tien);
      close(row![col('Tiến độ chỉ tiêu việc')], (0.8325 * m) / 12); // national 2024 target × m / 12
    }
    const december = run.rows.find((r) => r?.[0] === 'T12 (3 tháng)')!;
    close(december[col('Cùng kỳ việc')], monthRate(lastYear).viec);
    expect(run.text).toContain('Thiếu số liệu: 5 tháng — không có trang, không nội suy.');
  });

  it("shows each unit's rate month by month", () => {
    const at = run.rows.findIndex((r) => r?.[0] === 'Tỷ lệ việc theo tháng');
    const row = run.rows.slice(at).find((r) => r?.[0] === 'Chi cục THADS huyện Cần Giuộc')!;
    months.forEach(([, m], i) => close(row[i + 1], (30 * m) / (400 + 10 * m)));
  });

  it('no finding across the series when every cumulative X grows', () => {
    expect(run.result.response.findings.filter((f) => f.rule.startsWith('series'))).toEqual([]);
  });

  it("changes nothing of the user's tabs", async () => {
    await expectUserSheetsKept(input, run.result.files.xlsx, ['T10', 'T11-2023', 'T12-2022', 'Tháng 12', 'T1-2024', '6 tháng']);
  });
});

describe('case 3b: two tabs claiming the same month; a cumulative X that falls', () => {
  it('names both tabs and uses neither; a falling cumulative X is a finding naming the unit', async () => {
    const book = new ExcelJS.Workbook();
    // Cần Giuộc's cumulative X falls from T11 (60) to T12 (50): someone overwrote a month.
    const t12 = monthUnits(3).map((u) => (u.name.includes('Cần Giuộc') ? { ...u, viec: { d: u.viec.d, x1: 45, x2: 5 } } : u));
    monthTab(book, 'T10-2023', '', monthUnits(1));
    monthTab(book, 'T11-2023', '', monthUnits(2));
    monthTab(book, 'T12-2023', '', t12);
    monthTab(book, 'T3-2024', '', monthUnits(6));
    monthTab(book, '6 tháng', '6 tháng năm 2024 (từ ngày 01/10/2023 đến ngày 31/3/2024)', monthUnits(6));
    const run = await demo(await save(book, join(dir, 'thang-trung.xlsx')), 'c3b');
    expect(run.lines).toContain('  Cảnh báo: Các trang “T3-2024” và “6 tháng” cùng là số liệu tháng 3/2024 (6 tháng): chưa dùng trang nào cho tháng này — hãy chọn một trang.');
    // Neither is used: the report is of the latest month no two tabs claim (said above, the user chooses).
    expect(run.result.reportSheet).toBe('Báo cáo 3 tháng năm 2024');
    const falling = run.result.response.findings.filter((f) => f.rule.startsWith('series') && f.message.includes('Cần Giuộc'));
    expect(falling.length, run.result.response.findings.map((f) => f.message).join('\n')).toBeGreaterThan(0);
    expect(falling.some((f) => /giải quyết xong|thi hành xong/.test(f.message))).toBe(true);
  }, 60_000);
});

describe('case 3d: a tab copied and not renamed ("T12-2023" whose title says 4 tháng)', () => {
  it("takes the title's period over the tab's name, and says the month that is then missing", async () => {
    const book = new ExcelJS.Workbook();
    monthTab(book, 'T10-2023', '', monthUnits(1));
    monthTab(book, 'T11-2023', '', monthUnits(2));
    monthTab(book, 'T12-2023', '4 tháng năm 2024 (từ ngày 01/10/2023 đến ngày 31/01/2024)', monthUnits(4));
    const run = await demo(await save(book, join(dir, 'thang-ten-cu.xlsx')), 'c3d');
    expect(run.lines).toContain('Diễn biến: 3 tháng (T10 … T1)');
    expect(run.result.reportSheet).toBe('Báo cáo 4 tháng năm 2024');
    expect(run.lines).toContain('  Cảnh báo: Diễn biến năm 2024: thiếu tháng 12/2023 (3 tháng) (không có trang nào; không nội suy).');
    close(run.result.response.summary.rateViec!, monthRate(monthUnits(4)).viec);
  }, 60_000);
});

describe('case 3c: tab names with "/" as Sheets allows them ("T11/2023", "T3/2024")', () => {
  // An .xlsx cannot hold "/" in a tab name, so these run in the runtime's workbook, as in Sheets.
  it('are read as months of statistical year 2024, and the report of the series shows each month', async () => {
    const names: [string, number][] = [['T10/2023', 1], ['T11/2023', 2], ['Tháng 12', 3], ['T1/2024', 4], ['T2/2024', 5], ['T3/2024', 6]];
    const series = findMonthSeries(names.map(([name]) => ({ name, titlePeriod: null, form: 'f' })));
    expect(series?.year).toBe(2024);
    expect(series?.months).toEqual(names.map(([tab, month]) => ({ month, tab })));

    const book = new ExcelJS.Workbook();
    names.forEach(([, m], i) => monthTab(book, `M${i}`, '', monthUnits(m)));
    const wb = await Workbook.fromXlsx(await save(book, join(dir, 'slash.xlsx')));
    names.forEach(([name], i) => (wb.requireSheet(`M${i}`).name = name));
    const before = JSON.stringify(names.map(([n]) => wb.requireSheet(n).rows.map((r) => (r ?? []).map((c) => c?.value ?? ''))));
    const rt = await createRuntime({ workbook: wb });
    const parse = runInContext('JSON.parse', rt.context) as (s: string) => unknown;
    const settings = withReportDefaults({
      source: { sheet: 'T3/2024', range: null, mapping: null },
      period: { year: 2024, month: 6 },
      targets: { kind: 'national' },
      series: { months: series!.months.map((m) => ({ month: m.month, sheet: m.tab })), lastYear: [], missing: [] },
    });
    const answer = JSON.parse(JSON.stringify(rt.call('sidebarMakeReport', parse(JSON.stringify(settings))))) as MakeReportResponse;
    expect(answer.ok, answer.ok ? '' : answer.message).toBe(true);
    if (!answer.ok) return;
    const rows = wb.requireSheet(answer.sheetName).rows.map((r) => (r ?? []).map((c) => c?.value ?? ''));
    for (const [, m] of names) {
      const row = rows.find((r) => typeof r[0] === 'string' && (r[0] as string).endsWith(`(${m} tháng)`));
      expect(row, `${m}`).toBeDefined();
      close(row![1], monthRate(monthUnits(m)).viec);
    }
    expect(JSON.stringify(names.map(([n]) => wb.requireSheet(n).rows.map((r) => (r ?? []).map((c) => c?.value ?? ''))))).toBe(before);
  }, 60_000);
});

// ── Case 4: close, change, report again ─────────────────────────────────────────────────────────────
describe('case 4: close a period (demo --close), change one count, report again on the output', () => {
  const UNITS: Row[] = [
    { name: 'Chi cục THADS huyện Bến Lức', f: figures(900, 810) }, // 90%
    { name: 'Chi cục THADS huyện Cần Giuộc', f: figures(1000, 800) }, // 80%
    { name: 'Chi cục THADS huyện Đức Hòa', f: figures(1100, 770) }, // 70%
  ];
  let input: string;
  let closed: Run;
  const SNAPSHOT = 'THADS Chốt số liệu';
  beforeAll(async () => {
    const book = new ExcelJS.Workbook();
    writeForm(book.addWorksheet('Biểu 01'), { agency: AGENCY, formNo: 'Biểu số 01/TK-THADS', measure: 'viec', periodLine: P12_2023, rows: UNITS, total: { label: 'Tổng cộng', at: 'bottom' }, notes: NOTES });
    input = await save(book, join(dir, 'chot.xlsx'));
    closed = await demo(input, 'c4', ['--close']);
  }, 120_000);

  /** The closed output with `edit` applied, saved as a new input. */
  async function edited(name: string, edit: (book: ExcelJS.Workbook) => void): Promise<string> {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(closed.result.files.xlsx);
    edit(book);
    return save(book, join(dir, name));
  }

  it('closes, and stores the snapshot in a hidden sheet of the output', async () => {
    expect(closed.lines.some((l) => l.startsWith('Đã chốt số liệu kỳ 12 tháng năm 2023 (lần chốt số 1'))).toBe(true);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(closed.result.files.xlsx);
    expect(book.getWorksheet(SNAPSHOT)?.state).toBe('hidden');
    await expectUserSheetsKept(input, closed.result.files.xlsx, ['Biểu 01']);
  });

  it('with no change, the report says "Số liệu kỳ đã chốt không thay đổi"', async () => {
    const again = await demo(closed.result.files.xlsx, 'c4-same');
    expect(again.lines.some((l) => l.startsWith('  Số liệu kỳ đã chốt không thay đổi'))).toBe(true);
    expect(again.text).toContain('Số liệu kỳ đã chốt không thay đổi');
  }, 60_000);

  it('a changed count is listed with both values, and the rank it moves is named', async () => {
    // Đức Hòa's X1 (row 12, column J) 693 → 843: X = 843 + 77 = 920, 920 / 1.100 = 83,64%, above Cần Giuộc's 80%.
    const changed = await edited('chot-sua.xlsx', (book) => {
      const cell = book.getWorksheet('Biểu 01')!.getCell('J12');
      expect(book.getWorksheet('Biểu 01')!.getCell('B12').value).toBe('Chi cục THADS huyện Đức Hòa');
      expect(cell.value).toBe(693);
      cell.value = 843;
    });
    const run = await demo(changed, 'c4-changed');
    const section = run.lines.slice(run.lines.indexOf('So với số liệu đã chốt:') + 1);
    expect(section.some((l) => l.includes('Chi cục THADS huyện Đức Hòa — việc thi hành xong (X1): đã chốt 693, nay 843 việc, chênh lệch +150.'))).toBe(true);
    expect(section).toContain('  Chi cục THADS huyện Cần Giuộc: thứ hạng thay đổi, đã chốt hạng 2, nay hạng 3.');
    expect(section).toContain('  Chi cục THADS huyện Đức Hòa: thứ hạng thay đổi, đã chốt hạng 3, nay hạng 2.');
    expect(run.text).toContain('đã chốt 693, nay 843 việc');
    close(run.table.get('Chi cục THADS huyện Đức Hòa')?.['Tỷ lệ việc'], 920 / 1100);
    expect(run.table.get('Chi cục THADS huyện Đức Hòa')?.['Xếp hạng']).toBe('2/3');
  }, 60_000);

  it('a snapshot edited by hand is said, never trusted', async () => {
    const tampered = await edited('chot-sua-tay.xlsx', (book) => {
      const sheet = book.getWorksheet(SNAPSHOT)!;
      let done = false;
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (!done && cell.value === 720) {
            cell.value = 700; // Cần Giuộc's closed X1
            done = true;
          }
        }),
      );
      expect(done).toBe(true);
    });
    const run = await demo(tampered, 'c4-tampered');
    const messages = run.result.response.findings.map((f) => f.message);
    expect(messages.some((m) => m.includes(`trang “${SNAPSHOT}” đã bị sửa hoặc xóa sau khi chốt`)), messages.join('\n')).toBe(true);
    expect(run.lines).not.toContain('So với số liệu đã chốt:');
  }, 60_000);

  it('a deleted snapshot sheet is said', async () => {
    const deleted = await edited('chot-xoa.xlsx', (book) => book.removeWorksheet(book.getWorksheet(SNAPSHOT)!.id));
    const run = await demo(deleted, 'c4-deleted');
    const messages = run.result.response.findings.map((f) => f.message);
    expect(messages.some((m) => m.includes(`trang “${SNAPSHOT}” đã bị xóa`)), messages.join('\n')).toBe(true);
    await expectUserSheetsKept(deleted, run.result.files.xlsx, ['Biểu 01']);
  }, 60_000);
});

describe('case 4b: close a report that spans sheets, change one count on another sheet, report again', () => {
  /** Runs `--close` on a workbook, edits the closed output, reports again; returns the compare lines. */
  async function closeEditReport(input: string, name: string, flags: string[], edit: (book: ExcelJS.Workbook) => void): Promise<{ section: string[]; run: Run }> {
    const closed = await demo(input, `${name}-closed`, [...flags, '--close']);
    expect(closed.lines.some((l) => l.startsWith('Đã chốt số liệu kỳ 12 tháng năm 2023'))).toBe(true);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(closed.result.files.xlsx);
    edit(book);
    const changed = await save(book, join(dir, `${name}-changed.xlsx`));
    const run = await demo(changed, `${name}-again`, flags);
    return { section: run.lines.slice(run.lines.indexOf('So với số liệu đã chốt:') + 1), run };
  }

  it('a consolidated report: the close keeps the units as reported (was wrong: it kept the first tab\'s officers, and every later report listed each unit as "mới")', async () => {
    const { section } = await closeEditReport(join(dir, 'chi-cuc.xlsx'), 'c4b', ['--consolidate'], (book) => {
      // Cần Giuộc's "Cộng" row, X1 việc 230 → 210: X 235 / 300 = 78,33%, below Bến Lức and Đức Hòa (80%).
      const sheet = book.getWorksheet('Cần Giuộc')!;
      const row = [...Array(sheet.rowCount).keys()].map((i) => sheet.getRow(i + 1)).find((r) => r.getCell(2).value === 'Cộng')!;
      expect(row.getCell(4).value).toBe(230);
      row.getCell(4).value = 210;
    });
    expect(section[0]).toMatch(/^ {2}Số liệu đã thay đổi so với lần chốt lúc .*: 1 số liệu, 3 thứ hạng\.$/);
    expect(section).toContain('  CHI CỤC THADS HUYỆN CẦN GIUỘC — việc thi hành xong (X1): đã chốt 230, nay 210 việc, chênh lệch −20.');
    expect(section).toContain('  CHI CỤC THADS HUYỆN CẦN GIUỘC: thứ hạng thay đổi, đã chốt hạng 1, nay hạng 3.');
    expect(section.filter((l) => l.includes('đơn vị mới') || l.includes('không còn trong bảng'))).toEqual([]);
  }, 120_000);

  it('việc and tiền on two sheets: a changed tiền amount is listed with both values', async () => {
    const { section, run } = await closeEditReport(join(dir, 'viec-tien.xlsx'), 'c4c', [], (book) => {
      // Tiền: Đức Hòa's X1 (nghìn đồng) 27.000.000 → 24.000.000 (row 11: "Toàn tỉnh" is on top).
      const cell = book.getWorksheet('Tiền')!.getCell('J11');
      expect(book.getWorksheet('Tiền')!.getCell('B11').value).toBe('Chi cục Thi hành án dân sự huyện Đức Hòa');
      expect(cell.value).toBe(27_000_000);
      cell.value = 24_000_000;
    });
    expect(section.some((l) => l.startsWith('  Chi cục THADS huyện Đức Hòa — tiền thi hành xong (X1)') && l.includes('chênh lệch')), section.join('\n')).toBe(true);
    expect(section.filter((l) => l.includes('đơn vị mới') || l.includes('không còn trong bảng'))).toEqual([]);
    close(run.table.get('Chi cục THADS huyện Đức Hòa')?.['Tỷ lệ tiền'], 27_000_000 / 60_000_000);
  }, 120_000);
});

// Reads the workbooks the cases above wrote (run the whole file).
describe('the sidebar (built) lists what the demo finds: tiền candidates, unit tabs named by their titles', () => {
  async function sidebarState(file: string, sheet: string) {
    const wb = await Workbook.fromXlsx(file);
    const rt = await createRuntime({ workbook: wb });
    const parse = runInContext('JSON.parse', rt.context) as (s: string) => unknown;
    return JSON.parse(JSON.stringify(rt.call('sidebarGetState', parse(JSON.stringify({ sheet }))))) as {
      ok: boolean;
      sources: { tien: { candidates: string[]; proposed: string | null; message: string | null }; unitTabs: { sheet: string; name: string }[] };
    };
  }

  it('two tiền sheets: both listed with the message, none proposed', async () => {
    const state = await sidebarState(join(dir, 'two-tien.xlsx'), 'Biểu 01');
    expect(state.ok).toBe(true);
    expect(state.sources.tien).toEqual({
      candidates: ['Biểu 02', 'Tiền (bản gửi Tổng cục)'],
      proposed: null,
      message: 'Có 2 trang có thể là số liệu tiền của trang “Biểu 01”: “Biểu 02”, “Tiền (bản gửi Tổng cục)”. Hãy chọn một trang (không tự chọn).',
    });
  }, 60_000);

  it('unit tabs of the same form and period, each named by its Chi cục (was: "CỤC THADS TỈNH LONG AN" for all)', async () => {
    const state = await sidebarState(join(dir, 'chi-cuc.xlsx'), 'Bến Lức');
    expect(state.sources.unitTabs).toEqual([
      { sheet: 'Bến Lức', name: 'CHI CỤC THADS HUYỆN BẾN LỨC' },
      { sheet: 'Cần Giuộc', name: 'CHI CỤC THADS HUYỆN CẦN GIUỘC' },
      { sheet: 'Đức Hòa', name: 'CHI CỤC THADS HUYỆN ĐỨC HÒA' },
      { sheet: 'Thủ Thừa', name: 'CHI CỤC THADS HUYỆN THỦ THỪA' },
    ]);
  }, 60_000);
});
