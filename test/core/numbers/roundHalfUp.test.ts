import { describe, expect, it } from 'vitest';
import { pow10, roundHalfUp, scaledHalfUp } from '../../../src/core/numbers/roundHalfUp';

describe('roundHalfUp — as Sheets\' ROUND and the reports round', () => {
  it('rounds halves away from zero', () => {
    expect(roundHalfUp(84.885, 2)).toBe(84.89);
    expect(roundHalfUp(-2.5, 0)).toBe(-3);
    expect(roundHalfUp(-0.5, 0)).toBe(-1);
  });

  it('rounds the digits the user sees, not their binary approximation (1,005 → 1,01)', () => {
    expect(roundHalfUp(1.005, 2)).toBe(1.01);
  });
});

describe('scaledHalfUp — the shown digits as a whole number', () => {
  it('scales then rounds, with no negative zero', () => {
    expect(scaledHalfUp(0.848846, 4)).toBe(8488);
    expect(scaledHalfUp(0.071250, 4)).toBe(713);
    expect(Object.is(scaledHalfUp(-0.00001, 2), 0)).toBe(true);
  });
});

describe('pow10', () => {
  it('is exact for display precisions and falls back beyond them', () => {
    expect(pow10(0)).toBe(1);
    expect(pow10(4)).toBe(10000);
    expect(pow10(20)).toBe(1e20);
  });
});
