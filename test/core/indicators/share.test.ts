import { describe, expect, it } from 'vitest';
import { share } from '../../../src/core/indicators/share';

describe('share — tỷ trọng of a part over a base', () => {
  it('divides the part by the base ("3.366 of 3.725 chiếm tỷ lệ 90%")', () => {
    expect(share(3366, 3725)).toBeCloseTo(0.9036, 4);
  });

  it('is null over a zero base', () => {
    expect(share(5, 0)).toBeNull();
  });
});
