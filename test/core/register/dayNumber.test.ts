import { describe, expect, it } from 'vitest';
import { dayNumber, dayTime } from '../../../src/core/register/dayNumber';

describe('dayNumber', () => {
  it('reads dd/mm/yyyy text and Date values by their calendar fields', () => {
    expect(dayNumber('01/10/2023')).toBe(20231001);
    expect(dayNumber('5-2-2024')).toBe(20240205);
    expect(dayNumber(new Date(2024, 1, 20))).toBe(20240220);
    expect(dayNumber('')).toBeNull();
    expect(dayNumber('hôm qua')).toBeUndefined();
    expect(dayNumber('31/13/2024')).toBeUndefined();
  });
});

describe('dayTime', () => {
  it('gives local-time milliseconds comparable with new Date(y, m, d), text read once per distinct text', () => {
    const memo = new Map<string, number | undefined>();
    expect(dayTime('01/10/2023', memo)).toBe(new Date(2023, 9, 1).getTime());
    expect(memo.get('01/10/2023')).toBe(new Date(2023, 9, 1).getTime());
    expect(dayTime(new Date(2024, 1, 20), memo)).toBe(new Date(2024, 1, 20).getTime());
  });

  it('null for blank, undefined for what is not a date', () => {
    const memo = new Map<string, number | undefined>();
    expect(dayTime('', memo)).toBeNull();
    expect(dayTime('  ', memo)).toBeNull();
    expect(dayTime('hôm qua', memo)).toBeUndefined();
    expect(dayTime(new Date(NaN), memo)).toBeUndefined();
    expect(dayTime({}, memo)).toBeUndefined();
    expect(dayTime(45000, memo)).toBeUndefined();
  });
});
