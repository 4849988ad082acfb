/**
 * The report's path in one direction: everything read (source, targets, comparison, grades) and
 * checked before anything is computed or written; the reply's summary from the engine's figures.
 */
import { describe, expect, it } from 'vitest';
import { isThadsError } from '../../../src/core/errors';
import { makeReport, prepareReport, reportSummary } from '../../../src/server/report/makeReport';
import { createGradeSheet, createTargetsSheet } from '../../../src/server/rpc/index';
import { closePeriod } from '../../../src/server/close/closePeriod';
import { MemoryPort } from '../memoryPort';
import { DATA_SHEET, HEADER, settingsFor } from '../runtimeWorkbook';

/** Huyện A: Đ 100, X 80; huyện B: Đ 101, X 70; tiền Đ 1.000, X 500 and 400. */
function port(): MemoryPort {
  return new MemoryPort([
    {
      name: DATA_SHEET,
      values: [HEADER, ['Chi cục THADS huyện A', 100, 80, 1000, 500], ['Chi cục THADS huyện B', 101, 70, 1000, 400], ['Văn phòng Cục', 10, 10, 10, 10]],
    },
  ]);
}

function thrown(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    if (isThadsError(e)) return e.message;
    throw e;
  }
  throw new Error('no ThadsError thrown');
}

describe('makeReport reads everything, then computes, then writes', () => {
  it('reads the source, the targets and the grading sheets before it writes anything', () => {
    const p = port();
    createTargetsSheet(p, { source: settingsFor().source, year: 2020, viec: 0.75, tien: null, addMissing: false });
    createGradeSheet(p, {});
    p.log.length = 0;
    makeReport(p, settingsFor({ targets: { kind: 'sheet' } }));
    const firstWrite = p.log.findIndex((c) => c.startsWith('createSheet'));
    const reads = p.log.map((c, i) => [c, i] as const).filter(([c]) => c.startsWith('readSheet'));
    expect(reads.map(([c]) => c)).toEqual(expect.arrayContaining([`readSheet ${DATA_SHEET}`, 'readSheet Chỉ tiêu', 'readSheet Xếp loại']));
    expect(firstWrite).toBeGreaterThan(0);
    for (const [c, i] of reads) expect(i, c).toBeLessThan(firstWrite);
  });

  it('refuses a comparison table of other units before reading the grades, and writes nothing', () => {
    const p = port();
    createGradeSheet(p, {});
    p.sheets.push({ name: 'Năm trước', hidden: false, owner: null, values: [HEADER, ['Chi cục tỉnh khác', 100, 70, 1000, 400]], merges: [] });
    p.log.length = 0;
    const settings = settingsFor({ comparison: { sheet: 'Năm trước', range: null } });
    expect(thrown(() => makeReport(p, settings))).toMatch(/^Bảng so sánh không có đơn vị nào trùng tên/);
    expect(p.log).not.toContain('readSheet Xếp loại');
    expect(p.log.some((c) => /^(createSheet|publishOwnSheet|deleteOwnSheet|renameOwnSheet|appendRows)/.test(c))).toBe(false);
  });

  it('throws the reader’s Vietnamese message for a table it cannot read (the edge answers with it)', () => {
    const p = new MemoryPort([{ name: DATA_SHEET, values: [['']] }]);
    expect(thrown(() => prepareReport(p, settingsFor({ source: { sheet: DATA_SHEET, range: null, mapping: null } })))).toMatch(/^Vùng dữ liệu trống/);
  });
});

describe('reportSummary', () => {
  it('counts the ranked units and gives the whole’s rates from the figures, not from the rendered cells', () => {
    const settings = settingsFor({ notRanked: ['Văn phòng Cục'] });
    const model = prepareReport(port(), settings);
    const expected = {
      units: 3,
      ranked: 2,
      missingTargets: [],
      withheld: 0,
      rateViec: (80 + 70 + 10) / (100 + 101 + 10),
      rateTien: (500 + 400 + 10) / (1000 + 1000 + 10),
      rateChangeViec: null,
      rateChangeTien: null,
      errors: 0,
      warnings: 0,
    };
    expect(reportSummary(model)).toEqual(expected);
    // What the sheet shows may be reworded; the summary does not depend on it.
    for (const row of [...model.units, model.totals]) row.cells = row.cells.map(() => '');
    expect(reportSummary(model)).toEqual(expected);
  });
});

