/** A việc sheet and a tiền sheet of the same units (the tiền one in another order, in nghìn đồng). */
import { detectTable } from '../../../src/core/read/detectTable';
import type { DetectedTable } from '../../../src/core/table/types';
import type { Grid } from '../../../src/core/types';

export const VIEC_GRID: Grid = [
  ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ VỀ VIỆC'],
  ['Đơn vị', 'Có điều kiện thi hành', 'Giải quyết xong'],
  ['Chi cục THADS huyện A', 100, 80],
  ['Chi cục THADS huyện B', 50, 40],
  ['Cộng', 150, 120],
];

export const TIEN_GRID: Grid = [
  ['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ VỀ TIỀN'],
  ['Đơn vị tính: nghìn đồng'],
  ['Đơn vị', 'Có điều kiện thi hành', 'Giải quyết xong'],
  ['CHI CỤC THADS HUYỆN B', 2000, 500],
  ['Chi cục THADS huyện A', 1000, 400],
  ['Cộng', 3000, 900],
];

export function read(grid: Grid): DetectedTable {
  const r = detectTable(grid);
  if (!r.ok) throw new Error(r.message);
  return r.table;
}
