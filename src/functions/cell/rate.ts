import type { CustomFunctionSpec } from '../spec';
import { ThadsError } from '../../core/errors';
import { describeValue } from '../../core/numbers/describeValue';
import { cellwise, type CellwiseSpec } from '../args/cellwise';
import { nonNegative } from './checks';

const spec: CellwiseSpec = {
  fnName: 'THADS_RATE',
  args: [
    { name: 'fully_enforced', kind: 'number' },
    { name: 'enforceable', kind: 'number' },
    { name: 'terminated', kind: 'number', optional: true },
  ],
  errors: 'cell',
  compute(v) {
    const x1 = nonNegative(v[0] as number, 'số thi hành xong');
    const d = nonNegative(v[1] as number, 'số có điều kiện thi hành');
    const x2 = v[2] === null ? 0 : nonNegative(v[2] as number, 'số đình chỉ');
    const x = x1 + x2;
    if (x > d) {
      const sum = v[2] === null ? describeValue(x1) : `${describeValue(x1)} + đình chỉ ${describeValue(x2)} = ${describeValue(x)}`;
      throw new ThadsError(`giải quyết xong ${sum} lớn hơn số có điều kiện thi hành ${describeValue(d)}`);
    }
    return d === 0 ? '' : x / d;
  },
};

/**
 * THADS_RATE(fully_enforced, enforceable, [terminated]) — tỷ lệ giải quyết xong = (X1 + X2) / Đ.
 *
 * @example =THADS_RATE(F5:F19; E5:E19; G5:G19)
 */
export const THADS_RATE: CustomFunctionSpec = {
  name: 'THADS_RATE',
  description:
    'Tỷ lệ giải quyết xong = (thi hành xong + đình chỉ) / có điều kiện, từng dòng (định dạng %); dòng thiếu số liệu hoặc có điều kiện = 0 để trống, dòng sai số liệu hiện "Lỗi: dòng…, cột…" (một ô: #ERROR!).',
  summaryEn: 'Completion rate (X1 + X2) / Đ, cell by cell; a fraction to format as %.',
  mode: 'cell',
  params: [
    { name: 'fully_enforced', description: 'Thi hành xong (X1), hoặc giải quyết xong (X).', example: 'F5:F19', kind: 'numbers' },
    { name: 'enforceable', description: 'Có điều kiện thi hành (Đ).', example: 'E5:E19', kind: 'numbers' },
    { name: 'terminated', description: 'Đình chỉ (X2); bỏ trống nếu cột đầu là giải quyết xong.', example: 'G5:G19', kind: 'numbers', optional: true },
  ],
  returns: 'Tỷ lệ (0,8488 = 84,88%), cùng kích thước vùng.',
  examples: ['=THADS_RATE(F5:F19; E5:E19; G5:G19)', '=THADS_RATE(3420; 4029)'],
  errors: 'cell',
  impl: (...args: unknown[]) => cellwise(spec, args),
};
