import type { Finding } from '../types';
import type { UnitMatch } from './matchUnits';

const names = (labels: readonly string[]) => (labels.length === 0 ? 'không có' : labels.map((l) => `“${l}”`).join(', '));

/** What a user can do about a unit renamed between the years, where no mapping sheet is read (THADS_SUMMARY). */
export const SAME_NAME_HINT = 'Nếu là cùng một đơn vị ghi tên khác nhau, hãy sửa cho tên giống nhau.';

/**
 * Đơn vị không ghép được với năm trước: a unit of this year without a row last year has no change
 * from last year — say so, naming the names left over on both sides (a unit renamed between the years
 * is then plain to see), rather than leave its comparison cells silently blank; `hint` says what to do
 * (the report points to the «Đối chiếu đơn vị» sheet). Null when every unit found its partner.
 *
 * @example unmatchedUnitsFinding({ partner, unmatchedCurrent: [{ label: 'Chi cục THADS huyện Mới', … }], unmatchedPrevious: [] }, 'bảng so sánh')
 * // { severity: 'warning', rule: 'comparison-units', message: 'So sánh cùng kỳ: 1 đơn vị năm nay không có trong bảng so sánh …' }
 */
export function unmatchedUnitsFinding(match: Pick<UnitMatch, 'unmatchedCurrent' | 'unmatchedPrevious'>, source: string, hint = SAME_NAME_HINT): Finding | null {
  const current = match.unmatchedCurrent.map((u) => u.label);
  const previous = match.unmatchedPrevious.map((u) => u.label);
  if (current.length === 0 && previous.length === 0) return null;
  return {
    severity: 'warning',
    rule: 'comparison-units',
    message:
      `So sánh cùng kỳ: ${current.length} đơn vị năm nay không có trong ${source} nên không có số liệu so với cùng kỳ: ${names(current)}; ` +
      `${previous.length} đơn vị của ${source} không khớp đơn vị nào năm nay: ${names(previous)}. ` +
      hint,
  };
}
