import { closedChanges, type ClosedChanges } from '../../core/close/closedChanges';
import { recordsOfSnapshot } from '../../core/close/recordsOfSnapshot';
import { isThadsError } from '../../core/errors';
import type { IndicatorOptions } from '../../core/indicators/types';
import type { Finding, Period, Targets, UnitRecord } from '../../core/types';
import type { SheetsPort } from '../port';
import { readCloseList } from './closeList';
import { readClose, sheetProblem, snapshotSheet } from './snapshotSheet';

/**
 * So với số liệu đã chốt: when the report's period (same statistical year and cumulative months) was
 * closed, its latest close is read back (one read), checked against its fingerprint, and compared with
 * the current reading. A close that cannot be trusted (rows edited or deleted, the sheet gone) is a
 * warning finding, never a silent "nothing changed"; a renamed sheet is noted. Nothing is written.
 *
 * @example compareWithClose(port, { year: 2020, month: 12 }, table.units, targets, options) // { changes: { changes: [...], ranks: [...] }, findings: [] }
 */
export function compareWithClose(
  port: SheetsPort,
  period: Period,
  current: readonly UnitRecord[],
  targets: (row: UnitRecord) => Targets,
  options: IndicatorOptions,
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
  const renamed = sheetProblem(snapshotSheet(port), closes);
  return {
    changes: closedChanges({ closed: recordsOfSnapshot(read.rows), current, targets, options, closedAt: latest.closedAt, closedBy: latest.closedBy ?? '' }),
    findings: renamed ? [{ severity: 'info', rule: 'closed-snapshot', message: renamed }] : [],
  };
}
