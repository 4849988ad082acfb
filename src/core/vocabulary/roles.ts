import type { ColumnRole } from '../types';

/**
 * The column roles that are not a quantity (vai trò khác của cột), with their Vietnamese names (lower
 * case, as messages use them) and English ones, in the order the sidebar lists them.
 */
export const OTHER_ROLES: ReadonlyArray<{ role: Exclude<ColumnRole, { kind: 'quantity' }>; vi: string; en: string }> = [
  { role: { kind: 'label' }, vi: 'tên đơn vị', en: 'Unit name' },
  { role: { kind: 'officers' }, vi: 'số chấp hành viên (CHV)', en: 'Enforcement officers' },
  { role: { kind: 'typedRate', measure: 'viec' }, vi: 'tỷ lệ việc ghi sẵn', en: 'Typed case rate' },
  { role: { kind: 'typedRate', measure: 'tien' }, vi: 'tỷ lệ tiền ghi sẵn', en: 'Typed money rate' },
  { role: { kind: 'score' }, vi: 'điểm thi đua', en: 'Score' },
  { role: { kind: 'notRanked' }, vi: 'đánh dấu không xếp hạng', en: 'Not-ranked flag' },
  { role: { kind: 'ignored' }, vi: 'bỏ qua', en: 'Ignored' },
];
