import type { UnitIndicators } from '../indicators/types';
import { rankText } from '../ranking/rankText';
import { measureSentence, type SentenceOptions } from './measureSentence';

/**
 * The report paragraph of one unit (câu báo cáo của một đơn vị): its việc sentence, "Về tiền: …"
 * when money figures exist, and "Xếp hạng 5/15 đơn vị." when ranked. A withheld measure says
 * "Không tính số liệu về việc vì số liệu sai: dòng 7, cột E (…): …." instead of its figures. With `withLabel`, the unit's
 * name leads ("Chi cục THADS huyện A: …").
 *
 * @example unitSentence(unit) // "Tổng số thụ lý 5.211 việc; …, vượt chỉ tiêu 4,88%. Xếp hạng 5/15 đơn vị."
 */
export function unitSentence(u: UnitIndicators, options: SentenceOptions & { withLabel?: boolean } = {}): string {
  const parts: string[] = [];
  const viec = u.viec.withheld === undefined && hasFigures(u.viec) ? measureSentence(u.viec, 'viec', options) : '';
  const tien = u.tien.withheld === undefined && hasFigures(u.tien) ? measureSentence(u.tien, 'tien', options) : '';
  if (u.viec.withheld !== undefined) parts.push(withheldSentence('việc', u.viec.withheld));
  if (viec) parts.push(viec + '.');
  if (tien) parts.push(viec ? `Về tiền: ${lowerFirst(tien)}.` : tien + '.');
  if (u.tien.withheld !== undefined) parts.push(withheldSentence('tiền', u.tien.withheld));
  const rank = rankText(u.rank, u.rankOf);
  if (rank) parts.push(`Xếp hạng ${rank} đơn vị.`);
  const text = parts.join(' ');
  return options.withLabel && u.label ? `${u.label}: ${lowerFirst(text)}` : text;
}

/** A withheld measure says that its figures are not computed, and why (the cells, named). */
function withheldSentence(measure: string, why: string): string {
  return `Không tính số liệu về ${measure} vì số liệu sai: ${why}.`;
}

function hasFigures(m: UnitIndicators['viec']): boolean {
  return m.totalAccepted !== null || m.enforceable !== null || m.completed !== null;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
