/**
 * "Đạt 1/4 chỉ tiêu": how many of the targets a unit was given it reached. Only targets given
 * count in `set`; a target whose indicator cannot be computed counts as not met.
 *
 * @example countTargetsMet([true, null, false]) // { met: 1, set: 3 }
 */
export function countTargetsMet(results: readonly (boolean | null)[]): { met: number; set: number } {
  let met = 0;
  for (const r of results) if (r === true) met++;
  return { met, set: results.length };
}
