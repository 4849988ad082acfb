/**
 * One engine for every formula (issue 10, item 1): the cell functions give what the core's
 * indicators give, cell for cell, on representative rows — blanks where the core has no figure
 * (Đ = 0) — and the figures the domain publishes.
 */
import { describe, expect, it } from 'vitest';
import { completionRate } from '../../../src/core/indicators/completionRate';
import { progressGap, targetGap } from '../../../src/core/indicators/targetGap';
import { absoluteChange, rateChange, relativeChange } from '../../../src/core/indicators/yearOverYear';
import { computeMeasureIndicators } from '../../../src/core/indicators/computeMeasureIndicators';
import { defaultIndicatorOptions } from '../../../src/core/indicators/defaultOptions';
import { measureSentence } from '../../../src/core/text/measureSentence';
import { backlog } from '../../../src/core/quantities/backlog';
import { call, col } from './helpers';

/** Representative rows (X1, Đ, X2): a district 2020, a province 2019, national 2020, Đ = 0, X = Đ. */
const rows: [number, number, number][] = [
  [3000, 4029, 420],
  [2200, 3313, 428],
  [556_000, 708_674, 20_933],
  [0, 0, 0],
  [7, 7, 0],
];
const cells = (values: (number | string | null)[]) => values.map((v) => [v ?? '']);

describe('THADS_RATE is completionRate((X1 + X2), Đ)', () => {
  it('row by row, blank where Đ = 0', () => {
    const expected = rows.map(([x1, d, x2]) => completionRate(x1 + x2, d));
    expect(expected[3]).toBeNull();
    expect(call('THADS_RATE', col(...rows.map((r) => r[0])), col(...rows.map((r) => r[1])), col(...rows.map((r) => r[2])))).toEqual(cells(expected));
  });

  it('gives the published 84,88% of a district 2020 and a blank of 0 / 0', () => {
    expect(call('THADS_RATE', 3000, 4029, 420)).toBeCloseTo(0.848846, 6);
    expect(call('THADS_RATE', 0, 0)).toBe('');
  });
});

describe('THADS_GAP is targetGap(rate, target)', () => {
  it('row by row', () => {
    const rates = [0.8488, 0.5, 1, 0];
    expect(call('THADS_GAP', col(...rates), 0.8)).toEqual(cells(rates.map((r) => targetGap(r, 0.8))));
  });
});

describe('THADS_PROGRESS is progressGap(rate, target, months)', () => {
  it('row by row', () => {
    const rates = [0.51, 0.2, 0.9];
    expect(call('THADS_PROGRESS', col(...rates), 0.74, 4)).toEqual(cells(rates.map((r) => progressGap(r, 0.74, 4))));
  });
});

describe('THADS_YOY is the core’s year-over-year change', () => {
  const current = [736_747, 100, 0, 50];
  const previous = [697_667, 80, 60, 50];

  it('relative by default: relativeChange', () => {
    expect(call('THADS_YOY', col(...current), col(...previous))).toEqual(cells(current.map((c, i) => relativeChange(c, previous[i]!))));
  });

  it('"chênh lệch": absoluteChange; "tỷ lệ": rateChange in points', () => {
    expect(call('THADS_YOY', col(...current), col(...previous), 'chênh lệch')).toEqual(cells(current.map((c, i) => absoluteChange(c, previous[i]!))));
    expect(call('THADS_YOY', col(0.8141, 0.5), col(0.7859, 0.6), 'tỷ lệ')).toEqual(cells([rateChange(0.8141, 0.7859), rateChange(0.5, 0.6)]));
  });

  it('keeps its message where the core has no relative change of nothing (previous = 0)', () => {
    expect(relativeChange(5, 0)).toBeNull();
    expect(call('THADS_YOY', col(5, 6), col(0, 3))).toEqual([
      ['Lỗi: dòng 1, cột 1 của vùng: cùng kỳ bằng 0: không tính được tỷ lệ tăng/giảm (kỳ này 5)'],
      [1],
    ]);
  });
});

describe('THADS_BACKLOG is backlog(P, X1 + X2)', () => {
  it('row by row: S = P − X, the 617 of a district (P 3.703, X1 3.000, X2 86)', () => {
    const p = [3703, 4029, 0];
    const x1 = [3000, 3000, 0];
    const x2 = [86, 420, 0];
    expect(call('THADS_BACKLOG', col(...p), col(...x1), col(...x2))).toEqual(cells(p.map((v, i) => backlog(v, x1[i]! + x2[i]!))));
    expect(call('THADS_BACKLOG', 3703, 3000, 86)).toBe(617);
  });
});

describe('THADS_SENTENCE is measureSentence(computeMeasureIndicators(…))', () => {
  const options = defaultIndicatorOptions();

  it('row by row, with target and last year’s rate; Đ = 0 gives the counts without a rate', () => {
    const T = [5211, 900_000, 12];
    const D = [4029, 708_674, 0];
    const X = [3420, 576_933, 0];
    const expected = D.map(
      (d, i) => measureSentence(computeMeasureIndicators({ totalAccepted: T[i]!, enforceable: d, completed: X[i]! }, 0.8, options, undefined, 0.7859), 'viec') + '.',
    );
    expect(call('THADS_SENTENCE', col(...T), col(...D), col(...X), 0.8, 0.7859)).toEqual(cells(expected));
    expect(expected[2]).toBe('Tổng số thụ lý 12 việc; có điều kiện thi hành 0 việc; đã giải quyết xong 0 việc.');
  });

  it('money in nghìn đồng, converted to đồng before the core', () => {
    const m = computeMeasureIndicators({ enforceable: 310_100_000_000, completed: 180_700_000_000 }, 0.38, options);
    expect(call('THADS_SENTENCE', '', 310_100_000, 180_700_000, 0.38, '', '', '', 'nghìn đồng')).toBe(measureSentence(m, 'tien') + '.');
  });
});
