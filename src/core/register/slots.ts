/**
 * Cột đếm của sổ thụ lý: the running counts of one group, one slot per status and per C/M/T, kept
 * in a Float64Array so the 200.000-row pass adds into fixed slots.
 *
 * @example SLOT.inProgress // 3
 */
export const SLOTS = ['fullyEnforced', 'terminated', 'completed', 'inProgress', 'other', 'notEnforceable', 'postponed', 'delegated', 'withdrawn', 'carriedOver', 'newlyAccepted', 'totalAccepted'] as const;
export type Slot = (typeof SLOTS)[number];
export const SLOT: Record<Slot, number> = {
  fullyEnforced: 0,
  terminated: 1,
  completed: 2,
  inProgress: 3,
  other: 4,
  notEnforceable: 5,
  postponed: 6,
  delegated: 7,
  withdrawn: 8,
  carriedOver: 9,
  newlyAccepted: 10,
  totalAccepted: 11,
};
/** Slots 0–2 are the closed statuses (X1, X2, X): a slot ≤ COMPLETED is a closed case. */
export const COMPLETED = 2;
export const IN_PROGRESS = 3;
export const CARRIED = 9;
export const NEW = 10;
export const TOTAL = 11;
