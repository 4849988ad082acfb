import type { Measure, Targets, UnitRecord } from '../types';
import type { CellNaming } from '../text/columnName';
import { withheldReason } from '../validation/cellProblemText';
import type { IndicatorOptions, MeasureIndicators, UnitIndicators } from './types';
import { withheldIndicators } from './withheldIndicators';
import { isWithheld } from './isWithheld';
import { computeMeasureIndicators } from './computeMeasureIndicators';
import { perOfficer } from './workload';
import { countTargetsMet } from './targetsMet';
import { targetMet } from './targetGap';

/**
 * Every indicator of one unit (chỉ tiêu của một đơn vị), việc and tiền (domain §4). `previous` is
 * the same unit in the same period of last year (so với cùng kỳ; its backlog S is the base of
 * "giảm án tồn"). Targets met are counted over the targets the unit was given (việc, tiền, giảm án
 * tồn). Rank, rankOf and grade are null here: ranking needs all units (rankUnits), grading needs
 * the points (core/grade). A measure with a cell that cannot be used (`unit.problems`) is withheld:
 * no figure, the reason in words (`naming` says how rows and columns are named); so is last year's
 * when its own row has such a cell.
 *
 * @example computeUnitIndicators(unit, { viec: 0.8 }, options).viec.rate // 3420 / 4029
 */
export function computeUnitIndicators(
  unit: UnitRecord,
  targets: Targets,
  options: IndicatorOptions,
  previous?: UnitRecord,
  naming: CellNaming = {},
): UnitIndicators {
  const viec = measureOf(unit, 'viec', targets.viec, options, previous, naming);
  const tien = measureOf(unit, 'tien', targets.tien, options, previous, naming);
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

/** One measure: withheld when the row has an unusable cell of it, else computed (last year's only when usable). */
function measureOf(unit: UnitRecord, m: Measure, target: number | undefined, options: IndicatorOptions, previous: UnitRecord | undefined, naming: CellNaming): MeasureIndicators {
  const reason = withheldReason(unit.problems, m, naming);
  if (reason !== null) return withheldIndicators(target, reason);
  const before = previous && !isWithheld(previous, m) ? previous[m] : undefined;
  return computeMeasureIndicators(unit[m], target, options, before);
}
