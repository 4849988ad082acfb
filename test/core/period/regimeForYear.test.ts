import { describe, expect, it } from 'vitest';
import { regimeForYear } from '../../../src/core/period/regimeForYear';

describe('regimeForYear — the default classification regime of a statistical year', () => {
  it('A up to 2019, B from 2020 (2020 is a documented guess the user can override)', () => {
    expect(regimeForYear(2016)).toBe('A');
    expect(regimeForYear(2019)).toBe('A');
    expect(regimeForYear(2020)).toBe('B');
    expect(regimeForYear(2024)).toBe('B');
  });
});
