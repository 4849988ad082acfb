import type { MeasureIndicators } from './types';

/**
 * Chỉ tiêu không tính: one measure's indicators when a cell they come from cannot be used — every
 * figure null (no rate, gap, "đạt", backlog, change), the target kept, and why (domain §5: a figure
 * is right, or absent with the reason).
 *
 * @example withheldIndicators(0.8, 'dòng 7, cột E (thi hành xong (X1)): ô báo lỗi "#N/A"').rate // null
 */
export function withheldIndicators(target: number | undefined, reason: string): MeasureIndicators {
  return {
    totalAccepted: null,
    mustEnforce: null,
    enforceable: null,
    completed: null,
    rate: null,
    target: target ?? null,
    gap: null,
    progressGap: null,
    met: null,
    backlog: null,
    enforceableBacklog: null,
    shareEnforceable: null,
    shareNotEnforceable: null,
    sharePostponed: null,
    previousRate: null,
    rateChange: null,
    completedChange: null,
    completedChangeRelative: null,
    backlogReduction: null,
    withheld: reason,
  };
}
