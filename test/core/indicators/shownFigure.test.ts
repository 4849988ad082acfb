/**
 * Issue 11, case 11: the figure shown decides. A rate of 79,996% (Đ 25.000, X 19.999) is shown as
 * 80,00%; against a target of 80% it is "đạt" with a gap of 0 in the indicators, the report's table,
 * its text and its counts; two rates shown as 84,88% tie in the ranking.
 */
import { describe, expect, it } from 'vitest';
import type { UnitRecord } from '../../../src/core/types';
import { computeMeasureIndicators } from '../../../src/core/indicators/computeMeasureIndicators';
import { computeUnitIndicators } from '../../../src/core/indicators/computeUnitIndicators';
import { defaultIndicatorOptions } from '../../../src/core/indicators/defaultOptions';
import { rankUnits } from '../../../src/core/ranking/rankUnits';
import { buildReportModel } from '../../../src/core/report/buildReportModel';
import { measureSentence } from '../../../src/core/text/measureSentence';

const options = defaultIndicatorOptions({ year: 2024, month: 12 });

function record(label: string, viec: UnitRecord['viec'], tien: UnitRecord['tien'] = {}): UnitRecord {
  return { label, row: 0, kind: 'unit', ranked: true, viec, tien };
}

describe('computeMeasureIndicators at the rounding boundary (Đ 25.000, X 19.999, target 80%)', () => {
  it('keeps the rate unrounded but decides gap and "đạt" on 80,00%', () => {
    const m = computeMeasureIndicators({ enforceable: 25000, completed: 19999 }, 0.8, options);
    expect(m.rate).toBe(19999 / 25000);
    expect(m.gap).toBe(0);
    expect(Object.is(m.gap, -0)).toBe(false);
    expect(m.met).toBe(true);
  });

  it('one việc fewer shows 79,99%: thiếu 0,01%, not met', () => {
    const m = computeMeasureIndicators({ enforceable: 25000, completed: 19997 }, 0.8, options);
    expect(m.gap).toBe(-0.0001);
    expect(m.met).toBe(false);
  });

  it('the pro-rata reading too: 24,666…% of progress shows 24,67%, and a rate shown there has reached it', () => {
    const proRata = { ...defaultIndicatorOptions({ year: 2017, month: 4 }), targetMode: 'proRata' as const };
    // 2.467 / 10.000 = 24,67%; 74% × 4 / 12 = 24,6667% shown 24,67%.
    const m = computeMeasureIndicators({ enforceable: 10000, completed: 2467 }, 0.74, proRata);
    expect(m.progressGap).toBe(0);
    expect(m.met).toBe(true);
    expect(measureSentence(m, 'viec', { proRataMonth: 4 })).toContain('đạt tỷ lệ 24,67%, đạt tiến độ');
  });
});

describe('the report: the table and the text agree at the boundary', () => {
  it('"Đạt chỉ tiêu" 1/1 and a gap of 0 in the table, "đạt chỉ tiêu" and "1/1 đơn vị" in the text', () => {
    const source = record('Chi cục THADS huyện A', { enforceable: 25000, completed: 19999 });
    const unit = computeUnitIndicators(source, { viec: 0.8 }, options);
    const list = [unit];
    rankUnits(list, { kind: 'viec' });
    const model = buildReportModel({ period: { year: 2024, month: 12 }, regime: 'B', indicators: list, records: [source], findings: [], sourceSheet: 'Số liệu', money: { unit: 'nghin', assumed: false } });
    const cell = (header: string) => model.units[0]!.cells[model.columns.findIndex((c) => c.header === header)];
    expect(cell('Tỷ lệ việc')).toBe(19999 / 25000);
    expect(cell('Vượt/thiếu chỉ tiêu việc')).toBe(0);
    expect(cell('Đạt chỉ tiêu')).toBe('1/1');
    expect(model.totals.cells[model.columns.findIndex((c) => c.header === 'Vượt/thiếu chỉ tiêu việc')]).toBe(0);
    expect(model.text.units[0]).toContain('đạt tỷ lệ 80,00%, đạt chỉ tiêu');
    expect(model.text.whole[0]).toContain('Có 1/1 đơn vị đạt chỉ tiêu về việc.');
  });

  it('the year-over-year change is the text’s: 81,4149% against 78,5851% is 2,82% (81,41% − 78,59%), not 2,83%', () => {
    const m = computeMeasureIndicators({ enforceable: 100000, completed: 81414.9 }, 0.8, options, { enforceable: 100000, completed: 78585.1 });
    expect(m.rateChange).toBe(0.0282);
    expect(measureSentence(m, 'viec')).toContain('tăng 2,82% so với cùng kỳ');
  });
});

describe('rankUnits ranks by shown rates', () => {
  it('84,881% and 84,879% both show 84,88% and tie; the tiền rate, as shown, decides', () => {
    const list = [
      record('A', { enforceable: 100000, completed: 84881 }, { enforceable: 100, completed: 40 }),
      record('B', { enforceable: 100000, completed: 84879 }, { enforceable: 100, completed: 41 }),
      record('C', { enforceable: 100000, completed: 84879 }, { enforceable: 1000000, completed: 410001 }), // 41,0001% shows 41,00%
    ].map((r) => computeUnitIndicators(r, {}, options));
    rankUnits(list, { kind: 'viec' });
    expect(list.map((u) => u.rank)).toEqual([3, 1, 1]);
    expect(list[0]!.viec.rate).toBe(0.84881); // the rate itself stays unrounded
  });

  it('ranking by tiền rate alone: shown equal, one rank shared', () => {
    const list = [
      record('A', {}, { enforceable: 100000, completed: 84881 }),
      record('B', {}, { enforceable: 100000, completed: 84879 }),
    ].map((r) => computeUnitIndicators(r, {}, options));
    rankUnits(list, { kind: 'tien' });
    expect(list.map((u) => u.rank)).toEqual([1, 1]);
  });
});
