import { ThadsError, isThadsError } from '../../core/errors';
import { argShape, commonShape, type ArgShape } from './shape';
import { coerceCell } from './coerce';
import { cellLocation } from './location';
import { scalarText } from './scalarText';
import type { ArgKind, CellFunctionSpec, CellKind, Computation, ParamSpec } from '../spec';

/** A cell-by-cell computation as the interpreter calls it: the coerced values of one position. */
type AnyCompute = (...values: (number | string | null)[]) => number | string | null;

/** What a whole-call parameter becomes: a setting's text, or an options range as passed. */
function settingValue(fnName: string, param: ParamSpec, value: unknown): unknown {
  return param.kind === 'setting' ? scalarText(fnName, param.name, value) : value;
}

/**
 * The computation of one call: `compute`, or what `prepare` makes of the whole-call arguments
 * (read once per call, before any cell). A ThadsError from `prepare` gets the function's name.
 */
function computation(spec: CellFunctionSpec, raw: readonly unknown[]): { compute: AnyCompute; readAs: Readonly<Record<string, CellKind>> } {
  if (!spec.prepare) return { compute: spec.compute as AnyCompute, readAs: {} };
  const settings: unknown[] = [];
  spec.params.forEach((p, i) => {
    if (!isCellKind(p.kind)) settings.push(settingValue(spec.name, p, raw[i]));
  });
  let made: Computation<readonly ParamSpec[]>;
  try {
    made = (spec.prepare as (...s: unknown[]) => Computation<readonly ParamSpec[]>)(...settings);
  } catch (e) {
    if (isThadsError(e)) throw new ThadsError(`${spec.name}: ${e.message}`);
    throw e;
  }
  return typeof made === 'function' ? { compute: made as AnyCompute, readAs: {} } : { compute: made.compute as AnyCompute, readAs: made.readAs };
}

function isCellKind(kind: ArgKind): kind is CellKind {
  return kind === 'numbers' || kind === 'percents' || kind === 'text';
}

/** The message of a result too large or too small for a number (1e308 / 1e-10). */
export const NOT_A_FINITE_RESULT = 'kết quả vượt quá giới hạn của số (số liệu quá lớn hoặc quá nhỏ), hãy kiểm tra số liệu';

/**
 * Runs a declared cell-by-cell function (hàm tính từng ô), the interpreter of spec.ts: arity,
 * optional arguments, coercion by each parameter's kind, then `compute` at each position, the way
 * Sheets users expect: every argument may be a single value or a range; ranges of one shape combine position by position, single values
 * broadcast, and the result has the ranges' shape. A position where a required value is blank gives ""
 * (a row not filled in yet has no result); an argument left out of the formula altogether fails.
 * A call on single values returns a single value, and bad input there always throws (a lone cell
 * showing #ERROR! is the clearest signal). A single value that is bad in a call on ranges also
 * throws: every row would be wrong.
 *
 * Built for 100.000-row columns: arguments are coerced in one loop over a reused values array,
 * numbers take a fast path, and no closure is created per cell.
 *
 * @example runCellFunction(THADS_RATE, [[[3420], [2628]], [[4029], [3313]]]) // [[0.8488…], [0.7932…]]
 */
export function runCellFunction(spec: CellFunctionSpec, given: readonly unknown[]): unknown {
  const fnName = spec.name;
  const { compute, readAs } = computation(spec, given);
  // The cell parameters and their arguments, in declaration order (whole-call ones were read above).
  const args: ParamSpec[] = [];
  const raw: unknown[] = [];
  spec.params.forEach((p, i) => {
    if (!isCellKind(p.kind)) return;
    args.push(p);
    raw.push(given[i]);
  });
  const n = args.length;
  const shapes: ArgShape[] = new Array(n);
  const names: string[] = new Array(n);
  const kinds: CellKind[] = new Array(n);
  for (let i = 0; i < n; i++) {
    shapes[i] = argShape(raw[i]);
    names[i] = args[i]!.name;
    kinds[i] = readAs[names[i]!] ?? (args[i]!.kind as CellKind);
  }
  const shape = commonShape(fnName, names, shapes);
  const values: (number | string | null)[] = new Array(n);
  const scalars: (number | string | null)[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const s = shapes[i]!;
    if (s.grid) continue;
    const c = coerceCell(kinds[i]!, s.scalar);
    if (!c.ok) throw new ThadsError(`${fnName}: đối số ${names[i]}: ${c.reason}`);
    scalars[i] = c.value;
  }
  for (let i = 0; i < n; i++) {
    // An argument left out entirely (not a blank cell) is a mistake in the formula.
    if (raw[i] === undefined && !args[i]!.optional) throw new ThadsError(`${fnName}: thiếu đối số ${names[i]}.`);
  }
  if (!shape.ranged) return single(fnName, args, compute, scalars);
  const grids: (unknown[][] | null)[] = shapes.map((s) => s.grid);
  /** The result at one position (defined once per call: no closure per cell). */
  const one = (r: number, c: number): unknown => {
    let problem: string | null = null;
    for (let i = 0; i < n; i++) {
      const g = grids[i];
      if (!g) {
        values[i] = scalars[i]!;
        continue;
      }
      const v = g[r]![c];
      // Fast path: a finite number where a number is expected, or a fraction where a percentage is.
      if (typeof v === 'number' && v - v === 0 && (kinds[i] !== 'percents' || (v >= 0 && v <= 1))) {
        values[i] = v;
        continue;
      }
      const co = coerceCell(kinds[i]!, v);
      if (!co.ok) {
        if (problem === null) problem = `${cellLocation(r, c, names[i])}: ${co.reason}`;
        continue;
      }
      values[i] = co.value;
    }
    if (problem === null) {
      if (missingRequired(args, values)) return '';
      try {
        return finite(compute.apply(undefined, values));
      } catch (e) {
        if (!isThadsError(e)) throw e;
        problem = `${cellLocation(r, c)}: ${e.message}`;
      }
    }
    if (spec.errors === 'throw') throw new ThadsError(`${fnName}: ${problem}`);
    return `Lỗi: ${problem}`;
  };
  // Built by push, rows as literals: a preallocated array of 100.000 is a slow dictionary-mode
  // array in V8, and an empty row grown by push reserves room for 17 cells.
  const out: unknown[][] = [];
  const { rows, cols } = shape;
  if (cols === 1) {
    for (let r = 0; r < rows; r++) out.push([one(r, 0)]);
  } else {
    for (let r = 0; r < rows; r++) {
      const row: unknown[] = [];
      for (let c = 0; c < cols; c++) row.push(one(r, c));
      out.push(row);
    }
  }
  return out;
}

/** A result that is a number must be finite: 1e308 / 1e-10 is no figure to show. Null is a blank cell. */
function finite(result: number | string | null): number | string {
  if (result === null) return '';
  if (typeof result === 'number' && result - result !== 0) throw new ThadsError(NOT_A_FINITE_RESULT);
  return result;
}

/** True when a required argument is blank at this position: the row has no result yet. */
function missingRequired(args: readonly ParamSpec[], values: readonly (number | string | null)[]): boolean {
  for (let i = 0; i < args.length; i++) if (values[i] === null && !args[i]!.optional) return true;
  return false;
}

function single(fnName: string, args: readonly ParamSpec[], compute: AnyCompute, scalars: (number | string | null)[]): unknown {
  if (missingRequired(args, scalars)) return '';
  try {
    return finite(compute.apply(undefined, scalars));
  } catch (e) {
    if (isThadsError(e)) throw new ThadsError(`${fnName}: ${e.message}`);
    throw e;
  }
}
