import { describe, expect, it } from 'vitest';
import { headerConcept } from '../../../src/core/table/headerConcept';
import { QUANTITIES, quantityName, quantityTerm } from '../../../src/core/vocabulary/quantities';

describe('QUANTITIES', () => {
  it('names each quantity of domain §3 once, with a distinct symbol where it has one', () => {
    const keys = QUANTITIES.map((q) => q.key);
    expect(new Set(keys).size).toBe(17);
    const symbols = QUANTITIES.map((q) => q.symbol).filter((s) => s !== null);
    expect(symbols).toEqual(['C', 'F', 'M', 'T', 'U', 'R', 'P', 'Đ', 'K', 'H', 'X1', 'X2', 'X', 'S', 'S_Đ']);
    for (const q of QUANTITIES) {
      expect(q.vi, q.key).toBe(q.vi.toLowerCase());
      expect(q.en, q.key).not.toBe('');
    }
  });

  it('gives header words each of which the header reader takes for that quantity', () => {
    for (const q of QUANTITIES) {
      for (const phrase of q.phrases) {
        // Pins the precedence list against the vocabulary: a phrase taken by an earlier concept would fail here.
        expect(headerConcept(phrase)?.concept, `"${phrase}"`).toBe(q.key);
      }
    }
  });
});

describe('quantityTerm', () => {
  it('finds the term of a key', () => {
    expect(quantityTerm('enforceable')).toMatchObject({ symbol: 'Đ', vi: 'có điều kiện thi hành', en: 'Enforceable' });
    expect(quantityTerm('inProgress').symbol).toBeNull();
  });
});

describe('quantityName', () => {
  it('names a quantity with its symbol, in full or short', () => {
    expect(quantityName('fullyEnforced')).toBe('thi hành xong (X1)');
    expect(quantityName('enforceable')).toBe('có điều kiện thi hành (Đ)');
    expect(quantityName('enforceable', 'short')).toBe('có điều kiện (Đ)');
    expect(quantityName('carriedOver', 'short')).toBe('số cũ (C)');
    expect(quantityName('other')).toBe('trường hợp khác');
  });
});
