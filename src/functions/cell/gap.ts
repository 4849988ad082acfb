import { cellFunction } from '../spec';
import { targetGap } from '../../core/indicators/targetGap';

/**
 * THADS_GAP(rate, target) — vượt/thiếu chỉ tiêu = tỷ lệ − chỉ tiêu, in percentage points, by the
 * core's targetGap.
 *
 * @example =THADS_GAP(H5:H19; 80%)
 */
export const THADS_GAP = cellFunction({
  name: 'THADS_GAP',
  description:
    'Vượt (+) hoặc thiếu (−) chỉ tiêu = tỷ lệ − chỉ tiêu, điểm % (định dạng %); tỷ lệ nhập 80% hoặc 0,8, số 80 bị từ chối; lỗi hiện ở ô của dòng đó.',
  summaryEn: 'Gap to target, rate − target, in percentage points (a fraction).',
  mode: 'cell',
  params: [
    { name: 'rate', description: 'Tỷ lệ giải quyết xong.', example: 'H5:H19', kind: 'percents' },
    { name: 'target', description: 'Chỉ tiêu được giao.', example: '80%', kind: 'percents' },
  ],
  returns: 'Chênh lệch (0,0488 = vượt 4,88%).',
  examples: ['=THADS_GAP(H5:H19; 80%)', '=THADS_GAP(THADS_RATE(F5:F19; E5:E19); I5:I19)'],
  errors: 'cell',
  compute: (rate, target) => targetGap(rate, target),
});