describe('reportSummary — the whole against last year', () => {
  it('gives the totals row’s own change in points, the one the report shows, and none once a unit is withheld', () => {
    const p = port();
    // Last year: huyện A 100/60, huyện B 100/50, Văn phòng 10/10 → việc 120/210; tiền 1000/300, 1000/300, 10/10.
    p.sheets.push({
      name: 'Năm trước',
      hidden: false,
      owner: null,
      values: [HEADER, ['Chi cục THADS huyện A', 100, 60, 1000, 300], ['Chi cục THADS huyện B', 100, 50, 1000, 300], ['Văn phòng Cục', 10, 10, 10, 10]],
      merges: [],
    });
    const model = prepareReport(p, settingsFor({ comparison: { sheet: 'Năm trước', range: null }, notRanked: ['Văn phòng Cục'] }));
    const summary = reportSummary(model);
    // The change of the rates as shown (two decimals of a percent), as the report decides everything.
    const shown = (x: number) => Math.round(x * 1e4) / 1e4;
    expect(summary.rateChangeViec).toBeCloseTo(shown((80 + 70 + 10) / 211) - shown(120 / 210), 12);
    expect(summary.rateChangeTien).toBeCloseTo(shown(910 / 2010) - shown(610 / 2010), 12);
    expect(summary.rateChangeViec).toBe(model.figures.totals.viec.rateChange);
    // A unit withheld this year: the whole is not the province's, so no change either.
    p.sheet(DATA_SHEET)!.values[1]![2] = -5;
    const withheld = reportSummary(prepareReport(p, settingsFor({ comparison: { sheet: 'Năm trước', range: null }, notRanked: ['Văn phòng Cục'] })));
    expect(withheld.rateChangeViec).toBeNull();
  });
});

describe('the report’s findings on periods and comparisons', () => {
  /** Units as in port(), under a title that states 12 tháng năm 2020. */
  function titled(): MemoryPort {
    const p = port();
    const sheet = p.sheet(DATA_SHEET)!;
    sheet.values = [['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 12 THÁNG NĂM 2020'], ...sheet.values];
    return p;
  }
  const untitled = (s: ReturnType<typeof settingsFor>) => ({ ...s, source: { sheet: DATA_SHEET, range: null, mapping: null } });

  it('warns first when the chosen period disagrees with the title, and keeps the figures', () => {
    const model = prepareReport(titled(), untitled(settingsFor({ period: { year: 2020, month: 6 } })));
    expect(model.findings[0]).toEqual({
      severity: 'warning',
      rule: 'period',
      message:
        'Kỳ báo cáo đã chọn (6 tháng năm 2020) khác kỳ ghi ở tiêu đề «BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 12 THÁNG NĂM 2020» (12 tháng năm 2020): số liệu của bảng là của kỳ ghi ở tiêu đề; hãy kiểm tra lại năm và tháng.',
    });
    expect(reportSummary(model).rateViec).toBeCloseTo((80 + 70 + 10) / (100 + 101 + 10), 12);
    expect(prepareReport(titled(), untitled(settingsFor())).findings.filter((f) => f.rule === 'period')).toEqual([]);
  });

  it('warns when the comparison table’s title states another year than year − 1', () => {
    const p = titled();
    p.sheets.push({ name: 'Cùng kỳ', hidden: false, owner: null, values: [['BÁO CÁO 12 THÁNG NĂM 2018'], HEADER, ['Chi cục THADS huyện A', 100, 70, 1000, 400], ['Chi cục THADS huyện B', 100, 60, 1000, 400], ['Văn phòng Cục', 10, 10, 10, 10]], merges: [] });
    const model = prepareReport(p, untitled(settingsFor({ comparison: { sheet: 'Cùng kỳ', range: null } })));
    // The reader's own guesses about this year's table come with it (rule "reading"); the period's is first.
    // 2020 (regime B) against 2019 (A by its year): the comparison across regimes is said too (rule "comparison-regime").
    expect(model.findings.filter((f) => f.rule !== 'reading' && f.rule !== 'comparison-regime').map((f) => f.message)).toEqual([
      'Bảng so sánh (trang “Cùng kỳ”) là số liệu 12 tháng năm 2018 (theo tiêu đề «BÁO CÁO 12 THÁNG NĂM 2018»), không phải cùng kỳ năm trước của kỳ báo cáo (12 tháng năm 2019): các số so với cùng kỳ là so với một kỳ khác.',
    ]);
    expect(model.findings[0]!.severity).toBe('warning');
  });

  it('joins a unit renamed between the years (TP. ↔ thành phố) and names the units without a partner on both sides', () => {
    const p = new MemoryPort([
      { name: DATA_SHEET, values: [HEADER, ['Chi cục THADS TP. Nam Sơn', 100, 80, 1000, 500], ['Chi cục THADS huyện Tân Phú', 101, 70, 1000, 400], ['Phòng THADS khu vực 2', 50, 40, 100, 50]] },
      { name: 'Năm trước', values: [HEADER, ['Chi cục Thi hành án dân sự thành phố Nam Sơn', 100, 70, 1000, 400], ['Chi cuc THADS huyen Tan Phu', 100, 60, 1000, 400], ['Chi cục THADS huyện Lạc Sơn', 50, 30, 100, 50]] },
    ]);
    const model = prepareReport(p, settingsFor({ comparison: { sheet: 'Năm trước', range: null } }));
    const nam = model.figures.units.find((u) => u.label === 'Chi cục THADS TP. Nam Sơn')!;
    expect(nam.viec.previousRate).toBeCloseTo(0.7, 12);
    expect(model.figures.units.find((u) => u.label === 'Chi cục THADS huyện Tân Phú')!.viec.previousRate).toBeCloseTo(0.6, 12);
    expect(model.findings.filter((f) => f.rule !== 'comparison-regime')).toEqual([
      {
        severity: 'warning',
        rule: 'comparison-units',
        message:
          'So sánh cùng kỳ: 1 đơn vị năm nay không có trong bảng so sánh (trang “Năm trước”) nên không có số liệu so với cùng kỳ: “Phòng THADS khu vực 2”; ' +
          '1 đơn vị của bảng so sánh (trang “Năm trước”) không khớp đơn vị nào năm nay: “Chi cục THADS huyện Lạc Sơn”. ' +
          'Đơn vị đổi tên hoặc đã gộp: ghi vào trang “Đối chiếu đơn vị” (nút “Tạo trang Đối chiếu đơn vị” trong bảng điều khiển) mỗi dòng một đơn vị năm trước và đơn vị năm nay tương ứng; nếu chỉ là ghi tên khác nhau, hãy sửa cho tên giống nhau.',
      },
    ]);
  });
});

