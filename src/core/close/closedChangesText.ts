import { formatCount, formatNumber } from '../numbers/formatNumber';
import { moneyUnitFactor, moneyUnitName } from '../numbers/moneyUnit';
import type { MoneyUnit } from '../types';
import { quantityName } from '../vocabulary/quantities';
import type { ClosedChanges } from './closedChanges';

/** The sentence a report of a closed period carries when nothing changed since the close. */
export const NOTHING_CHANGED = 'Số liệu kỳ đã chốt không thay đổi';

/**
 * The report's lines about a closed period (so với số liệu đã chốt): when it was closed and by whom,
 * then one line per figure that differs (unit, quantity, closed value, value now, difference — money in
 * the report's unit), per unit added or gone, and per rank the edit moves; or, with no change, the
 * sentence "Số liệu kỳ đã chốt không thay đổi".
 *
 * @example closedChangesText({ closedAt: '2020-10-05T01:00:00.000Z', closedBy: '', changes: [], ranks: [] }, 'nghin')
 *   // ['Số liệu kỳ đã chốt không thay đổi (chốt lúc 08:00 ngày 05/10/2020).']
 */
export function closedChangesText(c: ClosedChanges, money: MoneyUnit): string[] {
  const when = `chốt lúc ${closedAtText(c.closedAt)}${c.closedBy ? `, người chốt: ${c.closedBy}` : ''}`;
  if (c.changes.length === 0 && c.ranks.length === 0) return [`${NOTHING_CHANGED} (${when}).`];
  const figures = c.changes.filter((x) => x.kind === 'changed').length;
  const lines = [`Số liệu đã thay đổi so với lần ${when}: ${figures} số liệu, ${c.ranks.length} thứ hạng.`];
  const shown = (v: number | null, tien: boolean) =>
    v === null ? 'không có' : tien ? formatNumber(v / moneyUnitFactor(money), 2, true) : formatCount(v);
  for (const x of c.changes) {
    if (x.kind === 'added') lines.push(`${x.unit}: đơn vị mới, không có trong số liệu đã chốt.`);
    else if (x.kind !== 'changed') lines.push(`${x.unit}: có trong số liệu đã chốt, nay không còn trong bảng.`);
    else {
      const tien = x.measure === 'tien';
      const unit = tien ? moneyUnitName(money) : 'việc';
      const diff = x.difference === null ? '' : `, chênh lệch ${x.difference > 0 ? '+' : ''}${shown(x.difference, tien)}`;
      lines.push(`${x.unit} — ${tien ? 'tiền' : 'việc'} ${quantityName(x.key)}: đã chốt ${shown(x.closed, tien)}, nay ${shown(x.current, tien)} ${unit}${diff}.`);
    }
  }
  for (const r of c.ranks) {
    const rank = (v: number | null) => (v === null ? 'không xếp hạng' : `hạng ${v}`);
    lines.push(`${r.unit}: thứ hạng thay đổi, đã chốt ${rank(r.closed)}, nay ${rank(r.now)}.`);
  }
  return lines;
}

/**
 * A close's time as the agencies read it, in Vietnam's time (UTC+7, no daylight saving): "08:00 ngày 05/10/2020".
 *
 * @example closedAtText('2020-10-05T01:00:00.000Z') // '08:00 ngày 05/10/2020'
 */
export function closedAtText(iso: string): string {
  const t = Date.parse(iso);
  if (!Number.isFinite(t)) return iso;
  const d = new Date(t + 7 * 3600 * 1000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getUTCHours())}:${two(d.getUTCMinutes())} ngày ${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}
