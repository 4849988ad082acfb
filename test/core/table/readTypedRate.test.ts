import { describe, expect, it } from 'vitest';
import { readTypedRate } from '../../../src/core/table/readTypedRate';

describe('readTypedRate', () => {
  it('reads a rate as forms type it: fraction, "54,75%", 54,75 in a "(%)" column, "54,75"', () => {
    for (const v of [0.5475, '54,75%', 54.75, '54,75', '0,5475']) expect(readTypedRate(v), String(v)).toEqual({ ok: true, value: expect.closeTo(0.5475, 12) });
  });
  it('keeps a fraction up to 1,5 (a broken row above 100%) and refuses what cannot be a rate', () => {
    expect(readTypedRate(1.2)).toEqual({ ok: true, value: 1.2 });
    expect(readTypedRate(5475).ok).toBe(false);
    expect(readTypedRate(-0.5).ok).toBe(false);
    expect(readTypedRate('abc').ok).toBe(false);
    expect(readTypedRate('')).toEqual({ ok: true, value: null });
  });
});
