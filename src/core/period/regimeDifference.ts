import type { Regime } from '../types';
import { REGIMES } from '../vocabulary/regimes';

/** One year of a comparison and the regime its figures are classified under. */
export interface YearRegime {
  year: number;
  regime: Regime;
  /**
   * Why, when the table itself said (the reader's inference: "P = Đ + K (hoãn tính trong Đ) đúng trên
   * cả 15 dòng…"); absent when the regime is the year's default (regimeForYear) or the user's setting.
   */
  reason?: string;
}

/**
 * So sánh qua hai chế độ phân loại (domain §3): when last year's figures are classified under another
 * regime than this year's (statistical year 2019 under A, 2020 under B), postponed and suspended cases
 * are inside Đ on one side and outside it on the other, so Đ and the completion rate X / Đ of the two
 * years stand on different bases and part of the change from last year is the change of rules. The
 * report says so beside the comparison, naming what differs. Null when both years share a regime.
 *
 * @example regimeDifference({ year: 2020, regime: 'B' }, { year: 2019, regime: 'A' })
 * // 'So sánh cùng kỳ qua hai chế độ phân loại: năm 2019 theo chế độ A (quy định 2013/2015: hoãn, tạm đình chỉ nằm trong số có điều kiện, P = Đ + K), năm 2020 theo chế độ B (…). …'
 */
export function regimeDifference(current: YearRegime, previous: YearRegime): string | null {
  if (current.regime === previous.regime) return null;
  const side = (y: YearRegime) => {
    const r = REGIMES[y.regime];
    const why = y.reason ? `; suy ra từ bảng: ${y.reason}` : '';
    return `năm ${y.year} theo chế độ ${y.regime} (${r.rules}: hoãn, tạm đình chỉ ${r.postponed}, ${r.identity}${why})`;
  };
  return (
    `So sánh cùng kỳ qua hai chế độ phân loại: ${side(previous)}, ${side(current)}. ` +
    'Số có điều kiện thi hành và tỷ lệ giải quyết xong của hai năm không tính trên cùng một cơ sở: ' +
    'một phần mức tăng, giảm so với cùng kỳ là do thay đổi cách phân loại, không phải do kết quả thi hành.'
  );
}
