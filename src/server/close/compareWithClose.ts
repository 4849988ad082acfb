import { caseChanges } from '../../core/close/caseChanges';
import { closedChanges, movedRanks, type ClosedChanges } from '../../core/close/closedChanges';
import type { Grading } from '../../core/close/movedGrades';
import { unpackCases } from '../../core/close/packCases';
import { snapshotParts } from '../../core/close/recordsOfSnapshot';
import { SNAPSHOT_AT } from '../../core/close/snapshotRows';
import { diffTables } from '../../core/diff/diffTables';
import type { RegisterCases } from '../../core/register/registerCases';
import { isThadsError } from '../../core/errors';
import type { IndicatorOptions } from '../../core/indicators/types';
import type { Finding, Period, Targets, UnitRecord } from '../../core/types';
import type { SheetsPort } from '../port';
import { readCloseList } from './closeList';
import { readClose, sheetProblem, snapshotSheet } from './snapshotSheet';

/**
 * So với số liệu đã chốt: when the report's period (same statistical year and cumulative months) was
 * closed, its latest close is read back (one read), checked against its fingerprint, and compared with
 * the current reading (with `grading`, the grades too). A close that cannot be trusted (rows edited or deleted, the sheet gone) is a
 * warning finding, never a silent "nothing changed"; a renamed sheet is noted. Nothing is written.
 * A close of a register also kept its officers and cases: `register` re-cuts the current register to the
 * period (called only then, on the grid already read) and every officer's figure, officer's rank and
 * case that changed is listed; what cannot be compared (cases no longer told apart, a register read
 * otherwise now) is said in the section, never taken for "no change".
 *
 * @example compareWithClose(port, { year: 2020, month: 12 }, table.units, targets, options) // { changes: { changes: [...], ranks: [...] }, findings: [] }
 */
export function compareWithClose(
  port: SheetsPort,
  period: Period,
  current: readonly UnitRecord[],
  targets: (row: UnitRecord) => Targets,
  options: IndicatorOptions,
  register: () => RegisterCases | null = () => null,
  grading: Grading | null = null,
): { changes?: ClosedChanges; findings: Finding[] } {
  let closes;
  try {
    closes = readCloseList(port).closes;
  } catch (e) {
    if (!isThadsError(e)) throw e;
    return { findings: [{ severity: 'warning', rule: 'closed-snapshot', message: e.message }] };
  }
  const ofPeriod = closes.filter((c) => c.year === period.year && c.month === period.month);
  const latest = ofPeriod[ofPeriod.length - 1];
  if (!latest) return { findings: [] };
  const read = readClose(port, latest);
  if ('problem' in read) return { findings: [{ severity: 'warning', rule: 'closed-snapshot', message: read.problem }] };
  // Under the other regime every Đ differs without any edit (tester, issue 14: 64 "changed" figures and 13 ranks
  // listed as edits after the close): said, never compared.
  const closedRegime = read.rows[0]?.[SNAPSHOT_AT.regime];
  if ((closedRegime === 'A' || closedRegime === 'B') && closedRegime !== options.regime) {
    const message =
      `Lần chốt số ${latest.close} (kỳ ${latest.month} tháng năm ${latest.year}) lập theo chế độ phân loại ${closedRegime}, báo cáo này theo chế độ ${options.regime}: ` +
      `số liệu không so sánh được với số liệu đã chốt. Hãy lập báo cáo theo chế độ ${closedRegime} để đối chiếu.`;
    return { findings: [{ severity: 'warning', rule: 'closed-snapshot', message }] };
  }
  const renamed = sheetProblem(snapshotSheet(port), closes);
  const parts = snapshotParts(read.rows);
  const changes = closedChanges({ closed: parts.units, current, targets, options, closedAt: latest.closedAt, closedBy: latest.closedBy ?? '', grading });
  if (parts.officers.length > 0 || parts.cases.length > 0) compareRegister(changes, parts, register(), options, latest.close);
  return {
    changes,
    findings: renamed ? [{ severity: 'info', rule: 'closed-snapshot', message: renamed }] : [],
  };
}

/** The officers and cases of a register's close against the register now (into `changes`). */
function compareRegister(
  changes: ClosedChanges,
  parts: ReturnType<typeof snapshotParts>,
  now: RegisterCases | null,
  options: IndicatorOptions,
  close: number,
): void {
  const label = `Lần chốt số ${close}`;
  if (!now) {
    changes.casesProblem = `${label} là của một sổ thụ lý, nhưng bảng hiện nay không được đọc như sổ thụ lý: không so sánh được từng chấp hành viên và từng việc.`;
    return;
  }
  if (parts.officers.length > 0 && now.officers) {
    changes.officers = { changes: diffTables(parts.officers, now.officers), ranks: movedRanks(parts.officers, now.officers, () => ({}), options) };
  }
  if (parts.cases.length === 0) return;
  const closed = unpackCases(parts.cases);
  if ('problem' in closed) {
    changes.casesProblem = `${label}: ${closed.problem}; không so sánh được từng việc.`;
    return;
  }
  if (!now.cases) {
    changes.casesProblem = `${label}: sổ thụ lý hiện nay không còn cột “Số quyết định”, nên không so sánh được từng việc.`;
    return;
  }
  const skip = new Set(now.duplicates.map((d) => d.key));
  changes.cases = caseChanges(closed.cases, now.cases, skip);
  if (now.duplicates.length > 0) {
    const shown = now.duplicates.slice(0, 5).map((d) => d.identity).join('; ');
    changes.casesProblem =
      `Sổ thụ lý hiện nay có ${now.duplicates.length} việc trùng đơn vị, số quyết định và ngày (${shown}${now.duplicates.length > 5 ? '; …' : ''}): ` +
      'các việc này không so sánh được với lần chốt. Hãy sửa số quyết định hoặc ngày cho đúng.';
  }
}
