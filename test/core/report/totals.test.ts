import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultIndicatorOptions } from '../../../src/core/indicators/defaultOptions';
import type { MeasureIndicators } from '../../../src/core/indicators/types';
import { isWithheld } from '../../../src/core/indicators/isWithheld';
import { previousWhole, sharedTargets, totalsLabel, totalsOf, withheldUnits } from '../../../src/core/report/totals';
import { summarizeTable } from '../../../src/core/summary/summarizeTable';
import type { Measure, UnitRecord } from '../../../src/core/types';
import type { FixtureExpectation } from '../../fixtures/expected';
import { totalsOf as groundTruth } from '../../fixtures/generate/summarize';
import { FIXTURES, readFixture } from '../table/readFixture';

const options = defaultIndicatorOptions({ year: 2020, month: 12 });

function record(label: string, viec: UnitRecord['viec'], extra: Partial<UnitRecord> = {}): UnitRecord {
  return { label, row: 0, kind: 'unit', ranked: true, viec, tien: {}, ...extra };
}

describe('totalsOf sums the units’ records', () => {
  it('sums each unit’s quantities completed through the identities: X = X1 + X2, S = P − X per unit', () => {
    const t = totalsOf(
      [record('A', { mustEnforce: 100, enforceable: 80, fullyEnforced: 50, terminated: 10 }), record('B', { mustEnforce: 50, enforceable: 40, completed: 30 })],
      {},
      options,
    );
    expect(t.viec).toMatchObject({ mustEnforce: 150, enforceable: 120, completed: 90, backlog: 60, enforceableBacklog: 30, rate: 90 / 120 });
  });

  it('leaves out the sheet’s own totals rows, and a figure one unit lacks does not hide the others’', () => {
    const t = totalsOf(
      [record('A', { enforceable: 80, completed: 60 }, { officers: 4 }), record('B', { completed: 30 }), record('Tổng cộng', { enforceable: 1, completed: 1 }, { kind: 'total' })],
      {},
      options,
    );
    expect(t.viec.enforceable).toBe(80);
    expect(t.viec.completed).toBe(90);
    expect(t.officers).toBe(4);
    expect(t.label).toBe('Tổng cộng');
  });

  it('leaves a withheld unit’s measure out, says whom it misses in its label, and has no target for that measure', () => {
    const bad = { kind: 'unreadable' as const, key: 'completed' as const, row: 2, column: 2, value: '"#N/A"', reason: 'ô báo lỗi "#N/A"' };
    const records = [
      record('A', { enforceable: 100, completed: 80 }, { tien: { enforceable: 10, completed: 5 } }),
      record('B', { enforceable: 100 }, { tien: { enforceable: 10, completed: 4 }, problems: [{ ...bad, measure: 'viec' }] }),
      record('C', { enforceable: 50 }, { problems: [{ ...bad, measure: 'viec' }, { ...bad, measure: 'tien' }] }),
    ];
    const t = totalsOf(records, { viec: 0.8, tien: 0.3 }, options);
    expect(t.label).toBe('Tổng các đơn vị hợp lệ (thiếu: B (về việc), C)');
    expect(t.viec).toMatchObject({ enforceable: 100, completed: 80, rate: 0.8, target: null, gap: null, met: null });
    expect(t.tien).toMatchObject({ enforceable: 20, completed: 9, target: null });
    expect(withheldUnits(records)).toEqual([{ label: 'B', measures: ['viec'] }, { label: 'C', measures: ['viec', 'tien'] }]);
    expect(totalsLabel([])).toBe('Tổng cộng');
  });

  it('takes a target for the whole only when every unit shares it', () => {
    const target = (viec: number | null, tien: number | null) => ({ viec: { target: viec } as MeasureIndicators, tien: { target: tien } as MeasureIndicators });
    expect(sharedTargets([target(0.8, 0.38), target(0.8, null)])).toEqual({ viec: 0.8 });
    expect(sharedTargets([target(0.8, null), target(0.85, null)])).toEqual({});
    expect(sharedTargets([])).toEqual({});
  });
});

const aggregated: FixtureExpectation[] = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.expected.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(resolve(FIXTURES, f), 'utf8')) as FixtureExpectation)
  .filter((f) => f.layout === 'aggregated');

/** The indicator fields of the totals row and the quantity each one sums. */
const FIELDS = [
  ['totalAccepted', 'totalAccepted'],
  ['mustEnforce', 'mustEnforce'],
  ['enforceable', 'enforceable'],
  ['completed', 'completed'],
  ['backlog', 'nextPeriod'],
  ['enforceableBacklog', 'enforceableBacklog'],
] as const;

