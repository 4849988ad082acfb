import { describe, expect, it } from 'vitest';
import { describeValue, isDate } from '../../../src/core/numbers/describeValue';

describe('describeValue — a cell value quoted in a message as the user sees it', () => {
  it('writes numbers the Vietnamese way and text in quotes', () => {
    expect(describeValue(0.85)).toBe('0,85');
    expect(describeValue(4555)).toBe('4.555');
    expect(describeValue('abc')).toBe('"abc"');
  });

  it('shortens long text, names blanks, booleans, dates and ranges', () => {
    expect(describeValue('x'.repeat(80))).toBe(`"${'x'.repeat(57)}…"`);
    expect(describeValue('')).toBe('""');
    expect(describeValue(null)).toBe('ô trống');
    expect(describeValue(true)).toBe('TRUE');
    expect(describeValue(new Date(2024, 4, 12))).toBe('ngày 12/05/2024');
    expect(describeValue([[1]])).toBe('một vùng');
  });

  it('never shows a non-finite number as a figure', () => {
    expect(describeValue(NaN)).toBe('NaN');
    expect(describeValue(Infinity)).toBe('vô cực');
    expect(describeValue(-Infinity)).toBe('âm vô cực');
  });
});

describe('isDate', () => {
  it('recognises a Date without instanceof (values cross realms in the runtime)', () => {
    expect(isDate(new Date())).toBe(true);
    expect(isDate('12/05/2024')).toBe(false);
    expect(isDate(45000)).toBe(false);
  });
});
