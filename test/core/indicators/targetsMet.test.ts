import { describe, expect, it } from 'vitest';
import { countTargetsMet } from '../../../src/core/indicators/targetsMet';

describe('countTargetsMet — "đạt 1/4 chỉ tiêu"', () => {
  it('counts the targets reached among those given; one not computable counts as not met', () => {
    expect(countTargetsMet([true, null, false])).toEqual({ met: 1, set: 3 });
    expect(countTargetsMet([true, true])).toEqual({ met: 2, set: 2 });
    expect(countTargetsMet([])).toEqual({ met: 0, set: 0 });
  });
});
