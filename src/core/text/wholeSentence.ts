import type { UnitIndicators } from '../indicators/types';
import { unitSentence } from './unitSentence';
import type { SentenceOptions } from './measureSentence';

/**
 * The paragraph for the whole (toàn tỉnh / toàn ngành): the totals row's figures in the same style,
 * then how many ranked units met each target: "Có 10/15 đơn vị đạt chỉ tiêu về việc; 8/15 đơn vị
 * đạt chỉ tiêu về tiền."
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
  if (counts.length === 0) return head;
  const tail = counts.join('; ');
  return `${head} Có ${tail}.`;
}
