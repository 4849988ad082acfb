import type { Targets } from '../types';

/**
 * National targets by statistical year (chỉ tiêu toàn ngành, domain §6), as fractions. Only the
 * known years are listed; 2019's tiền target is unknown and left out. Each unit gets its own
 * targets: these are defaults to offer, never to apply silently.
 */
export const NATIONAL_TARGETS: Readonly<Record<number, Targets>> = {
  2019: { viec: 0.73 },
  2020: { viec: 0.8, tien: 0.38 },
  2022: { viec: 0.815, tien: 0.401 },
  2023: { viec: 0.825, tien: 0.455 },
  2024: { viec: 0.8325, tien: 0.4645 },
  2025: { viec: 0.839, tien: 0.519 },
};

/**
 * The national targets of a year, or undefined for a year not known (ask the user; never guess).
 *
 * @example nationalTargets(2020) // { viec: 0.8, tien: 0.38 }
 * @example nationalTargets(2021) // undefined
 */
export function nationalTargets(year: number): Targets | undefined {
  const t = NATIONAL_TARGETS[year];
  return t ? { ...t } : undefined;
}
