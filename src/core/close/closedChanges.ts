import { diffTables, type FigureChanged, type TableChange } from '../diff/diffTables';
import { computeUnitIndicators } from '../indicators/computeUnitIndicators';
import type { IndicatorOptions } from '../indicators/types';
import { rankUnits } from '../ranking/rankUnits';
import { matchUnits } from '../summary/matchUnits';
import type { Targets, UnitRecord } from '../types';

/** A unit whose rank the edit moves (thứ hạng thay đổi): the rank computed from the close and from now. */
export interface RankMoved {
  unit: string;
  closed: number | null;
  now: number | null;
}

/** What changed in a closed period since it was closed (so với số liệu đã chốt). */
export interface ClosedChanges {
  /** When the period was closed (ISO text) and by whom ('' when no name was typed). */
  closedAt: string;
  closedBy: string;
  /** Every figure that differs, and every unit on one side only (diffTables, units matched by name). */
  changes: TableChange[];
  /** Units whose rank differs between the close and now, ranked the same way with the same targets. */
  ranks: RankMoved[];
}

/**
 * So sánh kỳ đã chốt với số liệu hiện nay: every figure of the closed reading that is not what the
 * table says now (diffTables), and every rank that moved — both rankings computed here from the two
 * readings with the same targets and options, so that a rank moves only because a figure did.
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
}): ClosedChanges {
  const changes = diffTables(input.closed, input.current);
  const ranksOf = (records: readonly UnitRecord[]) => {
    const list = records.map((u) => computeUnitIndicators(u, input.targets(u), input.options));
    rankUnits(list, input.options.rankBy, records.map((u) => u.score));
    return new Map(records.map((u, i) => [u, list[i]!.rank] as const));
  };
  const before = ranksOf(input.closed);
  const now = ranksOf(input.current);
  const { partner } = matchUnits(input.current, input.closed);
  const ranks: RankMoved[] = [];
  for (const u of input.current) {
    const then = partner.get(u);
    if (!then || u.kind !== 'unit') continue;
    const a = before.get(then) ?? null;
    const b = now.get(u) ?? null;
    if (a !== b) ranks.push({ unit: u.label, closed: a, now: b });
  }
  return { closedAt: input.closedAt, closedBy: input.closedBy, changes, ranks };
}

export type { FigureChanged };