describe('a case register with no period of its own', () => {
  /** No title period, no dates: only the period the user sets says which period it is. */
  const REGISTER = [
    ['SỔ THỤ LÝ THI HÀNH ÁN'],
    ['STT', 'Đơn vị', 'Trạng thái', 'Số tiền (đồng)', ''],
    ['', '', '', 'Phải thi hành', 'Đã thi hành'],
    [1, 'Chi cục THADS huyện A', 'Thi hành xong', 10_000_000, 10_000_000],
    [2, 'Chi cục THADS huyện A', 'Đang thi hành', 20_000_000, 5_000_000],
    [3, 'Chi cục THADS huyện A', 'Chưa có điều kiện', 7_000_000, 0],
    [4, 'Chi cục THADS huyện B', 'Đình chỉ', 3_000_000, 0],
    [5, 'Chi cục THADS huyện B', 'Đang thi hành', 4_000_000, 1_000_000],
  ];

  it('is reported over the period set, its tiền from the money columns (partial collections not counted by default)', () => {
    const p = new MemoryPort([{ name: 'Sổ thụ lý', values: REGISTER }]);
    const model = prepareReport(p, settingsFor({ source: { sheet: 'Sổ thụ lý', range: null, mapping: null }, period: { year: 2024, month: 12 }, regime: 'B', moneyUnit: null }));
    const a = model.figures.units.find((u) => u.label === 'Chi cục THADS huyện A')!;
    expect(a.viec.rate).toBeCloseTo(1 / 2, 12);
    // Đ tiền = thi hành xong 10 + đang thi hành 20 triệu; X = 10 triệu.
    expect(a.tien.rate).toBeCloseTo(10 / 30, 12);
    expect(reportSummary(model).rateTien).toBeCloseTo((10 + 3) / (30 + 7), 12);
  });
});

