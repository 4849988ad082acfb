import { describe, expect, it } from 'vitest';
import { isWithheld } from '../../../src/core/indicators/isWithheld';
import { mergeRecords } from '../../../src/core/summary/mergeRecords';
import type { UnitRecord } from '../../../src/core/types';

function record(label: string, viec: UnitRecord['viec'], extra: Partial<UnitRecord> = {}): UnitRecord {
  return { label, row: 3, kind: 'unit', ranked: true, viec, tien: {}, ...extra };
}

describe('mergeRecords — last year’s units merged into one of this year’s, summed', () => {
  it('sums each part completed through the identities (one gives Đ, the other P and K)', () => {
    const m = mergeRecords([record('Chi cục A', { enforceable: 100, fullyEnforced: 70, terminated: 10 }), record('Chi cục B', { mustEnforce: 80, notEnforceable: 30, completed: 20 })], 'A');
    expect(m.label).toBe('Chi cục A + Chi cục B');
    expect(m.kind).toBe('unit');
    expect(m.viec.enforceable).toBe(100 + 50);
    expect(m.viec.completed).toBe(80 + 20);
  });

  it('derives each part under the regime given: H inside Đ under A, outside under B', () => {
    const parts = [record('A', { mustEnforce: 100, notEnforceable: 20, postponed: 10, completed: 50 }), record('B', { enforceable: 40, completed: 30 })];
    expect(mergeRecords(parts, 'A').viec.enforceable).toBe(80 + 40);
    expect(mergeRecords(parts, 'B').viec.enforceable).toBe(70 + 40);
  });

  it('leaves out a quantity one part lacks rather than give a short sum', () => {
    const m = mergeRecords([record('A', { enforceable: 100, completed: 80 }), record('B', { completed: 30 })], 'B');
    expect(m.viec.enforceable).toBeUndefined();
    expect(m.viec.completed).toBe(110);
  });

  it('keeps a part’s unusable cells: the merged measure is withheld as the part’s is', () => {
    const problem = { kind: 'unreadable' as const, measure: 'tien' as const, key: 'completed' as const, row: 4, column: 5, value: '"#N/A"', reason: 'ô báo lỗi' };
    const m = mergeRecords([record('A', { enforceable: 1, completed: 1 }), record('B', { enforceable: 1, completed: 1 }, { problems: [problem] })], 'B');
    expect(isWithheld(m, 'tien')).toBe(true);
    expect(isWithheld(m, 'viec')).toBe(false);
  });

  it('sums officers only when every part has them', () => {
    expect(mergeRecords([record('A', {}, { officers: 3 }), record('B', {}, { officers: 4 })], 'B').officers).toBe(7);
    expect(mergeRecords([record('A', {}, { officers: 3 }), record('B', {})], 'B').officers).toBeUndefined();
  });
});
