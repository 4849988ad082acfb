import { cellFunction } from '../spec';
import { ThadsError } from '../../core/errors';
import { describeValue } from '../../core/numbers/describeValue';
import { completionRate } from '../../core/indicators/completionRate';
import { nonNegative } from './checks';

/**
 * THADS_RATE(fully_enforced, enforceable, [terminated]) — tỷ lệ giải quyết xong = (X1 + X2) / Đ,
 * by the core's completionRate: blank where Đ = 0.
 *
 * @example =THADS_RATE(F5:F19; E5:E19; G5:G19)
 */
export const THADS_RATE = cellFunction({
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
  compute(fullyEnforced, enforceable, terminated) {
    const x1 = nonNegative(fullyEnforced, 'số thi hành xong');
    const d = nonNegative(enforceable, 'số có điều kiện thi hành');
    const x2 = terminated === null ? 0 : nonNegative(terminated, 'số đình chỉ');
    const x = x1 + x2;
    if (x > d) {
      const sum = terminated === null ? describeValue(x1) : `${describeValue(x1)} + đình chỉ ${describeValue(x2)} = ${describeValue(x)}`;
      throw new ThadsError(`giải quyết xong ${sum} lớn hơn số có điều kiện thi hành ${describeValue(d)}`);
    }
    return completionRate(x, d);
  },
});
