import { cellFunction } from '../spec';
import type { QuantitySet } from '../../core/types';
import { ThadsError } from '../../core/errors';
import { describeValue } from '../../core/numbers/describeValue';
import { moneyUnitFactor, parseMoneyUnit } from '../../core/numbers/moneyUnit';
import { foldVietnamese } from '../../core/text/normalize';
import { measureSentence } from '../../core/text/measureSentence';
import { rankText } from '../../core/ranking/rankText';
import { computeMeasureIndicators } from '../../core/indicators/computeMeasureIndicators';
import { defaultIndicatorOptions } from '../../core/indicators/defaultOptions';
import { nonNegative, wholeCount } from './checks';

/** A row gives T, Đ and X directly: no regime decides anything the sentence shows. */
const ROW_OPTIONS = defaultIndicatorOptions();

/**
 * THADS_SENTENCE(total_accepted, enforceable, completed, [target], [previous_rate], [rank], [unit_count], [measure])
 * — one row's report sentence in the agencies' style (domain §8), from the core's indicators.
 *
 * @example =THADS_SENTENCE(B5; E5; F5; 80%; J5; K5; 15)
 */
export const THADS_SENTENCE = cellFunction({
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
    { name: 'measure', description: '"việc" hoặc đơn vị tiền ("nghìn đồng").', example: '"việc"', kind: 'setting', optional: true },
  ],
  returns: 'Câu báo cáo.',
  examples: ['=THADS_SENTENCE(B5; E5; F5; 80%; J5; K5; 15)', '=THADS_SENTENCE(; E5:E19; F5:F19; 38%; ; ; ; "nghìn đồng")'],
  errors: 'cell',
  prepare(measureText) {
    const folded = foldVietnamese(measureText, { keepPunctuation: true });
    const isViec = folded === '' || folded === 'viec';
    const unit = isViec || folded === 'tien' ? 'dong' : parseMoneyUnit(measureText);
    if (!unit) throw new ThadsError(`measure "${measureText}" không hợp lệ; dùng "việc" hoặc đơn vị tiền ("đồng", "nghìn đồng").`);
    const measure = isViec ? 'viec' : 'tien';
    const factor = moneyUnitFactor(unit);
    return (totalAccepted, enforceable, completed, target, previousRate, rank, unitCount) => {
      // Việc counts are whole (domain §5): a fractional one is refused, never rounded in the text.
      const count = (v: number, what: string) => (measure === 'viec' ? wholeCount(nonNegative(v, what), what) : nonNegative(v, what));
      const T = totalAccepted === null ? null : count(totalAccepted, 'tổng số thụ lý') * factor;
      const D = count(enforceable, 'số có điều kiện thi hành') * factor;
      const X = count(completed, 'số giải quyết xong') * factor;
      if (X > D) throw new ThadsError(`giải quyết xong ${describeValue(completed)} lớn hơn số có điều kiện thi hành ${describeValue(enforceable)}`);
      const quantities: QuantitySet = T === null ? { enforceable: D, completed: X } : { totalAccepted: T, enforceable: D, completed: X };
      const indicators = computeMeasureIndicators(quantities, target ?? undefined, ROW_OPTIONS, undefined, previousRate);
      let text = measureSentence(indicators, measure);
      if (rank !== null) {
        if (!(rank >= 1 && Math.floor(rank) === rank) || (unitCount !== null && rank > unitCount)) {
          throw new ThadsError(`hạng ${describeValue(rank)} không hợp lệ${unitCount !== null ? ` với ${describeValue(unitCount)} đơn vị` : ''}`);
        }
        text += unitCount !== null ? `; xếp hạng ${rankText(rank, unitCount)} đơn vị` : `; xếp hạng ${rank}`;
      }
      return text + '.';
    };
  },
});
