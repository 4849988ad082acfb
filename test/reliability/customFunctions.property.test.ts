/**
 * Every custom function on bad input (issue 6, item 1), called through the BUILT stubs in the local
 * Apps Script runtime, exactly as Sheets calls them. The registry is iterated, so a function added
 * later is covered without touching this file.
 *
 * Each call either returns values of the documented kind — a cell value or a rectangular 2D array of
 * them, never NaN, Infinity, undefined or null in a cell — or fails with a Vietnamese message that is
 * not a raw JS error. A function declared `errors: 'cell'` reports bad cells in the cells, so a call
 * whose ranges have one shape does not fail as a whole.
 */
import fc from 'fast-check';
import { runInContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { registry } from '../../src/functions/registry';
import type { CellKind, CustomFunctionSpec, ParamSpec } from '../../src/functions/spec';
import type { CellValue, Grid } from '../../src/core/types';
import { anyGrid, cellValue, emptyGrids, hostileTexts, jaggedGrid, optionsGrid, rectangle, tableGrid, vietnameseNumberTexts } from './badValues';
import { intoRealm, runtimeOver, Workbook, type AppsScriptRuntime } from './harness';
import { formattedGarbage, messageProblem, thrownMessage } from './vietnameseMessage';

let runtime: AppsScriptRuntime;
beforeAll(async () => {
  runtime = await runtimeOver(Workbook.empty());
});

/** What went wrong with one value a function returned; null when it is a cell value Sheets can show. */
function cellProblem(v: unknown): string | null {
  if (v === undefined) return 'undefined in a cell';
  if (v === null) return 'null in a cell';
  if (typeof v === 'number') return Number.isFinite(v) ? null : `${v} in a cell`;
  if (typeof v === 'string') {
    // A cell that reports bad input ("Lỗi: dòng 3, cột 1 của vùng …") is a message for the user.
    if (/^Lỗi/.test(v)) return messageProblem(v);
    const garbage = formattedGarbage(v);
    return garbage ? `"${garbage}" in the text "${v.slice(0, 120)}"` : null;
  }
  if (typeof v === 'boolean') return null;
  if (Object.prototype.toString.call(v) === '[object Date]') return Number.isNaN((v as Date).getTime()) ? 'Invalid Date in a cell' : null;
  return `${Object.prototype.toString.call(v)} in a cell`;
}

/** Problems with a whole result: a cell value, or a non-empty rectangular 2D array of them. */
function resultProblems(result: unknown): string[] {
  if (!Array.isArray(result)) {
    const p = cellProblem(result);
    return p ? [p] : [];
  }
  if (result.length === 0) return ['an empty array (Sheets shows an error)'];
  const problems: string[] = [];
  const width = Array.isArray(result[0]) ? result[0].length : -1;
  if (width <= 0) problems.push('rows must be non-empty arrays');
  result.forEach((row, r) => {
    if (!Array.isArray(row) || row.length !== width) {
      problems.push(`row ${r + 1} is ${Array.isArray(row) ? `${row.length} wide, not ${width}` : 'not an array'}`);
      return;
    }
    row.forEach((v, c) => {
      const p = cellProblem(v);
      if (p) problems.push(`row ${r + 1}, column ${c + 1}: ${p}`);
    });
  });
  return problems.slice(0, 5);
}

type Outcome = { returned: unknown } | { thrown: string };

function call(spec: CustomFunctionSpec, args: unknown[]): Outcome {
  try {
    return { returned: runtime.call(spec.name, ...args.map((a) => intoRealm(runtime, a))) };
  } catch (e) {
    return { thrown: thrownMessage(e) };
  }
}

/** Problems of one call's outcome; [] when it is acceptable. */
function outcomeProblems(outcome: Outcome): string[] {
  if ('thrown' in outcome) {
    const p = messageProblem(outcome.thrown);
    return p ? [`threw: ${p}`] : [];
  }
  return resultProblems(outcome.returned);
}

/**
 * One cell for a parameter of this kind, drawn from its kind (spec.ts): mostly what the kind
 * expects — counts and Vietnamese number text for 'numbers', fractions and "80%" for 'percents',
 * words and numbers for 'text' — so the calls reach the computations, and the whole bad-value
 * corpus the rest of the time.
 */
function cellOf(kind: CellKind): fc.Arbitrary<CellValue> {
  const expected: Record<CellKind, fc.Arbitrary<CellValue>> = {
    numbers: fc.oneof(fc.integer({ min: 0, max: 100_000 }), fc.constantFrom(...vietnameseNumberTexts, '')),
    percents: fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('80%', '84,88%', '0%', '100%', '')),
    text: fc.oneof(fc.constantFrom(...vietnameseNumberTexts, ...hostileTexts), fc.integer()),
  };
  return fc.oneof({ weight: 2, arbitrary: expected[kind] }, { weight: 3, arbitrary: cellValue });
}

