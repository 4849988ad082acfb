import type { CustomFunctionSpec } from '../spec';
import type { MeasureIndicators } from '../../core/indicators/types';
import type { Measure } from '../../core/types';
import { ThadsError } from '../../core/errors';
import { describeValue } from '../../core/numbers/describeValue';
import { moneyUnitFactor, parseMoneyUnit } from '../../core/numbers/moneyUnit';
import { foldVietnamese } from '../../core/text/normalize';
import { measureSentence } from '../../core/text/measureSentence';
import { rankText } from '../../core/ranking/rankText';
import { cellwise, type CellwiseSpec } from '../args/cellwise';
import { scalarText } from '../args/scalarText';
import { nonNegative } from './checks';

/** A MeasureIndicators holding only what a row of the sheet gives. */
function rowIndicators(T: number | null, D: number, X: number, target: number | null, previousRate: number | null): MeasureIndicators {
  const rate = D > 0 ? X / D : null;
  return {
    totalAccepted: T,
    mustEnforce: null,
    enforceable: D,
    completed: X,
    rate,
    target,
    gap: rate !== null && target !== null ? rate - target : null,
    progressGap: null,
    met: null,
    backlog: null,
    enforceableBacklog: D - X,
    shareEnforceable: null,
    shareNotEnforceable: null,
    sharePostponed: null,
    previousRate,
    rateChange: rate !== null && previousRate !== null ? rate - previousRate : null,
    completedChange: null,
    completedChangeRelative: null,
    backlogReduction: null,
  };
}

function specFor(measure: Measure, factor: number): CellwiseSpec {
  return {
    fnName: 'THADS_SENTENCE',
    args: [
      { name: 'total_accepted', kind: 'number', optional: true },
      { name: 'enforceable', kind: 'number' },
      { name: 'completed', kind: 'number' },
      { name: 'target', kind: 'percent', optional: true },
      { name: 'previous_rate', kind: 'percent', optional: true },
      { name: 'rank', kind: 'number', optional: true },
      { name: 'unit_count', kind: 'number', optional: true },
    ],
    errors: 'cell',
    compute(v) {
      const T = v[0] === null ? null : nonNegative(v[0] as number, 'tổng số thụ lý') * factor;
      const D = nonNegative(v[1] as number, 'số có điều kiện thi hành') * factor;
      const X = nonNegative(v[2] as number, 'số giải quyết xong') * factor;
      if (X > D) {
        throw new ThadsError(`giải quyết xong ${describeValue(v[2])} lớn hơn số có điều kiện thi hành ${describeValue(v[1])}`);
      }
      let text = measureSentence(rowIndicators(T, D, X, v[3] as number | null, v[4] as number | null), measure);
      const rank = v[5] as number | null;
      if (rank !== null) {
        const of = v[6] as number | null;
        if (!(rank >= 1 && Math.floor(rank) === rank) || (of !== null && rank > of)) {
          throw new ThadsError(`hạng ${describeValue(rank)} không hợp lệ${of !== null ? ` với ${describeValue(of)} đơn vị` : ''}`);
        }
        text += of !== null ? `; xếp hạng ${rankText(rank, of)} đơn vị` : `; xếp hạng ${rank}`;
      }
      return text + '.';
    },
  };
}

/**
 * THADS_SENTENCE(total_accepted, enforceable, completed, [target], [previous_rate], [rank], [unit_count], [measure])
 * — one row's report sentence in the agencies' style (domain §8).
 *
 * @example =THADS_SENTENCE(B5; E5; F5; 80%; J5; K5; 15)
 */
export const THADS_SENTENCE: CustomFunctionSpec = {
  name: 'THADS_SENTENCE',
  description:
    'Câu báo cáo của một dòng: "Tổng số thụ lý …; có điều kiện thi hành …; đã giải quyết xong …, đạt tỷ lệ 84,88%, vượt chỉ tiêu 4,88%; xếp hạng 5/15 đơn vị."; lỗi hiện ở ô của dòng đó.',
  summaryEn: "One row's report sentence (counts, rate, gap to target, change, rank) in the agencies' style.",
  mode: 'cell',
  params: [
    { name: 'total_accepted', description: 'Tổng số thụ lý (T), có thể trống.', example: 'B5:B19', kind: 'numbers', optional: true },
    { name: 'enforceable', description: 'Có điều kiện (Đ).', example: 'E5:E19', kind: 'numbers' },
    { name: 'completed', description: 'Giải quyết xong (X).', example: 'F5:F19', kind: 'numbers' },
    { name: 'target', description: 'Chỉ tiêu.', example: '80%', kind: 'percents', optional: true },
    { name: 'previous_rate', description: 'Tỷ lệ cùng kỳ.', example: 'J5:J19', kind: 'percents', optional: true },
    { name: 'rank', description: 'Hạng (THADS_RANK).', example: 'K5:K19', kind: 'numbers', optional: true },
    { name: 'unit_count', description: 'Số đơn vị xếp hạng.', example: '15', kind: 'numbers', optional: true },
    { name: 'measure', description: '"việc" hoặc đơn vị tiền ("nghìn đồng").', example: '"việc"', kind: 'text', optional: true },
  ],
  returns: 'Câu báo cáo.',
  examples: ['=THADS_SENTENCE(B5; E5; F5; 80%; J5; K5; 15)', '=THADS_SENTENCE(; E5:E19; F5:F19; 38%; ; ; ; "nghìn đồng")'],
  errors: 'cell',
  impl(t: unknown, d: unknown, x: unknown, target: unknown, prev: unknown, rank: unknown, of: unknown, measure: unknown) {
    const m = scalarText('THADS_SENTENCE', 'measure', measure);
    const folded = foldVietnamese(m, { keepPunctuation: true });
    if (folded === '' || folded === 'viec') return cellwise(specFor('viec', 1), [t, d, x, target, prev, rank, of]);
    const unit = folded === 'tien' ? 'dong' : parseMoneyUnit(m);
    if (!unit) throw new ThadsError(`THADS_SENTENCE: measure "${m}" không hợp lệ; dùng "việc" hoặc đơn vị tiền ("đồng", "nghìn đồng").`);
    return cellwise(specFor('tien', moneyUnitFactor(unit)), [t, d, x, target, prev, rank, of]);
  },
};
