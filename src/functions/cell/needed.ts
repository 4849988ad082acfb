import { cellFunction } from '../spec';
import { ThadsError } from '../../core/errors';
import { describeValue } from '../../core/numbers/describeValue';
import { formatPercent } from '../../core/numbers/formatPercent';
import { stillNeeded } from '../../core/indicators/stillNeeded';
import { nonNegative } from './checks';

/**
 * THADS_NEEDED(completed, enforceable, target) — còn phải giải quyết thêm bao nhiêu để đạt chỉ tiêu
 * cả năm, by the core's stillNeeded with a step of 1: a whole number of cases, or of the money unit
 * the amounts are kept in (đồng, nghìn đồng as the forms keep them). 0 when already met (as shown),
 * blank where Đ = 0. A target is at most 100% here (the percentage reader refuses more) and X ≤ Đ
 * is checked, so the target is always within reach; the core's out-of-reach marker is still worded.
 *
 * @example =THADS_NEEDED(F5:F19; E5:E19; 80%)
 */
export const THADS_NEEDED = cellFunction({
  name: 'THADS_NEEDED',
  description:
    'Còn phải giải quyết thêm bao nhiêu (việc, hoặc tiền theo đơn vị của bảng) để tỷ lệ như hiển thị đạt chỉ tiêu cả năm, với số có điều kiện hiện nay; 0 khi đã đạt, để trống khi có điều kiện = 0; lỗi hiện ở ô của dòng đó.',
  summaryEn: 'What is still needed: the smallest whole number N for which (X + N) / Đ, as shown, reaches the target.',
  mode: 'cell',
  params: [
    { name: 'completed', description: 'Giải quyết xong (X) về việc hoặc về tiền.', example: 'F5:F19', kind: 'numbers' },
    { name: 'enforceable', description: 'Có điều kiện thi hành (Đ), cùng đơn vị.', example: 'E5:E19', kind: 'numbers' },
    { name: 'target', description: 'Chỉ tiêu cả năm.', example: '80%', kind: 'percents' },
  ],
  returns: 'Số việc (hoặc số tiền, cùng đơn vị với bảng) còn phải giải quyết thêm; 0 khi đã đạt chỉ tiêu.',
  examples: ['=THADS_NEEDED(F5:F19; E5:E19; 80%)', '=THADS_NEEDED(3000; 4029; 80%)'],
  errors: 'cell',
  compute(completed, enforceable, target) {
    const x = nonNegative(completed, 'số giải quyết xong');
    const d = nonNegative(enforceable, 'số có điều kiện thi hành');
    if (x > d) throw new ThadsError(`giải quyết xong ${describeValue(x)} lớn hơn số có điều kiện thi hành ${describeValue(d)}`);
    const needed = stillNeeded(x, d, target);
    if (d === 0) return null;
    if (needed === null) return 0;
    if (typeof needed === 'number') return needed;
    return `không thể đạt chỉ tiêu ${formatPercent(target)} với số có điều kiện hiện nay: giải quyết xong cả ${describeValue(needed.remaining)} còn lại cũng chỉ đạt ${formatPercent(1)}`;
  },
});
