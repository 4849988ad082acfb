import type { Targets, UnitRecord } from '../types';
import type { IndicatorOptions, UnitIndicators } from './types';
import { computeMeasureIndicators } from './computeMeasureIndicators';
import { perOfficer } from './workload';
import { countTargetsMet } from './targetsMet';
import { targetMet } from './targetGap';

/**
 * Every indicator of one unit (chỉ tiêu của một đơn vị), việc and tiền (domain §4). `previous` is
 * the same unit in the same period of last year (so với cùng kỳ; its backlog S is the base of
 * "giảm án tồn"). Targets met are counted over the targets the unit was given (việc, tiền, giảm án
 * tồn). Rank, rankOf and grade are null here: ranking needs all units (rankUnits), grading needs
 * the points (core/grade).
 *
 * @example computeUnitIndicators(unit, { viec: 0.8 }, options).viec.rate // 3420 / 4029
 */
export function computeUnitIndicators(
  unit: UnitRecord,
  targets: Targets,
  options: IndicatorOptions,
  previous?: UnitRecord,
): UnitIndicators {
  const viec = computeMeasureIndicators(unit.viec, targets.viec, options, previous?.viec);
  const tien = computeMeasureIndicators(unit.tien, targets.tien, options, previous?.tien);
  const results: (boolean | null)[] = [];
  if (targets.viec !== undefined) results.push(viec.met);
  if (targets.tien !== undefined) results.push(tien.met);
  if (targets.backlogReduction !== undefined) results.push(targetMet(viec.backlogReduction, targets.backlogReduction));
  const { met, set } = countTargetsMet(results);
  const officers = unit.officers ?? null;
  return {
    label: unit.label,
    row: unit.row,
    kind: unit.kind,
    ranked: unit.ranked,
    viec,
    tien,
    officers,
    workloadTotal: perOfficer(viec.totalAccepted, officers),
    workloadMust: perOfficer(viec.mustEnforce, officers),
    targetsMet: met,
    targetsSet: set,
    rank: null,
    rankOf: null,
    grade: null,
  };
}
