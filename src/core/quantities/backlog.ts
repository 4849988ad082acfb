/**
 * Chuyển kỳ sau: what is left to enforce after the period, S = P − X (phải thi hành − giải quyết
 * xong); with Đ in place of P, có điều kiện chuyển kỳ sau S_Đ = Đ − X (domain §3). Null when
 * either side is missing.
 *
 * @example backlog(3703, 3086) // 617
 */
export function backlog(mustEnforce: number | null, completed: number | null): number | null {
  return mustEnforce === null || completed === null ? null : mustEnforce - completed;
}
