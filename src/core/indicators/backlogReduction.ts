import { ratio } from '../quantities/ratio';

/**
 * Giảm án tồn: (S_prev − S_cur) / S_prev, the share of last period's backlog cleared
 * (a competition criterion, domain §4, an assumed formula). Negative when the backlog grew; null when S_prev is 0.
 *
 * @example backlogReduction(1000, 850) // 0.15
 */
export function backlogReduction(previousBacklog: number | null, currentBacklog: number | null): number | null {
  // A backlog is never negative; a zero or missing one has no reduction to speak of.
  if (previousBacklog === null || currentBacklog === null) return null;
  return ratio(previousBacklog - currentBacklog, previousBacklog);
}
