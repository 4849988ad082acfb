import { describe, expect, it } from 'vitest';
import { shownRate } from '../../../src/core/indicators/shownRate';
import { formatPercent } from '../../../src/core/numbers/formatPercent';

describe('shownRate — the rate as the report shows it', () => {
  it('rounds half up to two decimals of a percent', () => {
    expect(shownRate(19999 / 25000)).toBe(0.8); // 79,996% shows 80,00%
    expect(shownRate(0.848846)).toBe(0.8488);
    expect(shownRate(0.84885)).toBe(0.8489);
    expect(shownRate(0.848849)).toBe(0.8488);
  });

  it('is the value formatPercent writes, for any rate', () => {
    for (const r of [0.848846, 0.84885, 0.79996, 0.071250, 1.3, 0, 0.00005, 0.99995]) {
      expect(formatPercent(shownRate(r), 2)).toBe(formatPercent(r, 2));
    }
  });

  it('keeps other precisions when asked, and a value with no fourth decimal as it is', () => {
    expect(shownRate(0.9168, 0)).toBe(0.92);
    expect(shownRate(Number.MAX_VALUE / 5)).toBe(Number.MAX_VALUE / 5);
  });
});
