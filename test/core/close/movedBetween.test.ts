import { describe, expect, it } from 'vitest';
import { movedBetween } from '../../../src/core/close/movedBetween';
import type { UnitRecord } from '../../../src/core/types';

const unit = (label: string, completed: number, kind: UnitRecord['kind'] = 'unit'): UnitRecord => ({ label, row: 0, kind, ranked: true, viec: { enforceable: 100, completed }, tien: {} });
const completedOf = (records: readonly UnitRecord[]) => new Map(records.map((u) => [u, u.viec.completed ?? null] as const));

describe('movedBetween', () => {
  it('names the units whose value differs, partners matched by name whatever the row order', () => {
    const closed = [unit('Chi cục A', 90), unit('Chi cục B', 80)];
    const current = [unit('Chi cục B', 95), unit('Chi cục A', 90)];
    expect(movedBetween(closed, current, completedOf)).toEqual([{ unit: 'Chi cục B', closed: 80, now: 95 }]);
  });

  it('leaves out totals rows and units with no partner (those are listed as added or gone elsewhere)', () => {
    const closed = [unit('Tổng cộng', 170, 'total'), unit('Chi cục A', 90)];
    const current = [unit('Tổng cộng', 175, 'total'), unit('Chi cục A', 90), unit('Chi cục C', 10)];
    expect(movedBetween(closed, current, completedOf)).toEqual([]);
  });

  it('a value lost on one side is a move to null', () => {
    const closed = [unit('Chi cục A', 90)];
    const current = [unit('Chi cục A', 90)];
    expect(movedBetween(closed, current, (records) => new Map(records === closed ? [[closed[0]!, 'A']] : []))).toEqual([{ unit: 'Chi cục A', closed: 'A', now: null }]);
  });
});
