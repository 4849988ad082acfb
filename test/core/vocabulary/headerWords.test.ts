import { describe, expect, it } from 'vitest';
import { headerConcept } from '../../../src/core/table/headerConcept';
import { HEADER_WORDS, isHeaderWord, type HeaderWord } from '../../../src/core/vocabulary/headerWords';
import { QUANTITIES } from '../../../src/core/vocabulary/quantities';

describe('HEADER_WORDS', () => {
  it('are the phrases by which the header reader decides, each for its own concept', () => {
    // Pins the precedence list against the vocabulary: a phrase taken by an earlier concept would fail here.
    for (const [concept, phrases] of Object.entries(HEADER_WORDS) as [HeaderWord, readonly string[]][]) {
      for (const phrase of phrases) {
        const read = headerConcept(phrase)?.concept;
        expect(read, `"${phrase}"`).toBe(concept);
      }
    }
  });
});

describe('isHeaderWord', () => {
  it('tells the other header words from the quantities', () => {
    expect(isHeaderWord('rate')).toBe(true);
    expect(isHeaderWord('generic')).toBe(true);
    for (const q of QUANTITIES) expect(isHeaderWord(q.key), q.key).toBe(false);
    expect(isHeaderWord('toString')).toBe(false);
  });
});
