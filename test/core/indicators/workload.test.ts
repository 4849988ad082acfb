import { describe, expect, it } from 'vitest';
import { perOfficer } from '../../../src/core/indicators/workload';

describe('perOfficer — bình quân mỗi chấp hành viên', () => {
  it('divides a quantity by the officers', () => {
    expect(perOfficer(923541, 4275)).toBeCloseTo(216.03, 2);
  });

  it('is null without officers', () => {
    expect(perOfficer(100, undefined)).toBeNull();
    expect(perOfficer(100, 0)).toBeNull();
  });
});
