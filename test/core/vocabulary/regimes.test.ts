import { describe, expect, it } from 'vitest';
import { REGIMES } from '../../../src/core/vocabulary/regimes';

describe('REGIMES: the two classification regimes in words (domain §3)', () => {
  it('puts postponed cases inside Đ under A and outside under B, with the matching identity of P', () => {
    expect(REGIMES.A.postponed).toBe('nằm trong số có điều kiện');
    expect(REGIMES.B.postponed).toBe('ngoài số có điều kiện');
    expect(REGIMES.A.identity).toBe('P = Đ + K');
    expect(REGIMES.B.identity).toBe('P = Đ + K + H');
    expect(Object.keys(REGIMES).sort()).toEqual(['A', 'B']);
  });
});
