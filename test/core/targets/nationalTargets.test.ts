import { describe, expect, it } from 'vitest';
import { nationalTargets } from '../../../src/core/targets/nationalTargets';

describe('national default targets (domain §6)', () => {
  it('knows the published years', () => {
    expect(nationalTargets(2020)).toEqual({ viec: 0.8, tien: 0.38 });
    expect(nationalTargets(2023)).toEqual({ viec: 0.825, tien: 0.455 });
    expect(nationalTargets(2025)).toEqual({ viec: 0.839, tien: 0.519 });
  });

  it('leaves 2019 tiền and unknown years unknown: never a guess', () => {
    expect(nationalTargets(2019)).toEqual({ viec: 0.73 });
    expect(nationalTargets(2021)).toBeUndefined();
    expect(nationalTargets(2018)).toBeUndefined();
  });

  it('returns a copy the caller may edit', () => {
    const t = nationalTargets(2020)!;
    t.viec = 0.5;
    expect(nationalTargets(2020)!.viec).toBe(0.8);
  });
});
