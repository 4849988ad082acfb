import { describe, expect, it } from 'vitest';
import { joinMeasureUnits } from '../../../src/core/table/joinMeasureUnits';
import type { UnitRecord } from '../../../src/core/types';

const row = (label: string, r: number, viec: UnitRecord['viec'], tien: UnitRecord['tien'], more: Partial<UnitRecord> = {}): UnitRecord => ({ label, row: r, kind: 'unit', ranked: true, viec, tien, ...more });

describe('joinMeasureUnits', () => {
  it('joins by unit identity, not row position, and leaves the given records alone', () => {
    const v = [row('Chi cục THADS huyện A', 2, { enforceable: 10 }, {}), row('Chi cục THADS huyện B', 3, { enforceable: 20 }, {})];
    const t = [row('CHI CỤC THADS HUYỆN B', 3, {}, { enforceable: 2e6 }), row('Chi cuc THADS huyen A', 4, {}, { enforceable: 1e6 })];
    const j = joinMeasureUnits(v, t);
    expect(j.units.map((u) => [u.label, u.viec.enforceable, u.tien.enforceable])).toEqual([
      ['Chi cục THADS huyện A', 10, 1e6],
      ['Chi cục THADS huyện B', 20, 2e6],
    ]);
    expect(j.onlyViec).toEqual([]);
    expect(j.onlyTien).toEqual([]);
    expect(v[0]!.tien).toEqual({});
  });

  it('keeps the tiền cell problems and typed rate of the twin; rows on one side only are returned', () => {
    const problem = { kind: 'negative' as const, measure: 'tien' as const, key: 'completed' as const, row: 5, column: 2, value: '-5', reason: 'số âm' };
    const v = [row('A', 1, { enforceable: 10 }, {}), row('C', 2, { enforceable: 5 }, {})];
    const t = [row('A', 1, {}, { enforceable: 100 }, { problems: [problem], typedRate: { tien: 0.5 } }), row('D', 2, {}, { enforceable: 1 })];
    const j = joinMeasureUnits(v, t);
    expect(j.units[0]!.problems).toEqual([problem]);
    expect(j.units[0]!.typedRate).toEqual({ tien: 0.5 });
    expect(j.onlyViec.map((u) => u.label)).toEqual(['C']);
    expect(j.onlyTien.map((u) => u.label)).toEqual(['D']);
    expect(j.units.map((u) => u.label)).toEqual(['A', 'C', 'D']);
  });

  it('joins a name written twice by occurrence (two "Cộng" rows), not both onto the last', () => {
    const v = [row('Cộng', 1, { enforceable: 1 }, {}, { kind: 'total' }), row('Cộng', 2, { enforceable: 2 }, {}, { kind: 'total' })];
    const t = [row('Cộng', 1, {}, { enforceable: 10 }, { kind: 'total' }), row('Cộng', 2, {}, { enforceable: 20 }, { kind: 'total' })];
    expect(joinMeasureUnits(v, t).units.map((u) => u.tien.enforceable)).toEqual([10, 20]);
  });
});