describe('one money unit per report: the main source’s', () => {
  /** Detected, not mapped, and no unit set: the sheet alone says what its money is in. */
  const detected = (overrides: Parameters<typeof settingsFor>[0] = {}) =>
    settingsFor({ source: { sheet: DATA_SHEET, range: null, mapping: null }, moneyUnit: null, ...overrides });
  const sheet = (header: string[], rows: unknown[][]) => new MemoryPort([{ name: DATA_SHEET, values: [header, ...rows] as never }]);
  const TIEN = (unit: string) => ['Đơn vị', 'Số việc có điều kiện', 'Số việc thi hành xong', `Số tiền có điều kiện${unit}`, `Số tiền thi hành xong${unit}`];
  const cellOf = (m: ReturnType<typeof prepareReport>, header: string, row = 0) => {
    const i = m.columns.findIndex((c) => c.header === header);
    expect(i, header).toBeGreaterThanOrEqual(0);
    return m.units[row]!.cells[i];
  };

  it('case 6: a table in đồng ("(đồng)" in its header) is shown in đồng, with the sheet’s numbers, and says so', () => {
    const m = prepareReport(sheet(TIEN(' (đồng)'), [['Chi cục THADS huyện A', 100, 80, 310_100_000_000, 180_700_000_000]]), detected());
    expect(m.lines).toContain('Đơn vị tính: việc; tiền tính bằng đồng');
    expect(cellOf(m, 'Có điều kiện (đồng)')).toBe(310_100_000_000);
    expect(m.columns.some((c) => c.header.includes('nghìn đồng'))).toBe(false);
  });

  it('shows a table in nghìn đồng in nghìn đồng (not in đồng with 13 digits)', () => {
    const m = prepareReport(sheet(TIEN(' (nghìn đồng)'), [['Chi cục THADS huyện A', 100, 80, 310_100_000, 180_700_000]]), detected());
    expect(m.lines).toContain('Đơn vị tính: việc; tiền tính bằng nghìn đồng');
    expect(cellOf(m, 'Có điều kiện (nghìn đồng)')).toBe(310_100_000);
    expect(cellOf(m, 'Giải quyết xong (nghìn đồng)')).toBe(180_700_000);
    expect(m.totals.cells[m.columns.findIndex((c) => c.key === 'tien.enforceable')]).toBe(310_100_000);
    expect(m.notes.join(' ')).not.toContain('giả định');
  });

  it('says "giả định" in the heading line and explains in a note when no unit is stated anywhere', () => {
    const m = prepareReport(sheet(TIEN(''), [['Chi cục THADS huyện A', 100, 80, 310_100_000, 180_700_000]]), detected());
    expect(m.lines).toContain('Đơn vị tính: việc; tiền tính bằng nghìn đồng, giả định');
    expect(cellOf(m, 'Có điều kiện (nghìn đồng, giả định)')).toBe(310_100_000);
    expect(m.notes[0]).toMatch(/^Bảng không ghi đơn vị tính tiền: coi là nghìn đồng .*giả định/);
    expect(m.notes.join(' ')).not.toContain('có thể là đồng');
  });

  it('warns that amounts of 10⁹ and more under an assumed nghìn đồng may be đồng', () => {
    const rows = [
      ['Chi cục THADS huyện A', 4029, 3400, 310_100_000_000, 180_700_000_000],
      ['Chi cục THADS huyện B', 3366, 3086, 105_000_000_000, 47_000_000_000],
    ];
    const m = prepareReport(sheet(TIEN(''), rows), detected());
    expect(m.notes.join(' ')).toContain('mọi đơn vị có số tiền từ 1.000.000.000 trở lên): có thể là đồng, không phải nghìn đồng; hãy ghi đơn vị tính');
    // Stated, the same amounts are what the sheet says: no warning.
    expect(prepareReport(sheet(TIEN(' (đồng)'), rows), detected()).notes.join(' ')).not.toContain('có thể là đồng');
  });

  it('converts a comparison table in đồng to this year’s nghìn đồng', () => {
    const p = sheet(TIEN(' (nghìn đồng)'), [['Chi cục THADS huyện A', 100, 80, 310_100_000, 180_700_000]]);
    p.sheets.push({ name: 'Năm trước', hidden: false, owner: null, values: [TIEN(' (đồng)'), ['Chi cục THADS huyện A', 100, 70, 300_000_000_000, 150_000_000_000]], merges: [] });
    const m = prepareReport(p, detected({ comparison: { sheet: 'Năm trước', range: null } }));
    // 180,7 tỷ − 150 tỷ = 30,7 tỷ đồng = 30.700.000 nghìn đồng.
    expect(cellOf(m, 'Giải quyết xong so với cùng kỳ (nghìn đồng)')).toBe(30_700_000);
  });

  it('reads a comparison table that states no unit in this year’s stated unit', () => {
    const p = sheet(TIEN(' (đồng)'), [['Chi cục THADS huyện A', 100, 80, 310_100_000_000, 180_700_000_000]]);
    p.sheets.push({ name: 'Năm trước', hidden: false, owner: null, values: [TIEN(''), ['Chi cục THADS huyện A', 100, 70, 300_000_000_000, 150_000_000_000]], merges: [] });
    const m = prepareReport(p, detected({ comparison: { sheet: 'Năm trước', range: null } }));
    expect(cellOf(m, 'Giải quyết xong so với cùng kỳ (đồng)')).toBe(30_700_000_000);
  });
});

