/**
 * Where the report's targets come from, and how its "Chỉ tiêu:" line says it: the year's national
 * targets are a choice of their own, named as the default they are.
 */
import { describe, expect, it } from 'vitest';
import { isThadsError } from '../../../src/core/errors';
import { NATIONAL_TARGETS } from '../../../src/core/targets/nationalTargets';
import type { UnitRecord } from '../../../src/core/types';
import { targetsFor } from '../../../src/server/report/targetsFor';
import { MemoryPort } from '../memoryPort';

const anyUnit = { label: 'Chi cục THADS huyện A' } as UnitRecord;

describe('targetsFor', () => {
  it('gives every unit the year’s national targets and says “chỉ tiêu toàn ngành (mặc định)”', () => {
    const s = targetsFor(new MemoryPort(), { kind: 'national' }, 2020);
    expect(s.targets(anyUnit)).toEqual(NATIONAL_TARGETS[2020]);
    expect(s.description).toBe('chỉ tiêu toàn ngành (mặc định) năm 2020: 80,00% (việc), 38,00% (tiền) cho mọi đơn vị');
  });

  it('takes the national targets of the report’s year (2024: 83,25% / 46,45%)', () => {
    const s = targetsFor(new MemoryPort(), { kind: 'national' }, 2024);
    expect(s.targets(anyUnit)).toEqual({ viec: 0.8325, tien: 0.4645 });
    expect(s.description).toContain('năm 2024: 83,25% (việc), 46,45% (tiền)');
  });

  it('refuses a year whose national targets are not known, never guessing them', () => {
    let message = '';
    try {
      targetsFor(new MemoryPort(), { kind: 'national' }, 2021);
    } catch (e) {
      if (!isThadsError(e)) throw e;
      message = e.message;
    }
    expect(message).toMatch(/^Chưa có chỉ tiêu toàn ngành của năm 2021/);
  });

  it('says one typed value as before, without “mặc định”', () => {
    const s = targetsFor(new MemoryPort(), { kind: 'uniform', viec: 0.8, tien: null, backlogReduction: 0.05 }, 2020);
    expect(s.description).toBe('80,00% (việc), giảm án tồn 5,00% cho mọi đơn vị');
  });
});
