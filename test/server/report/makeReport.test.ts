/**
 * The report's path in one direction: everything read (source, targets, comparison, grades) and
 * checked before anything is computed or written; the reply's summary from the engine's figures.
 */
import { describe, expect, it } from 'vitest';
import { isThadsError } from '../../../src/core/errors';
import { makeReport, prepareReport, reportSummary } from '../../../src/server/report/makeReport';
import { createGradeSheet, createTargetsSheet } from '../../../src/server/rpc/index';
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
      rateViec: (80 + 70 + 10) / (100 + 101 + 10),
      rateTien: (500 + 400 + 10) / (1000 + 1000 + 10),
      errors: 0,
      warnings: 0,
    };
    expect(reportSummary(model)).toEqual(expected);
    // What the sheet shows may be reworded; the summary does not depend on it.
    for (const row of [...model.units, model.totals]) row.cells = row.cells.map(() => '');
    expect(reportSummary(model)).toEqual(expected);
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