/** Words a 'setting' parameter may be given: the kinds and units the functions know, and others. */
const settingWords = ['', 'tỷ lệ', 'rate', 'chênh lệch', 'diff', 'tương đối', 'việc', 'tiền', 'đồng', 'nghìn đồng', 'triệu', 'tỷ', 'xyz', ...hostileTexts];

/** One value for a whole-call setting: a word (known or not), any cell value, or a range (refused). */
const settingValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...settingWords) },
  { weight: 2, arbitrary: cellValue },
  { weight: 1, arbitrary: anyGrid },
);

/** A value for one parameter, drawn from its kind, of any shape; `shape` is the call's common range shape. */
function anyArgument(param: ParamSpec, shape: { rows: number; columns: number }): fc.Arbitrary<unknown> {
  switch (param.kind) {
    case 'table':
      return tableGrid;
    case 'options':
      return optionsGrid;
    case 'setting':
      return settingValue;
    default: {
      const cell = cellOf(param.kind);
      return fc.oneof(
        { weight: 3, arbitrary: cell },
        { weight: 4, arbitrary: rectangle(shape.rows, shape.columns, cell) },
        { weight: 1, arbitrary: anyGrid },
        { weight: 1, arbitrary: fc.constantFrom(...emptyGrids) },
        { weight: 1, arbitrary: jaggedGrid },
      );
    }
  }
}

/** A range of one shape for a cell parameter, or a setting's value: what a call on ranges passes. */
function rangeArgument(param: ParamSpec, shape: { rows: number; columns: number }): fc.Arbitrary<unknown> {
  if (param.kind === 'options' || param.kind === 'table') return fc.constant([['năm', 2020]]);
  if (param.kind === 'setting') return settingValue;
  return rectangle(shape.rows, shape.columns, cellOf(param.kind));
}

/** An argument list: optional parameters sometimes left out (trailing ones not passed, as Sheets does). */
function argumentList(spec: CustomFunctionSpec, value: (p: ParamSpec) => fc.Arbitrary<unknown>): fc.Arbitrary<unknown[]> {
  const OMITTED = Symbol('omitted');
  const parts = spec.params.map((p) => (p.optional ? fc.oneof(value(p), fc.constant(OMITTED)) : value(p)));
  return fc.tuple(...parts).map((values) => {
    let end = values.length;
    while (end > 0 && values[end - 1] === OMITTED) end--;
    return values.slice(0, end).map((v) => (v === OMITTED ? '' : v));
  });
}

/** 100,000 bad values drawn once; parameter i gets them rotated by i × 7,919 so columns differ. */
let tall: Grid | undefined;
function tallColumn(i: number): Grid {
  tall ??= fc.sample(cellValue, { numRuns: 100_000, seed: 6 }).map((v) => [v]);
  const k = (i * 7919) % tall.length;
  return [...tall.slice(k), ...tall.slice(0, k)];
}

const shapes = fc.record({ rows: fc.integer({ min: 1, max: 10 }), columns: fc.integer({ min: 1, max: 3 }) });

function shapeOf(x: unknown): string {
  return Array.isArray(x) ? `${x.length}×${Array.isArray(x[0]) ? x[0].length : '?'}` : 'value';
}

