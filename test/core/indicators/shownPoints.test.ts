import { describe, expect, it } from 'vitest';
import { shownPoints } from '../../../src/core/indicators/shownPoints';

describe('shownPoints — the difference of two rates as shown', () => {
  it('subtracts the shown rates, on the grid of shown values', () => {
    expect(shownPoints(0.848846, 0.8)).toBe(0.0488);
    expect(shownPoints(0.8141, 0.7859)).toBe(0.0282);
    expect(shownPoints(0.859, 0.84, 1)).toBe(0.019); // "1,9%" in a one-decimal report
  });

  it('is +0 when both show the same, never −0', () => {
    expect(Object.is(shownPoints(19999 / 25000, 0.8), 0)).toBe(true);
    expect(Object.is(shownPoints(0.8, 19999 / 25000), 0)).toBe(true);
  });

  it('stays finite for a rate far beyond any shown digit', () => {
    expect(Number.isFinite(shownPoints(Number.MAX_VALUE / 5, 0.8))).toBe(true);
  });
});