describe('a report read through a guess says so beside its figures', () => {
  it('carries the reader’s guesses (an abbreviated header) into its findings', () => {
    const p = new MemoryPort([
      {
        name: DATA_SHEET,
        values: [
          ['Đơn vị', 'Có điều kiện thi hành', 'TH xong', 'ĐC'],
          ['Chi cục THADS huyện A', 100, 70, 10],
          ['Chi cục THADS huyện B', 100, 60, 5],
        ],
      },
    ]);
    const model = prepareReport(p, settingsFor({ source: { sheet: DATA_SHEET, range: null, mapping: null }, moneyUnit: null }));
    const reading = model.findings.filter((f) => f.rule === 'reading');
    expect(reading.length).toBeGreaterThan(0);
    expect(reading.map((f) => f.message).join(' ')).toMatch(/"ĐC"/);
    // The guess is right here: X = X1 + X2.
    expect(reportSummary(model).rateViec).toBeCloseTo((70 + 10 + 60 + 5) / 200, 12);
  });
});

describe('a report of a closed period names the grades an edit moved', () => {
  it('grades the close and now alike: huyện A drops below its 75% target after the close, so from A to B', () => {
    const p = port();
    createTargetsSheet(p, { source: settingsFor().source, year: 2020, viec: 0.75, tien: null, addMissing: true });
    createGradeSheet(p, {});
    // Points of 185 for both units (column "Điểm thi đua"), as a user types them.
    const targets = p.sheet('Chỉ tiêu')!;
    const pointsColumn = targets.values[0]!.indexOf('Điểm thi đua');
    for (const row of targets.values.slice(1)) if (String(row[0]).startsWith('Chi cục')) row[pointsColumn] = 185;
    // Rule B asks for no target, so that huyện A is still graded once it misses one.
    const rules = p.sheet('Xếp loại')!;
    rules.values[2]![2] = 'không';
    const settings = settingsFor({ targets: { kind: 'sheet' } });
    makeReport(p, settings);
    const closed = closePeriod(p, { settings, closedBy: null });
    expect(closed.ok !== false).toBe(true);
    p.sheet(DATA_SHEET)!.values[1]![2] = 70; // huyện A: X 80 → 70 of Đ 100, below 75%
    const model = prepareReport(p, settings);
    const text = (model.closed ?? []).join('\n');
    expect(text).toContain('Chi cục THADS huyện A: xếp loại thay đổi, đã chốt loại A, nay loại B.');
    expect(text).not.toContain('huyện B: xếp loại');
  });
});

describe('a report with a month series and last year’s tab', () => {
  it('reads last year’s comparison tab once, though it is also a month of the series', () => {
    const p = port();
    p.sheets.push({
      name: 'Năm trước',
      hidden: false,
      owner: null,
      values: [HEADER, ['Chi cục THADS huyện A', 100, 60, 1000, 300], ['Chi cục THADS huyện B', 100, 50, 1000, 300], ['Văn phòng Cục', 10, 10, 10, 10]],
      merges: [],
    });
    p.log.length = 0;
    const settings = settingsFor({
      comparison: { sheet: 'Năm trước', range: null },
      series: { months: [{ month: 12, sheet: DATA_SHEET }], lastYear: [{ month: 12, sheet: 'Năm trước' }], missing: [] },
    });
    const model = prepareReport(p, settings);
    expect(p.log.filter((c) => c === 'readSheet Năm trước')).toHaveLength(1);
    // The trend's last year is the comparison's: the same rate as the totals row's "cùng kỳ".
    expect(model.trend?.total.points[0]!.viec.previous).toBeCloseTo(120 / 210, 12);
  });
});