describe('the registry under test', () => {
  it('holds the functions of issues 3 and 4, each a top-level function of the built files', () => {
    const names = registry.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['THADS_RATE', 'THADS_GAP', 'THADS_RANK', 'THADS_SUMMARY', 'THADS_CHECK']));
    for (const name of names) expect(runInContext(`typeof ${name}`, runtime.context), name).toBe('function');
  });
});

describe.each(registry.map((spec) => [spec.name, spec] as const))('%s on bad input', (_name, spec) => {
  it('returns cell values of the documented kind or fails with a Vietnamese message', () => {
    fc.assert(
      fc.property(shapes.chain((shape) => argumentList(spec, (p) => anyArgument(p, shape))), (args) => {
        expect(outcomeProblems(call(spec, args)), JSON.stringify(args).slice(0, 300)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  if (spec.mode === 'table') {
    it('answers a table with a table (a 2D array), or a Vietnamese message', () => {
      fc.assert(
        fc.property(argumentList(spec, (p) => anyArgument(p, { rows: 3, columns: 2 })), (args) => {
          const outcome = call(spec, args);
          if ('returned' in outcome) expect(Array.isArray(outcome.returned), JSON.stringify(args).slice(0, 200)).toBe(true);
        }),
        { numRuns: 60 },
      );
    });
  }

  it('answers 1×1 ranges acceptably', () => {
    fc.assert(
      fc.property(argumentList(spec, () => rectangle(1, 1)), (args) => {
        expect(outcomeProblems(call(spec, args))).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('answers 100,000×1 ranges of bad values acceptably (a whole column of a case register)', () => {
    // Settings left at their default, so the cells themselves are read (a range there is refused at once).
    const args = spec.params.map((p, i) => (p.kind === 'options' ? [['năm', 2020]] : p.kind === 'setting' ? '' : tallColumn(i)));
    expect(outcomeProblems(call(spec, args))).toEqual([]);
  });

  const isCellParam = (p: ParamSpec) => p.kind === 'numbers' || p.kind === 'percents' || p.kind === 'text';
  if (spec.mode === 'cell' && spec.params.some((p) => !p.optional && isCellParam(p))) {
    it('gives back the shape of its ranges (cell mode: ranges of one shape combine, single values broadcast)', () => {
      // One required parameter always gets a range of the call's shape (an optional one may be left out).
      const anchor = spec.params.find((p) => !p.optional && isCellParam(p));
      fc.assert(
        fc.property(
          shapes.chain((shape) =>
            fc.tuple(
              fc.constant(shape),
              argumentList(spec, (p) =>
                p === anchor || !isCellParam(p) ? rangeArgument(p, shape) : fc.oneof(cellOf(p.kind as CellKind), rangeArgument(p, shape)),
              ),
            ),
          ),
          ([shape, args]) => {
            const outcome = call(spec, args);
            if ('thrown' in outcome) return; // a Vietnamese message: checked by the first property
            const result = outcome.returned;
            if (shape.rows === 1 && shape.columns === 1 && !Array.isArray(result)) return;
            expect(shapeOf(result), JSON.stringify(args).slice(0, 200)).toBe(`${shape.rows}×${shape.columns}`);
          },
        ),
        { numRuns: 60 },
      );
    });
  }

  // Single values are documented to fail the whole call when bad (src/functions/args/cellwise.ts: "every row
  // would be wrong"), and a 'setting' or 'options' parameter is one value for the whole call (a unit, a kind,
  // a rule table): so here every cell parameter is a range of two rows or more, and settings are left out.
  const settings = spec.params.filter((p) => !isCellParam(p));
  if (spec.errors === 'cell' && spec.mode === 'cell' && settings.every((p) => p.optional)) {
    it("reports bad cells in the cells, not by failing the whole call (errors: 'cell')", () => {
      const rangeShapes = fc.record({ rows: fc.integer({ min: 2, max: 10 }), columns: fc.integer({ min: 1, max: 3 }) });
      fc.assert(
        fc.property(
          rangeShapes.chain((shape) =>
            fc.tuple(...spec.params.map((p) => (settings.includes(p) ? fc.constant(undefined) : rectangle(shape.rows, shape.columns, cellOf(p.kind as CellKind))))),
          ),
          (values) => {
            let end = values.length;
            while (end > 0 && values[end - 1] === undefined) end--;
            const args = values.slice(0, end).map((v) => (v === undefined ? '' : v));
            const outcome = call(spec, args);
            expect('thrown' in outcome ? outcome.thrown : '', JSON.stringify(args).slice(0, 300)).toBe('');
            expect(outcomeProblems(outcome)).toEqual([]);
          },
        ),
        { numRuns: 100 },
      );
    });
  }
});

/**
 * Cases the corpus found, kept so they run every time (the properties above draw new values each run).
 * Expected: what the documented behaviour says — worked out from the spec, not from an output.
 */
describe('bad inputs the corpus found, replayed', () => {
  it('THADS_YOY on ranges, errors: "cell": a change too large for a number (1e308 from 1e-10) is reported in its cell, the other rows computed', () => {
    const outcome = call(registry.find((s) => s.name === 'THADS_YOY')!, [[[1e308], [5]], [[1e-10], [4]]]);
    expect(outcome).toHaveProperty('returned');
    expect(outcomeProblems(outcome)).toEqual([]);
  });

  it('THADS_RATE: the message about 1e308 completed of 1e-10 enforceable names the numbers readably', () => {
    const outcome = call(registry.find((s) => s.name === 'THADS_RATE')!, [[[1e308], [5]], [[1e-10], [6]]]);
    expect(outcomeProblems(outcome)).toEqual([]);
  });

  it('THADS_RATE: the message about 10^21 completed cases writes the number readably (not "1e.+21")', () => {
    const outcome = call(registry.find((s) => s.name === 'THADS_RATE')!, [[[1e21], [5]], [[2], [6]]]);
    expect(outcomeProblems(outcome)).toEqual([]);
  });

  it.each(['THADS_RATE', 'THADS_NUMBER', 'THADS_MONEY', 'THADS_BACKLOG'])('%s of a range whose rows hold no cell answers a cell value, not [[]]', (name) => {
    const spec = registry.find((s) => s.name === name)!;
    const outcome = call(spec, spec.params.filter((p) => !p.optional).map(() => [[]]));
    expect(outcomeProblems(outcome)).toEqual([]);
  });
});

describe('the checks of this file', () => {
  it('refuse what must never reach a cell', () => {
    expect(resultProblems(Number.NaN)).toEqual(['NaN in a cell']);
    expect(resultProblems([[1, Number.POSITIVE_INFINITY]])).toEqual(['row 1, column 2: Infinity in a cell']);
    expect(resultProblems([[1], [undefined]])).toEqual(['row 2, column 1: undefined in a cell']);
    expect(resultProblems([[1, 2], [3]])).toEqual(['row 2 is 1 wide, not 2']);
    expect(resultProblems([])).toEqual(['an empty array (Sheets shows an error)']);
    expect(outcomeProblems({ thrown: "TypeError: Cannot read properties of undefined (reading 'length')" })).toHaveLength(1);
    expect(outcomeProblems({ thrown: 'THADS_RATE: lỗi không mong đợi (x is not a function). Vui lòng báo cho người quản trị.' })).toHaveLength(1);
    expect(outcomeProblems({ thrown: 'Not a number' })).toHaveLength(1);
    expect(resultProblems([['Lỗi: dòng 1, cột 1 của vùng: giải quyết xong In.fin.ity,0000000NaN lớn hơn']])).toHaveLength(1);
    expect(resultProblems('đạt tỷ lệ -In.fin.ity,NaN%')).toHaveLength(1);
    expect(resultProblems('Tổng số thụ lý 1e.+21 việc')).toHaveLength(1);
  });

  it('accept values Sheets can show and Vietnamese messages', () => {
    expect(resultProblems([[0.8488, 'chưa có chỉ tiêu', true, '']])).toEqual([]);
    expect(outcomeProblems({ thrown: 'Dòng 3, cột 2 của vùng: "#N/A" không phải là số.' })).toEqual([]);
  });
});
