import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayBeFigure, readQuantity } from '../../../src/core/table/readQuantity';

describe('readQuantity', () => {
  it('reads numbers, Vietnamese number text and a lone dash as 0', () => {
    expect(readQuantity(12)).toEqual({ ok: true, value: 12 });
    expect(readQuantity('4.555')).toEqual({ ok: true, value: 4555 });
    expect(readQuantity(' – ')).toEqual({ ok: true, value: 0 });
    expect(readQuantity('')).toEqual({ ok: true, value: null });
    expect(readQuantity('Chi cục A').ok).toBe(false);
  });
});

describe('mayBeFigure', () => {
  it('refuses labels and lets number text through', () => {
    expect(mayBeFigure('Chi cục THADS huyện A')).toBe(false);
    expect(mayBeFigure('#N/A')).toBe(false);
    expect(mayBeFigure('4.555')).toBe(true);
    expect(mayBeFigure('-12')).toBe(true);
    expect(mayBeFigure('—')).toBe(true);
  });

  it('never refuses text that readQuantity reads as a figure', () => {
    const chars = fc.constantFrom('0', '1', '9', '.', ',', '-', '−', '+', '–', '—', '%', '#', ' ', 'a', 'đ', 'tỷ', 'e');
    fc.assert(
      fc.property(fc.oneof(fc.array(chars, { minLength: 1, maxLength: 8 }).map((c) => c.join('')), fc.string({ minLength: 1, maxLength: 10 })), (s) => {
        const t = s.trim();
        if (t === '') return;
        const q = readQuantity(s);
        if (q.ok && q.value !== null) expect(mayBeFigure(t)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});
