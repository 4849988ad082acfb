import { dayText } from '../period/dayText';
import { periodRange } from '../period/periodRange';
import type { Period } from '../types';

/**
 * The report sheet's name for a period (tên trang báo cáo theo kỳ): reports are cumulative from 01/10,
 * so "6 tháng năm 2019" is 01/10/2018 – 31/03/2019.
 *
 * @example reportSheetName({ year: 2019, month: 6 }) // "Báo cáo 6 tháng năm 2019"
 */
export function reportSheetName(period: Period): string {
  return `Báo cáo ${period.month} tháng năm ${period.year}`;
}

/**
 * The mark the add-on puts on its own report for a period (developer metadata "thads.owner").
 *
 * @example reportOwnerMark({ year: 2020, month: 12 }) // "report:2020-12"
 */
export function reportOwnerMark(period: Period): string {
  return `report:${period.year}-${period.month}`;
}

/**
 * The period's span in words (kỳ báo cáo): year N runs 01/10/N-1 to 30/09/N, month m ends on the
 * last day of the m-th month from October.
 *
 * @example periodSpan({ year: 2019, month: 6 }) // "từ 01/10/2018 đến 31/03/2019"
 */
export function periodSpan(period: Period): string {
  const { from, to } = periodRange(period);
  return `từ ${dayText(from)} đến ${dayText(to)}`;
}
