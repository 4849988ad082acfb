import type { CustomFunctionSpec } from '../spec';
import { ThadsError } from '../../core/errors';
import { describeValue } from '../../core/numbers/describeValue';
import { foldVietnamese } from '../../core/text/normalize';
import { cellwise, type CellwiseSpec } from '../args/cellwise';
import { scalarText } from '../args/scalarText';
import { nonNegative } from './checks';

const relative: CellwiseSpec = {
  fnName: 'THADS_YOY',
  args: [
    { name: 'current', kind: 'number' },
    { name: 'previous', kind: 'number' },
  ],
  errors: 'cell',
  compute(v) {
    const cur = nonNegative(v[0] as number, 'số kỳ này');
    const prev = nonNegative(v[1] as number, 'số cùng kỳ');
    if (prev === 0) throw new ThadsError(`cùng kỳ bằng 0: không tính được tỷ lệ tăng/giảm (kỳ này ${describeValue(cur)})`);
    return (cur - prev) / prev;
  },
};
const diff: CellwiseSpec = {
  ...relative,
  compute: (v) => nonNegative(v[0] as number, 'số kỳ này') - nonNegative(v[1] as number, 'số cùng kỳ'),
};
const rate: CellwiseSpec = {
  ...relative,
  args: [
    { name: 'current', kind: 'percent' },
    { name: 'previous', kind: 'percent' },
  ],
  compute: (v) => (v[0] as number) - (v[1] as number),
};

/** Which comparison a kind asks for; undefined when the text is not a kind. */
function specFor(kind: string): CellwiseSpec | undefined {
  switch (foldVietnamese(kind, { keepPunctuation: true })) {
    case '':
    case 'relative':
    case 'tuong doi':
    case '%':
      return relative;
    case 'rate':
    case 'ty le':
      return rate;
    case 'diff':
    case 'chenh lech':
    case 'tuyet doi':
      return diff;
    default:
      return undefined;
  }
}

/**
 * THADS_YOY(current, previous, [kind]) — so với cùng kỳ.
 *
 * @example =THADS_YOY(C5:C19; D5:D19)
 */
export const THADS_YOY: CustomFunctionSpec = {
  name: 'THADS_YOY',
  description:
    'So với cùng kỳ: (kỳ này − cùng kỳ) / cùng kỳ; kind "tỷ lệ": hiệu hai tỷ lệ (điểm %); kind "chênh lệch": hiệu số; lỗi hiện ở ô của dòng đó.',
  summaryEn: 'Year over year: relative change (default), points for rates (kind "rate"), absolute difference (kind "diff").',
  mode: 'cell',
  params: [
    { name: 'current', description: 'Kỳ này.', example: 'C5:C19', kind: 'numbers' },
    { name: 'previous', description: 'Cùng kỳ năm trước.', example: 'D5:D19', kind: 'numbers' },
    { name: 'kind', description: '"tỷ lệ", "chênh lệch" hoặc bỏ trống.', example: '"tỷ lệ"', kind: 'text', optional: true },
  ],
  returns: 'Dương là tăng, âm là giảm.',
  examples: ['=THADS_YOY(C5:C19; D5:D19)', '=THADS_YOY(81,41%; 78,59%; "tỷ lệ")', '=THADS_YOY(736747; 697667; "chênh lệch")'],
  errors: 'cell',
  impl(current: unknown, previous: unknown, kind: unknown) {
    const text = scalarText('THADS_YOY', 'kind', kind);
    const s = specFor(text);
    if (!s) {
      throw new ThadsError(`THADS_YOY: kind "${text}" không hợp lệ; dùng "tỷ lệ", "chênh lệch" hoặc bỏ trống.`);
    }
    return cellwise(s, [current, previous]);
  },
};
