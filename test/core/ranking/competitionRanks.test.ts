import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { competitionRanks } from '../../../src/core/ranking/competitionRanks';
import { rankText } from '../../../src/core/ranking/rankText';

/** A competition ranking by definition: rank = 1 + how many are strictly better. */
function byDefinition(values: (number | null)[], tiebreak?: (number | null)[]): (number | null)[] {
  const key = (i: number) => [values[i]!, tiebreak ? tiebreak[i] ?? -Infinity : 0] as const;
  return values.map((v, i) => {
    if (v === null) return null;
    const [a, b] = key(i);
    let better = 0;
    values.forEach((w, j) => {
      if (w === null) return;
      const [c, d] = key(j);
      if (c > a || (c === a && d > b)) better++;
    });
    return 1 + better;
  });
}

describe('competitionRanks: 1, 2, 2, 4, best first', () => {
  it('shares a rank between equal values and skips the next ones', () => {
    expect(competitionRanks([0.9, 0.8, 0.8, 0.7])).toEqual([1, 2, 2, 4]);
    expect(competitionRanks([0.7, 0.9, 0.8, 0.8])).toEqual([4, 1, 2, 2]);
  });

  it('leaves blank values unranked and does not count them', () => {
    expect(competitionRanks([0.9, null, 0.7])).toEqual([1, null, 2]);
  });

  it('breaks ties by the tiebreak, highest first; equal on both still share', () => {
    expect(competitionRanks([0.8, 0.8, 0.8, 0.9], [0.3, 0.5, 0.3, 0.1])).toEqual([3, 2, 3, 1]);
  });

  it('compares values and tiebreaks as shown: 84,881% and 84,879% tie, the tiền rate decides', () => {
    expect(competitionRanks([0.84881, 0.84879], [0.41, 0.42])).toEqual([2, 1]);
    // Tiền rates both shown 41,42%: equal on both, one rank shared.
    expect(competitionRanks([0.84881, 0.84879, 0.9], [0.414201, 0.414249, 0])).toEqual([2, 2, 1]);
    expect(competitionRanks([0.84881, 0.84879])).toEqual([1, 1]);
  });

  it('writes "5/15"', () => {
    expect(rankText(5, 15)).toBe('5/15');
    expect(rankText(null, 15)).toBe('');
  });

  it('property: ranks are a valid competition ranking of the values', () => {
    const value = fc.option(fc.integer({ min: 0, max: 20 }).map((k) => k / 20), { nil: null });
    fc.assert(
      fc.property(fc.array(value, { maxLength: 60 }), (values) => {
        expect(competitionRanks(values)).toEqual(byDefinition(values));
      }),
    );
  });

  it('property: with a tiebreak, too', () => {
    const pair = fc.tuple(
      fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }),
      fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }),
    );
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 40 }), (pairs) => {
        const values = pairs.map((p) => p[0]);
        const tiebreak = pairs.map((p) => p[1]);
        expect(competitionRanks(values, tiebreak)).toEqual(byDefinition(values, tiebreak));
      }),
    );
  });
});
