import { cellFunction } from '../spec';
import { ThadsError } from '../../core/errors';
import { describeValue } from '../../core/numbers/describeValue';
import { backlog } from '../../core/quantities/backlog';
import { nonNegative } from './checks';

/**
 * THADS_BACKLOG(must_enforce, fully_enforced, [terminated]) — chuyển kỳ sau S = P − X with
 * X = X1 + X2, by the core's backlog (or S_Đ = Đ − X when Đ is passed first).
 *
 * @example =THADS_BACKLOG(D5:D19; F5:F19; G5:G19)
 */
export const THADS_BACKLOG = cellFunction({
  name: 'THADS_BACKLOG',
  description: 'Chuyển kỳ sau = phải thi hành − thi hành xong − đình chỉ (có điều kiện thay phải thi hành: có điều kiện chuyển kỳ sau); lỗi hiện ở ô của dòng đó.',
  summaryEn: 'Backlog carried to the next period, P − X1 − X2.',
  mode: 'cell',
  params: [
    { name: 'must_enforce', description: 'Phải thi hành (P) hoặc có điều kiện (Đ).', example: 'D5:D19', kind: 'numbers' },
    { name: 'fully_enforced', description: 'Thi hành xong (X1) hoặc giải quyết xong (X).', example: 'F5:F19', kind: 'numbers' },
    { name: 'terminated', description: 'Đình chỉ (X2).', example: 'G5:G19', kind: 'numbers', optional: true },
  ],
  returns: 'Số chuyển kỳ sau.',
  examples: ['=THADS_BACKLOG(D5:D19; F5:F19; G5:G19)', '=THADS_BACKLOG(923541; 576933)'],
  errors: 'cell',
  compute(mustEnforce, fullyEnforced, terminated) {
    const p = nonNegative(mustEnforce, 'số phải thi hành');
    const x1 = nonNegative(fullyEnforced, 'số thi hành xong');
    const x2 = terminated === null ? 0 : nonNegative(terminated, 'số đình chỉ');
    if (x1 + x2 > p) {
      throw new ThadsError(`giải quyết xong ${describeValue(x1 + x2)} lớn hơn số phải thi hành ${describeValue(p)}`);
    }
    return backlog(p, x1 + x2);
  },
});
