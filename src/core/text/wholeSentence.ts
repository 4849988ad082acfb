import type { UnitIndicators } from '../indicators/types';
import { unitSentence } from './unitSentence';
import type { SentenceOptions } from './measureSentence';

/**
 * The paragraph for the whole (toàn tỉnh / toàn ngành): the totals row's figures in the same style,
 * then how many ranked units met each target: "Có 10/15 đơn vị đạt chỉ tiêu về việc; 8/15 đơn vị
 * đạt chỉ tiêu về tiền." Units whose figures are withheld are not counted, and the paragraph says
 * that the total leaves them out ("tổng các đơn vị hợp lệ, chưa phải số liệu toàn tỉnh: chưa gồm …").
 *
 * @example wholeSentence(total, units) // "Toàn tỉnh: tổng số thụ lý …. Có 10/15 đơn vị đạt chỉ tiêu về việc."
 */
export function wholeSentence(total: UnitIndicators, units: readonly UnitIndicators[], options: SentenceOptions = {}): string {
  const head = unitSentence({ ...total, rank: null, rankOf: null }, { ...options, withLabel: true });
  const counts: string[] = [];
  for (const measure of ['viec', 'tien'] as const) {
    let met = 0;
    let set = 0;
    for (const u of units) {
      if (u.kind !== 'unit' || u[measure].met === null) continue;
      set++;
      if (u[measure].met) met++;
    }
    if (set > 0) counts.push(`${met}/${set} đơn vị đạt chỉ tiêu về ${measure === 'viec' ? 'việc' : 'tiền'}`);
  }
  const missing = units.filter((u) => u.kind === 'unit' && (u.viec.withheld !== undefined || u.tien.withheld !== undefined)).map((u) => u.label);
  // Never the province's figure when a unit is missing from it: the text says whose total it is.
  const incomplete =
    missing.length === 0
      ? ''
      : ` Đây là tổng các đơn vị hợp lệ, chưa phải số liệu toàn tỉnh: chưa gồm ${missing.join(', ')} (số liệu sai, không tính).`;
  if (counts.length === 0) return head + incomplete;
  const tail = counts.join('; ');
  return `${head} Có ${tail}${missing.length > 0 ? ' (trong số các đơn vị hợp lệ)' : ''}.${incomplete}`;
}
