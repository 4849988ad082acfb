import { diffTables, type TableChange } from '../diff/diffTables';
import type { IndicatorOptions } from '../indicators/types';
import { rankedIndicators } from '../summary/summarizeTable';
import type { Targets, UnitRecord } from '../types';
import type { CaseChange } from './caseChanges';
import { movedBetween, type Moved } from './movedBetween';
import { movedGrades, type GradeMoved, type Grading } from './movedGrades';

/** A unit whose rank the edit moves (thứ hạng thay đổi): the rank computed from the close and from now. */
export type RankMoved = Moved<number>;

/** What changed in a closed period since it was closed (so với số liệu đã chốt). */
export interface ClosedChanges {
  /** When the period was closed (ISO text) and by whom ('' when no name was typed). */
  closedAt: string;
  closedBy: string;
  /** Every figure that differs, and every unit on one side only (diffTables, units matched by name). */
  changes: TableChange[];
  /** Units whose rank differs between the close and now, ranked the same way with the same targets. */
  ranks: RankMoved[];
  /** Why ranks could not be compared (Vietnamese), or absent. */
  ranksProblem?: string;
  /** Units whose competition grade differs between the close and now (only when the report grades). */
  grades?: GradeMoved[];
  /**
   * From a register with an officer column: every officer's figure that differs (label "Đơn vị / Chấp
   * hành viên") and every officer whose rank among all officers moves (ranked without targets).
   */
  officers?: { changes: TableChange[]; ranks: RankMoved[] };
  /** From a register: every case that changed officer, status or amount, gone or added, by identity. */
  cases?: CaseChange[];
  /** Why some or all cases could not be compared (Vietnamese), or absent. */
  casesProblem?: string;
}

/** Ranking by competition points: the close keeps no points, so no rank is compared. */
export const RANKS_BY_SCORE = 'Báo cáo xếp hạng theo điểm thi đua, mà lần chốt không lưu điểm: không so sánh được thứ hạng với lần chốt.';

/**
 * So sánh kỳ đã chốt với số liệu hiện nay: every figure of the closed reading that is not what the
 * table says now (diffTables), and every rank that moved — both rankings computed here from the two
 * readings with the same targets and options, so that a rank moves only because a figure did; with
 * `grading` (the report grades units), every grade that moved, graded alike.
 *
 * @example closedChanges({ closed, current, targets: () => ({}), options, closedAt: '2020-10-05T08:00:00.000Z', closedBy: '' }).changes
 *   // [{ kind: 'changed', unit: 'Chi cục A', measure: 'viec', key: 'completed', closed: 90, current: 95, difference: 5 }]
 */
export function closedChanges(input: {
  closed: readonly UnitRecord[];
  current: readonly UnitRecord[];
  targets: (row: UnitRecord) => Targets;
  options: IndicatorOptions;
  closedAt: string;
  closedBy: string;
  grading?: Grading | null;
}): ClosedChanges {
  return {
    closedAt: input.closedAt,
    closedBy: input.closedBy,
    changes: diffTables(input.closed, input.current),
    // A close keeps no competition points: ranks by points cannot be compared, and the report says so.
    ranks: input.options.rankBy.kind === 'score' ? [] : movedRanks(input.closed, input.current, input.targets, input.options),
    ...(input.options.rankBy.kind === 'score' ? { ranksProblem: RANKS_BY_SCORE } : {}),
    ...(input.grading ? { grades: movedGrades(input.closed, input.current, input.targets, input.options, input.grading) } : {}),
  };
}

/**
 * Thứ hạng thay đổi: every ranked row of `current` whose rank differs from its partner's rank in
 * `closed` (matched by name), both rankings computed here with the same targets and options.
 *
 * @example movedRanks(closed, current, () => ({}), options) // [{ unit: 'Chi cục B', closed: 3, now: 1 }]
 */
export function movedRanks(
  closed: readonly UnitRecord[],
  current: readonly UnitRecord[],
  targets: (row: UnitRecord) => Targets,
  options: IndicatorOptions,
): RankMoved[] {
  // Ranked as the report ranks (a money-only table by tiền), so a rank moves only because a figure did.
  return movedBetween(closed, current, (records) => {
    const list = rankedIndicators(records, targets, options);
    return new Map(records.map((u, i) => [u, list[i]!.rank] as const));
  });
}

export type { GradeMoved };
