import { describe, expect, it } from 'vitest';
import { rankText } from '../../../src/core/ranking/rankText';

describe('rankText — "xếp hạng 5/15"', () => {
  it('writes the rank among the ranked units, blank when unranked', () => {
    expect(rankText(5, 15)).toBe('5/15');
    expect(rankText(null, 15)).toBe('');
    expect(rankText(1, null)).toBe('');
  });
});
