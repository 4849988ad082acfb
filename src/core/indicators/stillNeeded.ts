import { targetMet } from './targetGap';

/** The target cannot be reached with today's Đ: even all of the remaining Đ − X would not do. */
export interface TargetOutOfReach {
  kind: 'outOfReach';
  /** Đ − X: what is left to resolve (còn lại chưa giải quyết), 0 when X ≥ Đ. */
  remaining: number;
}

/**
 * Còn phải giải quyết thêm bao nhiêu để đạt chỉ tiêu cả năm (what is still needed): the smallest
 * amount N, a whole multiple of `step`, for which the rate (X + N) / Đ, as the report shows it,
 * reaches the target — the rule of targetMet, so "the figure shown decides": 79,996% shows 80,00%
 * and meets 80%. Today's Đ is kept fixed.
 *
 * - việc: `step` 1, N is a whole number of cases.
 * - tiền: `step` is the precision the amount will be shown at, in the unit of X and Đ (e.g.
 *   10.000.000 for amounts in đồng written "1,23 tỷ đồng"): N is rounded up to it, so the amount the
 *   report writes is itself enough. N never exceeds Đ − X: when the rounded-up amount would, Đ − X
 *   itself (resolve everything left) is returned.
 *
 * Null when already met, or without a target or a positive Đ (no rate). When even N = Đ − X does
 * not reach the target (a target above 100%), returns a TargetOutOfReach for the caller to word.
 *
 * @example stillNeeded(3000, 4029, 0.8) // 223 (3.223 / 4.029 = 79,995…% shows 80,00%; 222 shows 79,97%)
 * @example stillNeeded(3420, 4029, 0.8) // null (84,88%: đạt)
 * @example stillNeeded(180.7e9, 310.1e9, 0.6, 1e7) // 5350000000 (5,35 tỷ đồng: 186,05 / 310,1 shows 60,00%; 5,34 tỷ shows 59,99%)
 * @example stillNeeded(90, 100, 1.2) // { kind: 'outOfReach', remaining: 10 }
 */
export function stillNeeded(
  completed: number | null,
  enforceable: number | null,
  target: number | null,
  step = 1,
): number | null | TargetOutOfReach {
  if (completed === null || enforceable === null || target === null || !(enforceable > 0)) return null;
  const reaches = (amount: number): boolean => targetMet((completed + amount) / enforceable, target) === true;
  if (reaches(0)) return null;
  const remaining = Math.max(0, enforceable - completed);
  if (!reaches(remaining)) return { kind: 'outOfReach', remaining };
  // A first guess from the lowest rate shown at the target (half a unit of the last shown digit
  // below it), then corrected on the shown rate itself, so that float noise cannot move the answer.
  // The guess is off by float noise only, so a few corrections suffice; they are bounded because
  // beyond 2^53 a step no longer changes the number (steps − 1 === steps) and a loop would not end.
  const lowestShown = target - 0.00005;
  let steps = Math.max(0, Math.ceil((lowestShown * enforceable - completed) / step));
  for (let i = 0; i < MAX_CORRECTIONS && steps > 0 && reaches(amountOf(steps - 1, step)); i++) steps--;
  for (let i = 0; i < MAX_CORRECTIONS && !reaches(amountOf(steps, step)); i++) steps++;
  const amount = amountOf(steps, step);
  return amount < remaining && reaches(amount) ? amount : remaining;
}

const MAX_CORRECTIONS = 4;

/** `steps` × `step`, cleaned of float noise (7 × 0,01 is 0,07, not 0,07000000000000001). */
function amountOf(steps: number, step: number): number {
  return Number.isInteger(step) ? steps * step : Number((steps * step).toPrecision(15));
}
