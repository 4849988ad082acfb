import { describe, expect, it } from 'vitest';
import { CARRIED, COMPLETED, IN_PROGRESS, NEW, SLOT, SLOTS, TOTAL } from '../../../src/core/register/slots';

describe('slots: the running counts of one register group', () => {
  it('gives each slot its own index, the one SLOTS lists it at', () => {
    expect(SLOTS.map((s) => SLOT[s])).toEqual(SLOTS.map((_, i) => i));
    expect(Object.keys(SLOT).sort()).toEqual([...SLOTS].sort());
  });

  it('keeps the closed statuses (X1, X2, X) first, so that a slot ≤ COMPLETED is a closed case', () => {
    const closed = SLOTS.filter((s) => SLOT[s] <= COMPLETED);
    expect(closed.sort()).toEqual(['completed', 'fullyEnforced', 'terminated']);
  });

  it('names the slots the aggregation adds into by their quantity', () => {
    expect([IN_PROGRESS, CARRIED, NEW, TOTAL]).toEqual([SLOT.inProgress, SLOT.carriedOver, SLOT.newlyAccepted, SLOT.totalAccepted]);
  });
});
