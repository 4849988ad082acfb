/**
 * "5/15": a rank among how many ranked units (xếp hạng 5/15 đơn vị); "" when unranked.
 *
 * @example rankText(5, 15) // "5/15"
 */
export function rankText(rank: number | null, of: number | null): string {
  return rank === null || of === null ? '' : `${rank}/${of}`;
}
