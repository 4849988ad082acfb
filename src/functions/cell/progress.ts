import { cellFunction } from '../spec';
import { progressGap } from '../../core/indicators/targetGap';
import { monthCount } from './checks';

/**
 * THADS_PROGRESS(rate, target, months) — vượt/thiếu tiến độ = tỷ lệ − chỉ tiêu × tháng / 12.
 *
 * @example =THADS_PROGRESS(H5:H19; 74%; 6)
 */
export const THADS_PROGRESS = cellFunction({
  name: 'THADS_PROGRESS',
  description: 'Vượt (+) hoặc thiếu (−) tiến độ = tỷ lệ − chỉ tiêu × tháng / 12 (tháng cộng dồn từ 01/10); lỗi hiện ở ô của dòng đó.',
  summaryEn: 'Gap to pro-rata progress, rate − target × months / 12.',
  mode: 'cell',
  params: [
    { name: 'rate', description: 'Tỷ lệ cộng dồn.', example: 'H5:H19', kind: 'percents' },
    { name: 'target', description: 'Chỉ tiêu cả năm.', example: '74%', kind: 'percents' },
    { name: 'months', description: 'Số tháng từ 01/10 (1–12).', example: '6', kind: 'numbers' },
  ],
  returns: 'Chênh lệch so với tiến độ.',
  examples: ['=THADS_PROGRESS(H5:H19; 74%; 6)', '=THADS_PROGRESS(51%; 74%; 4)'],
  errors: 'cell',
  compute: (rate, target, months) => progressGap(rate, target, monthCount(months)),
});
