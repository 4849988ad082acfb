/**
 * The table reader on bad input (issue 6, item 1): whatever grid it is given — random cells, empty,
 * jagged, a real table with broken cells, a 100,000-row column — it answers either a table whose
 * figures are all finite, or `{ ok: false, message }` with a Vietnamese message. It never throws,
 * and never lets NaN, Infinity or undefined into a figure.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectTable } from '../../src/core/read/detectTable';
import { summarizeTable } from '../../src/core/summary/summarizeTable';
import type { ExplicitMapping } from '../../src/core/table/types';
import type { Grid, QuantityKey } from '../../src/core/types';
import type { IndicatorOptions } from '../../src/core/indicators/types';
import { anyGrid, cellValue, corruptedTable, tableGrid, validTable } from './badValues';
import { messageProblem } from './vietnameseMessage';

const options: IndicatorOptions = {
  regime: 'B',
  period: { year: 2020, month: 12 },
  targetMode: 'fullYear',
  shareBase: 'mustEnforce',
  rankBy: { kind: 'viec' },
};
const targets = () => ({ viec: 0.8, tien: 0.38 });

/** Paths of every number in `value` that is not finite, and of every undefined where a value is expected. */
function badNumbers(value: unknown, path = '$', out: string[] = []): string[] {
  if (typeof value === 'number' && !Number.isFinite(value)) out.push(`${path} = ${value}`);
  else if (Array.isArray(value)) value.forEach((v, i) => badNumbers(v, `${path}[${i}]`, out));
  else if (value !== null && typeof value === 'object' && Object.prototype.toString.call(value) !== '[object Date]') {
    for (const [k, v] of Object.entries(value)) {
      if (v === undefined) continue; // optional fields absent are fine; they never reach a cell as such
      badNumbers(v, `${path}.${k}`, out);
    }
  }
  return out;
}

/** Everything wrong with a detection result; [] when it is an acceptable answer. */
function detectionProblems(grid: Grid, result: ReturnType<typeof detectTable>): string[] {
  if (!result.ok) {
    const p = messageProblem(result.message);
    return p ? [p] : [];
  }
  const t = result.table;
  const problems = badNumbers(t);
  if (!(t.firstDataRow <= t.lastDataRow + 1 && t.lastDataRow < grid.length)) problems.push(`data rows ${t.firstDataRow}..${t.lastDataRow} outside the grid`);
  if (!(t.confidence >= 0 && t.confidence <= 1)) problems.push(`confidence ${t.confidence}`);
  for (const u of t.units) {
    if (typeof u.label !== 'string') problems.push(`label ${String(u.label)} of row ${u.row}`);
    if (!(u.row >= 0 && u.row < grid.length)) problems.push(`unit row ${u.row} outside the grid`);
  }
  for (const w of t.warnings) {
    const p = messageProblem(w);
    if (p) problems.push(`warning: ${p}`);
  }
  return problems;
}

function summaryProblems(result: ReturnType<typeof summarizeTable>): string[] {
  if (!result.ok) {
    const p = messageProblem(result.message);
    return p ? [p] : [];
  }
  const problems = badNumbers(result.indicators).concat(badNumbers(result.findings));
  for (const f of result.findings) {
    const p = messageProblem(f.message);
    if (p) problems.push(`finding ${f.rule}: ${p}`);
  }
  return problems;
}

describe('the corpus reaches the reader’s inner paths', () => {
  it('starts from a table the reader detects: two units and a totals row (worked out from the grid by hand)', () => {
    const result = detectTable(validTable());
    expect(result.ok, result.ok ? '' : result.message).toBe(true);
    if (!result.ok) return;
    expect(result.table.units.map((u) => [u.label, u.kind])).toEqual([
      ['Chi cục THADS huyện A', 'unit'],
      ['Chi cục THADS huyện B', 'unit'],
      ['Tổng cộng', 'total'],
    ]);
    expect(result.table.units[0]!.viec.enforceable).toBe(4029);
  });
});

describe('detectTable on bad input', () => {
  it('answers a finite table or a Vietnamese message for random, empty and jagged grids', () => {
    fc.assert(
      fc.property(anyGrid, (grid) => {
        expect(detectionProblems(grid, detectTable(grid))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('answers a finite table or a Vietnamese message when cells of a real table are broken', () => {
    fc.assert(
      fc.property(corruptedTable, (grid) => {
        expect(detectionProblems(grid, detectTable(grid))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('never lets a broken cell become a figure: a quantity the reader keeps is a finite number', () => {
    fc.assert(
      fc.property(corruptedTable, (grid) => {
        const result = detectTable(grid);
        if (!result.ok) return;
        for (const u of result.table.units) {
          for (const set of [u.viec, u.tien]) {
            for (const [key, v] of Object.entries(set) as [QuantityKey, number | undefined][]) {
              expect(typeof v === 'number' && Number.isFinite(v), `${u.label} ${key} = ${String(v)}`).toBe(true);
            }
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('answers a finite table or a Vietnamese message for any explicit mapping, even one pointing outside the grid', () => {
    const role = fc.oneof(
      fc.constant({ kind: 'label' as const }),
      fc.record({ kind: fc.constant('quantity' as const), measure: fc.constantFrom('viec' as const, 'tien' as const), key: fc.constantFrom<QuantityKey>('enforceable', 'completed', 'fullyEnforced', 'terminated', 'mustEnforce', 'notEnforceable', 'postponed') }),
      fc.constant({ kind: 'officers' as const }),
      fc.constant({ kind: 'ignored' as const }),
    );
    const mapping: fc.Arbitrary<ExplicitMapping> = fc.record(
      {
        headerEnd: fc.integer({ min: 0, max: 40 }),
        labelColumn: fc.integer({ min: 0, max: 40 }),
        columns: fc.array(fc.record({ column: fc.integer({ min: 0, max: 40 }), role }), { maxLength: 8 }),
        moneyUnit: fc.constantFrom('dong' as const, 'nghin' as const, 'trieu' as const, 'ty' as const),
      },
      { requiredKeys: ['labelColumn', 'columns'] },
    );
    fc.assert(
      fc.property(tableGrid, mapping, (grid, m) => {
        expect(detectionProblems(grid, detectTable(grid, { mapping: m }))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('reads a 1×1 range and a 100,000×1 range of bad values without throwing', () => {
    const samples = fc.sample(cellValue, { numRuns: 100_000, seed: 6 });
    for (const grid of [[[samples[0]]], samples.map((v) => [v])] as Grid[]) {
      expect(detectionProblems(grid, detectTable(grid))).toEqual([]);
    }
  });
});

describe('summarizeTable on bad input', () => {
  it('answers finite indicators and Vietnamese findings, or a Vietnamese message', () => {
    fc.assert(
      fc.property(tableGrid, (grid) => {
        expect(summaryProblems(summarizeTable(grid, { targets, options }))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps its figures finite and its findings readable when Đ is too small to divide by (5e-324, beside a typed rate)', () => {
    const grid = validTable();
    grid[4]![3] = 5e-324;
    expect(summaryProblems(summarizeTable(grid, { targets, options }))).toEqual([]);
  });

  it('computes the untouched table: rate of huyện A = 3.420 / 4.029 = 84,88% (domain §5)', () => {
    const result = summarizeTable(validTable(), { targets, options });
    expect(result.ok, result.ok ? '' : result.message).toBe(true);
    if (!result.ok) return;
    expect(result.indicators[0]!.viec.rate).toBeCloseTo(3420 / 4029, 9);
  });
});
