import type { CustomFunctionSpec } from '../spec';
import { cellwise, type CellwiseSpec } from '../args/cellwise';

const spec: CellwiseSpec = {
  fnName: 'THADS_GAP',
  args: [
    { name: 'rate', kind: 'percent' },
    { name: 'target', kind: 'percent' },
  ],
  errors: 'cell',
  compute: (v) => (v[0] as number) - (v[1] as number),
};

/**
 * THADS_GAP(rate, target) — vượt/thiếu chỉ tiêu = tỷ lệ − chỉ tiêu, in percentage points.
 *
 * @example =THADS_GAP(H5:H19; 80%)
 */
export const THADS_GAP: CustomFunctionSpec = {
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
  impl: (...args: unknown[]) => cellwise(spec, args),
};
