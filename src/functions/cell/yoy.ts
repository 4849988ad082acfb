import { cellFunction } from '../spec';
import { ThadsError } from '../../core/errors';
import { describeValue } from '../../core/numbers/describeValue';
import { foldVietnamese } from '../../core/text/normalize';
import { absoluteChange, rateChange, relativeChange } from '../../core/indicators/yearOverYear';
import { NOT_A_FINITE_RESULT } from '../args/cellwise';
import { nonNegative } from './checks';

/** Relative change (current − previous) / previous, by the core's relativeChange. */
function relative(current: number, previous: number): number {
  const cur = nonNegative(current, 'số kỳ này');
  const prev = nonNegative(previous, 'số cùng kỳ');
  const change = relativeChange(cur, prev);
  if (change !== null) return change;
  // The core has no relative change of nothing (prev = 0), nor one too large for a number.
  if (prev === 0) throw new ThadsError(`cùng kỳ bằng 0: không tính được tỷ lệ tăng/giảm (kỳ này ${describeValue(cur)})`);
  throw new ThadsError(NOT_A_FINITE_RESULT);
}

/** Absolute difference of two counts or amounts, by the core's absoluteChange. */
function difference(current: number, previous: number): number | null {
  return absoluteChange(nonNegative(current, 'số kỳ này'), nonNegative(previous, 'số cùng kỳ'));
}

/**
 * THADS_YOY(current, previous, [kind]) — so với cùng kỳ: relative change, points between two
 * rates (kind "tỷ lệ": both read as percentages), or the absolute difference ("chênh lệch").
 *
 * @example =THADS_YOY(C5:C19; D5:D19)
 */
export const THADS_YOY = cellFunction({
  name: 'THADS_YOY',
  description:
    'So với cùng kỳ: (kỳ này − cùng kỳ) / cùng kỳ; kind "tỷ lệ": hiệu hai tỷ lệ (điểm %); kind "chênh lệch": hiệu số; lỗi hiện ở ô của dòng đó.',
  summaryEn: 'Year over year: relative change (default), points for rates (kind "rate"), absolute difference (kind "diff").',
  mode: 'cell',
  params: [
    { name: 'current', description: 'Kỳ này.', example: 'C5:C19', kind: 'numbers' },
    { name: 'previous', description: 'Cùng kỳ năm trước.', example: 'D5:D19', kind: 'numbers' },
    { name: 'kind', description: '"tỷ lệ", "chênh lệch" hoặc bỏ trống.', example: '"tỷ lệ"', kind: 'setting', optional: true },
  ],
  returns: 'Dương là tăng, âm là giảm.',
  examples: ['=THADS_YOY(C5:C19; D5:D19)', '=THADS_YOY(81,41%; 78,59%; "tỷ lệ")', '=THADS_YOY(736747; 697667; "chênh lệch")'],
  errors: 'cell',
  prepare(kind) {
    switch (foldVietnamese(kind, { keepPunctuation: true })) {
      case '':
      case 'relative':
      case 'tuong doi':
      case '%':
        return relative;
      case 'rate':
      case 'ty le':
        return { compute: rateChange, readAs: { current: 'percents', previous: 'percents' } };
      case 'diff':
      case 'chenh lech':
      case 'tuyet doi':
        return difference;
      default:
        throw new ThadsError(`kind "${kind}" không hợp lệ; dùng "tỷ lệ", "chênh lệch" hoặc bỏ trống.`);
    }
  },
});
