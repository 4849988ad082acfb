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
      withheld: 0,
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
