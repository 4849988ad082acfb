import type { Period } from '../types';

/** A period as a sheet states it (kỳ ghi trên bảng): read from a title row or from the sheet's name. */
export interface StatedPeriod extends Period {
  source: 'title' | 'sheetName';
  /** The text it was read from. */
  text: string;
}

/**
 * Where a period is stated, in words for a message (nơi ghi kỳ báo cáo).
 *
 * @example statedIn({ year: 2020, month: 12, source: 'title', text: 'BÁO CÁO 12 THÁNG NĂM 2020' }) // 'tiêu đề «BÁO CÁO 12 THÁNG NĂM 2020»'
 */
export function statedIn(stated: StatedPeriod): string {
  return `${stated.source === 'title' ? 'tiêu đề' : 'tên trang'} «${stated.text}»`;
}
