import { describe, expect, it } from 'vitest';
import type { BlockMapping } from '../../../src/core/table/mapColumns';
import { regimeFromStructure } from '../../../src/core/table/regimeFromStructure';
import type { ColumnMapping, QuantityKey } from '../../../src/core/types';

type Mapped = Extract<BlockMapping, { ok: true }>;
const col = (column: number, key: QuantityKey): ColumnMapping => ({ column, role: { kind: 'quantity', measure: 'viec', key }, header: key, confidence: 1, reasons: [] });
/** Đ in column 1, K in 2, hoãn columns where asked; `inside` are those under "Có điều kiện thi hành". */
const block = (postponed: number[], inside: number[]): Mapped => ({
  ok: true,
  columns: [col(1, 'enforceable'), col(2, 'notEnforceable'), ...postponed.map((c) => col(c, 'postponed'))],
  labelColumn: 0,
  warnings: [],
  measures: ['viec'],
  postponedInsideD: inside,
});

describe('regimeFromStructure — the regime the header structure points to', () => {
  it('is A when hoãn sits only under "Có điều kiện thi hành" (postponed cases are part of Đ)', () => {
    const found = regimeFromStructure([block([3], [3])]);
    expect(found).toMatchObject({ regime: 'A', source: 'structure' });
    expect(found!.reason).toContain('cột D');
    expect(found!.reason).toContain('P = Đ + K');
  });

  it('is B when a hoãn column under Đ stands beside another hoãn column next to Đ and K', () => {
    const found = regimeFromStructure([block([3, 5], [3])]);
    expect(found).toMatchObject({ regime: 'B', source: 'structure' });
    expect(found!.reason).toContain('P = Đ + K + H');
  });

  it('says nothing when no hoãn column sits under Đ: the headers alone do not tell', () => {
    expect(regimeFromStructure([block([5], [])])).toBeNull();
    expect(regimeFromStructure([block([], [])])).toBeNull();
  });
});
