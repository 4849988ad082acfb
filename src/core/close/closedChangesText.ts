import { formatCount, formatNumber } from '../numbers/formatNumber';
import { dayText } from '../period/dayText';
import { moneyUnitFactor, moneyUnitName } from '../numbers/moneyUnit';
import type { TableChange } from '../diff/diffTables';
import { SLOTS } from '../register/slots';
import type { MoneyUnit, QuantityKey } from '../types';
import { quantityName } from '../vocabulary/quantities';
import type { CaseChange, FromTo } from './caseChanges';
import type { ClosedChanges, GradeMoved, RankMoved } from './closedChanges';

/** The sentence a report of a closed period carries when nothing changed since the close. */
export const NOTHING_CHANGED = 'Số liệu kỳ đã chốt không thay đổi';

/**
 * The report's lines about a closed period (so với số liệu đã chốt): when it was closed and by whom,
 * then one line per figure that differs (unit, quantity, closed value, value now, difference — money in
 * the report's unit), per unit added or gone, per rank and per grade the edit moves; from a register, the same
 * per officer, then every case that changed, by its identity, from → to; or, with no change, the
 * sentence "Số liệu kỳ đã chốt không thay đổi".
 *
 * @example closedChangesText({ closedAt: '2020-10-05T01:00:00.000Z', closedBy: '', changes: [], ranks: [] }, 'nghin')
 *   // ['Số liệu kỳ đã chốt không thay đổi (chốt lúc 08:00 ngày 05/10/2020).']
 */
export function closedChangesText(c: ClosedChanges, money: MoneyUnit): string[] {
  const when = `chốt lúc ${closedAtText(c.closedAt)}${c.closedBy ? `, người chốt: ${c.closedBy}` : ''}`;
  const officers = c.officers ?? { changes: [], ranks: [] };
  const cases = c.cases ?? [];
  const grades = c.grades ?? [];
  const none = c.changes.length + c.ranks.length + grades.length + officers.changes.length + officers.ranks.length + cases.length === 0;
  // What could not be compared is said with the rest, never left behind a bare "không thay đổi".
  const problems = [c.ranksProblem, c.casesProblem].filter((p): p is string => p !== undefined);
  if (none && problems.length === 0) return [`${NOTHING_CHANGED} (${when}).`];
  if (none) return [`${NOTHING_CHANGED} về số liệu các đơn vị (${when}); ${problems.join(' ')}`];
  const figures = c.changes.filter((x) => x.kind === 'changed').length + officers.changes.filter((x) => x.kind === 'changed').length;
  const ranks = c.ranks.length + officers.ranks.length;
  const lines = [`Số liệu đã thay đổi so với lần ${when}: ${figures} số liệu, ${ranks} thứ hạng${c.grades ? `, ${grades.length} xếp loại` : ''}${c.cases ? `, ${cases.length} việc` : ''}.`];
  lines.push(...figureLines(c.changes, money, 'đơn vị'), ...rankLines(c.ranks), ...gradeLines(grades));
  if (officers.changes.length + officers.ranks.length > 0) {
    lines.push('Theo chấp hành viên:', ...figureLines(officers.changes, money, 'chấp hành viên'), ...rankLines(officers.ranks));
  }
  if (cases.length > 0) {
    lines.push(`Các việc đã thay đổi (${cases.length}):`);
    const shownCases = cases.slice(0, MAX_CASE_LINES);
    for (const x of shownCases) lines.push(caseLine(x, money));
    if (cases.length > shownCases.length) {
      lines.push(`… và ${cases.length - shownCases.length} việc khác đã thay đổi: quá nhiều để liệt kê trong báo cáo; hãy đối chiếu sổ thụ lý với lần chốt.`);
    }
  }
  lines.push(...problems);
  return lines;
}

/** A report lists at most this many changed cases (a register re-imported whole would change them all). */
const MAX_CASE_LINES = 2000;

/** One line per figure that differs, per row added or gone (units, or officers). */
function figureLines(changes: readonly TableChange[], money: MoneyUnit, what: string): string[] {
  const lines: string[] = [];
  for (const x of changes) {
    if (x.kind === 'added') lines.push(`${x.unit}: ${what} mới, không có trong số liệu đã chốt.`);
    else if (x.kind !== 'changed') lines.push(`${x.unit}: có trong số liệu đã chốt, nay không còn trong bảng.`);
    else {
      const tien = x.measure === 'tien';
      const unit = tien ? moneyUnitName(money) : 'việc';
      // The typographic minus, as every other message of the report writes a negative difference.
      const diff = x.difference === null ? '' : `, chênh lệch ${x.difference > 0 ? '+' : x.difference < 0 ? '−' : ''}${shown(Math.abs(x.difference), tien, money)}`;
      lines.push(`${x.unit} — ${tien ? 'tiền' : 'việc'} ${quantityName(x.key)}: đã chốt ${shown(x.closed, tien, money)}, nay ${shown(x.current, tien, money)} ${unit}${diff}.`);
    }
  }
  return lines;
}

function rankLines(ranks: readonly RankMoved[]): string[] {
  const rank = (v: number | null) => (v === null ? 'không xếp hạng' : `hạng ${v}`);
  return ranks.map((r) => `${r.unit}: thứ hạng thay đổi, đã chốt ${rank(r.closed)}, nay ${rank(r.now)}.`);
}

function gradeLines(grades: readonly GradeMoved[]): string[] {
  const grade = (v: string | null) => (v === null ? 'chưa xếp loại' : `loại ${v}`);
  return grades.map((g) => `${g.unit}: xếp loại thay đổi, đã chốt ${grade(g.closed)}, nay ${grade(g.now)}.`);
}

function shown(v: number | null, tien: boolean, money: MoneyUnit): string {
  return v === null ? 'không có' : tien ? formatNumber(v / moneyUnitFactor(money), 2, true) : formatCount(v);
}

/**
 * A changed case as one line: "Việc số QĐ 12/QĐ-CCTHADS ngày 15/01/2024 (Chi cục A): chấp hành viên
 * Nguyễn Văn B → Trần Văn C; trạng thái đang thi hành → thi hành xong (X1)."
 */
function caseLine(x: CaseChange, money: MoneyUnit): string {
  const name = x.identity.charAt(0).toUpperCase() + x.identity.slice(1);
  if (x.kind === 'gone') return `${name}: có trong số liệu đã chốt, nay không còn trong sổ thụ lý của kỳ.`;
  if (x.kind === 'added') return `${name}: việc mới trong kỳ, không có trong số liệu đã chốt.`;
  const parts: string[] = [];
  const who = (s: string) => s || '(không ghi)';
  const status = (slot: number) => quantityName(SLOTS[slot] as QuantityKey);
  const amounts = (a: FromTo<number>) => `${shown(a.closed, true, money)} → ${shown(a.now, true, money)} ${moneyUnitName(money)}`;
  if (x.officer) parts.push(`chấp hành viên ${who(x.officer.closed)} → ${who(x.officer.now)}`);
  if (x.status) parts.push(`trạng thái ${status(x.status.closed)} → ${status(x.status.now)}`);
  if (x.due) parts.push(`số tiền phải thi hành ${amounts(x.due)}`);
  if (x.collected) parts.push(`số tiền đã thu ${amounts(x.collected)}`);
  return `${name}: ${parts.join('; ')}.`;
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
  return `${two(d.getUTCHours())}:${two(d.getUTCMinutes())} ngày ${dayText([d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()])}`;
}