describe.each(aggregated.flatMap((f) => [...new Set((f.tables ?? []).map((t) => t.sheet))].map((sheet) => [f.file, sheet, f] as const)))(
  'the totals of fixture %s, sheet %s',
  (file, sheet, fixture) => {
    it('equal the fixture’s own sums of its unit rows, and the sums of the units’ indicators', async () => {
      const source = (await readFixture(file)).get(sheet)!;
      const opts = defaultIndicatorOptions(fixture.tables!.find((t) => t.sheet === sheet)!.period ?? fixture.period);
      const summary = summarizeTable(source.grid, { merges: source.merges, targets: () => ({}), options: opts });
      if (!summary.ok) throw new Error(summary.message);
      const totals = totalsOf(summary.table.units, {}, opts);
      const rows = (fixture.tables ?? []).filter((t) => t.sheet === sheet).flatMap((t) => t.rows);
      const units = summary.indicators.filter((u) => u.kind === 'unit');
      for (const m of ['viec', 'tien'] as Measure[]) {
        // A unit withheld in this measure (broken-identities: X > Đ on row 13) is left out of the totals.
        const withheld = new Set(summary.table.units.filter((u) => u.kind === 'unit' && isWithheld(u, m)).map((u) => u.row));
        const truth = groundTruth(rows.filter((r) => !withheld.has(r.row)), m);
        for (const [field, key] of FIELDS) {
          const known = units.map((u) => u[m][field]).filter((v): v is number => v !== null);
          expect(totals[m][field], `${m}.${field}`).toBe(known.length > 0 ? known.reduce((a, b) => a + b, 0) : null);
          if (truth?.[key] !== undefined) expect(totals[m][field], `${m}.${field} against the fixture`).toBe(truth[key]);
        }
      }
    });
  },
);

describe('previousWhole: last year’s whole for the totals row’s change', () => {
  it('sums every unit of last year alike (its own totals row left out), under last year’s regime', () => {
    const now = [record('A', { enforceable: 80, completed: 60 }), record('B', { enforceable: 20, completed: 10 })];
    // Regime A: Đ = P − K (H inside Đ); under B it would be P − K − H.
    const then = [record('A', { mustEnforce: 100, notEnforceable: 30, postponed: 10, completed: 50 }), record('Old', { enforceable: 30, completed: 20 }), record('Tổng cộng', { enforceable: 1, completed: 1 }, { kind: 'total' })];
    const w = previousWhole(now, then, { ...options, previousRegime: 'A' });
    expect(w.unavailable).toEqual({});
    expect(w.record.viec).toMatchObject({ enforceable: 70 + 30, completed: 70 });
    const t = totalsOf(now, {}, { ...options, previousRegime: 'A' }, w.record);
    expect(t.viec.previousRate).toBeCloseTo(0.7, 12);
    expect(t.viec.rateChange).toBeCloseTo(0.7 - 0.7, 12);
    expect(t.viec.completedChange).toBe(0);
    // Under B for both years, H would be left out of last year's Đ.
    expect(previousWhole(now, then, options).record.viec.enforceable).toBe(60 + 30);
  });

  it('has no comparison for a measure withheld this year (the total is not the province’s), and says why', () => {
    const problem = { kind: 'unreadable' as const, measure: 'viec' as const, key: 'completed' as const, row: 1, column: 2, value: '#N/A', reason: 'ô báo lỗi' };
    const now = [record('A', { enforceable: 80, completed: 60 }), record('B', {}, { problems: [problem] })];
    const w = previousWhole(now, [record('A', { enforceable: 80, completed: 50 }), record('B', { enforceable: 20, completed: 10 })], options);
    expect(w.record.viec).toEqual({});
    expect(w.unavailable.viec).toBe('dòng tổng năm nay chỉ gồm các đơn vị hợp lệ (thiếu: B), không phải số liệu toàn tỉnh');
    expect(w.unavailable.tien).toBeUndefined();
    expect(totalsOf(now, {}, options, w.record).viec.rateChange).toBeNull();
  });

  it('has none either when a unit of last year is withheld', () => {
    const problem = { kind: 'negative' as const, measure: 'viec' as const, key: 'enforceable' as const, row: 1, column: 1, value: '-3', reason: 'số âm' };
    const w = previousWhole([record('A', { enforceable: 80, completed: 60 })], [record('A', { enforceable: 80, completed: 50 }, { problems: [problem] })], options);
    expect(w.unavailable.viec).toMatch(/^số liệu năm trước của A có ô không dùng được/);
  });
});
