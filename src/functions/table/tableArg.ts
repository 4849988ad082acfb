import { ThadsError } from '../../core/errors';
import type { Grid } from '../../core/types';

/**
 * The table argument of a whole-table function: a range, header rows included. A single cell is
 * refused with a message saying what to pass.
 *
 * @example tableArg('THADS_CHECK', [['Đơn vị', 'Có điều kiện thi hành'], ['Chi cục A', 5]]) // the same grid
 */
export function tableArg(fnName: string, value: unknown): Grid {
  if (!Array.isArray(value)) {
    throw new ThadsError(`${fnName}: đối số table phải là cả bảng (một vùng gồm cả các dòng tiêu đề, ví dụ A4:L20), không phải một ô.`);
  }
  return value as Grid;
}
