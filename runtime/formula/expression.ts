/**
 * A small Sheets formula language (biểu thức công thức), the subset the add-on writes into
 * conditional-format rules: numbers, strings, TRUE/FALSE, cell references (relative and absolute,
 * `E5`, `$F5`, `F$5`, `$F$5`), arithmetic (+ - * / ^, unary minus, %), `&`, comparisons
 * (= <> < > <= >=) and the functions AND, OR, NOT, IF, ISNUMBER, ISTEXT, ISBLANK, ABS, ROUND.
 *
 * As through the Apps Script API: English function names and "," between arguments, whatever the
 * spreadsheet's locale (the ";" of a vi_VN sheet's UI is a parse error here), so a wrong separator
 * or function name fails a test instead of failing silently in Sheets.
 */
import { columnNumber } from '../model/a1';

export type Expr =
  | { kind: 'number'; value: number }
  | { kind: 'string'; value: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'ref'; row: number; column: number; absRow: boolean; absColumn: boolean }
  | { kind: 'unary'; op: '-' | '+' | '%'; arg: Expr }
  | { kind: 'binary'; op: string; left: Expr; right: Expr }
  | { kind: 'call'; name: string; args: Expr[] };

/** A formula the runtime refuses, with Sheets' words and what is wrong. */
export class FormulaError extends Error {
  constructor(formula: string, why: string) {
    super(`Invalid formula "${formula}": ${why}`);
    this.name = 'FormulaError';
  }
}

const FUNCTIONS = new Set(['AND', 'OR', 'NOT', 'IF', 'ISNUMBER', 'ISTEXT', 'ISBLANK', 'ABS', 'ROUND']);

/** Binary operators by precedence, lowest first (Sheets': comparison, &, + -, * /, ^). */
const LEVELS = [['=', '<>', '<=', '>=', '<', '>'], ['&'], ['+', '-'], ['*', '/'], ['^']];

type Token = { t: 'num' | 'str' | 'name' | 'ref' | 'op' | '(' | ')' | ','; v: string; at: number };

function tokenize(formula: string, body: string, offset: number): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < body.length) {
    const rest = body.slice(i);
    const ws = /^\s+/.exec(rest);
    if (ws) {
      i += ws[0].length;
      continue;
    }
    const at = i + offset;
    let m: RegExpExecArray | null;
    if ((m = /^\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(rest))) out.push({ t: 'num', v: m[0], at });
    else if ((m = /^"(?:[^"]|"")*"/.exec(rest))) out.push({ t: 'str', v: m[0].slice(1, -1).replace(/""/g, '"'), at });
    else if ((m = /^\$?[A-Za-z]{1,3}\$?\d+(?![\w(])/.exec(rest))) out.push({ t: 'ref', v: m[0], at });
    else if ((m = /^[\p{L}_][\p{L}\p{N}_.]*/u.exec(rest))) out.push({ t: 'name', v: m[0], at });
    else if ((m = /^(<>|<=|>=|[-+*/^&=<>%])/.exec(rest))) out.push({ t: 'op', v: m[0], at });
    else if (rest[0] === '(' || rest[0] === ')' || rest[0] === ',') out.push({ t: rest[0], v: rest[0], at });
    else if (rest[0] === ';')
      throw new FormulaError(formula, `formula parse error at ";" (position ${at + 1}): the API takes "," between arguments, whatever the spreadsheet's locale`);
    else throw new FormulaError(formula, `formula parse error at "${rest[0]}" (position ${at + 1})`);
    i += m ? m[0].length : 1;
  }
  return out;
}

/**
 * Parses `=…` into an expression tree; throws FormulaError on a parse error or an unknown function.
 * @example parseFormula('=AND(ISNUMBER(E5),E5<$F5)')
 */
export function parseFormula(formula: string): Expr {
  if (!formula.startsWith('=')) throw new FormulaError(formula, 'a formula starts with "="');
  const tokens = tokenize(formula, formula.slice(1), 1);
  let p = 0;
  const peek = () => tokens[p];
  const fail = (why: string): never => {
    throw new FormulaError(formula, why);
  };
  const expect = (t: Token['t']) => {
    const tok = tokens[p];
    if (!tok || tok.t !== t) fail(`formula parse error: "${t}" expected ${tok ? `at position ${tok.at + 1}` : 'at the end'}`);
    p++;
  };
  const binary = (level: number): Expr => {
    if (level === LEVELS.length) return unary();
    let left = binary(level + 1);
    for (;;) {
      const tok = peek();
      if (!tok || tok.t !== 'op' || !LEVELS[level]!.includes(tok.v)) return left;
      p++;
      left = { kind: 'binary', op: tok.v, left, right: binary(level + 1) };
    }
  };
  const unary = (): Expr => {
    const tok = peek();
    if (tok?.t === 'op' && (tok.v === '-' || tok.v === '+')) {
      p++;
      return { kind: 'unary', op: tok.v, arg: unary() };
    }
    let e = primary();
    while (peek()?.t === 'op' && peek()!.v === '%') {
      p++;
      e = { kind: 'unary', op: '%', arg: e };
    }
    return e;
  };
  const primary = (): Expr => {
    const tok = tokens[p++];
    if (!tok) return fail('formula parse error: the formula ends too early');
    if (tok.t === 'num') return { kind: 'number', value: Number(tok.v) };
    if (tok.t === 'str') return { kind: 'string', value: tok.v };
    if (tok.t === 'ref') {
      const m = /^(\$?)([A-Za-z]+)(\$?)(\d+)$/.exec(tok.v)!;
      return { kind: 'ref', column: columnNumber(m[2]!.toUpperCase()), row: Number(m[4]), absColumn: m[1] === '$', absRow: m[3] === '$' };
    }
    if (tok.t === '(') {
      const e = binary(0);
      expect(')');
      return e;
    }
    if (tok.t === 'name') {
      const upper = tok.v.toUpperCase();
      if (peek()?.t !== '(') {
        if (upper === 'TRUE' || upper === 'FALSE') return { kind: 'boolean', value: upper === 'TRUE' };
        return fail(`unknown name "${tok.v}" (position ${tok.at + 1})`);
      }
      if (!FUNCTIONS.has(upper)) return fail(`unknown function "${tok.v}" (position ${tok.at + 1}); the API takes English function names`);
      p++;
      const args: Expr[] = [];
      if (peek()?.t === ')') p++;
      else
        for (;;) {
          args.push(binary(0));
          if (peek()?.t === ',') {
            p++;
            continue;
          }
          expect(')');
          break;
        }
      return { kind: 'call', name: upper, args };
    }
    return fail(`formula parse error at "${tok.v}" (position ${tok.at + 1})`);
  };
  const tree = binary(0);
  if (p < tokens.length) fail(`formula parse error at "${tokens[p]!.v}" (position ${tokens[p]!.at + 1})`);
  return tree;
}

/** A formula's value: blank is null; an error value such as "#VALUE!" is an object. */
export type FormulaValue = number | string | boolean | null | { error: string };

const VALUE = { error: '#VALUE!' };
const DIV0 = { error: '#DIV/0!' };

function isError(v: FormulaValue): v is { error: string } {
  return typeof v === 'object' && v !== null;
}

function toNumber(v: FormulaValue): number | { error: string } {
  if (isError(v)) return v;
  if (v === null) return 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return v;
  const n = v.trim() === '' ? NaN : Number(v);
  return Number.isFinite(n) ? n : VALUE;
}

function toBoolean(v: FormulaValue): boolean | { error: string } {
  if (isError(v)) return v;
  if (v === null) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  const u = v.toUpperCase();
  return u === 'TRUE' ? true : u === 'FALSE' ? false : VALUE;
}

/** Sheets' order across types: numbers < text < booleans; text compares without case. */
function compare(a: FormulaValue, b: FormulaValue): number {
  const rank = (v: FormulaValue) => (typeof v === 'boolean' ? 2 : typeof v === 'string' ? 1 : 0);
  // A blank compares as the other side's empty value.
  const x = a === null ? (typeof b === 'string' ? '' : typeof b === 'boolean' ? false : 0) : a;
  const y = b === null ? (typeof a === 'string' ? '' : typeof a === 'boolean' ? false : 0) : b;
  if (rank(x) !== rank(y)) return rank(x) - rank(y);
  if (typeof x === 'string' && typeof y === 'string') return x.toLowerCase() < y.toLowerCase() ? -1 : x.toLowerCase() > y.toLowerCase() ? 1 : 0;
  return Number(x) - Number(y);
}

/** Reads a cell (1-based) as the formula sees it: numbers (dates as serials), text, booleans, blank. */
export type CellReader = (row: number, column: number) => FormulaValue;

/**
 * Evaluates `expr` for the cell `shift` rows and columns away from the cell the formula was
 * written for (conditional formats: the range's top-left): relative references move, `$` parts stay.
 */
export function evaluateFormula(expr: Expr, read: CellReader, shift = { rows: 0, columns: 0 }): FormulaValue {
  const ev = (e: Expr): FormulaValue => {
    switch (e.kind) {
      case 'number':
      case 'string':
      case 'boolean':
        return e.value;
      case 'ref':
        return read(e.absRow ? e.row : e.row + shift.rows, e.absColumn ? e.column : e.column + shift.columns);
      case 'unary': {
        const n = toNumber(ev(e.arg));
        if (isError(n)) return n;
        return e.op === '-' ? -n : e.op === '%' ? n / 100 : n;
      }
      case 'binary':
        return binaryOp(e.op, ev(e.left), ev(e.right));
      case 'call':
        return callFunction(e.name, e.args, ev);
    }
  };
  return ev(expr);
}

function binaryOp(op: string, a: FormulaValue, b: FormulaValue): FormulaValue {
  if (isError(a)) return a;
  if (isError(b)) return b;
  if (op === '&') return `${a === null ? '' : typeof a === 'boolean' ? String(a).toUpperCase() : a}${b === null ? '' : typeof b === 'boolean' ? String(b).toUpperCase() : b}`;
  if (['=', '<>', '<', '>', '<=', '>='].includes(op)) {
    const c = compare(a, b);
    return op === '=' ? c === 0 : op === '<>' ? c !== 0 : op === '<' ? c < 0 : op === '>' ? c > 0 : op === '<=' ? c <= 0 : c >= 0;
  }
  const x = toNumber(a);
  const y = toNumber(b);
  if (isError(x)) return x;
  if (isError(y)) return y;
  if (op === '+') return x + y;
  if (op === '-') return x - y;
  if (op === '*') return x * y;
  if (op === '/') return y === 0 ? DIV0 : x / y;
  return x ** y;
}

function callFunction(name: string, args: Expr[], ev: (e: Expr) => FormulaValue): FormulaValue {
  const arity = (min: number, max: number) => args.length >= min && args.length <= max;
  switch (name) {
    case 'AND':
    case 'OR': {
      if (args.length === 0) return { error: '#N/A' };
      const bools = args.map((a) => toBoolean(ev(a)));
      const bad = bools.find(isError);
      if (bad) return bad;
      return name === 'AND' ? bools.every(Boolean) : bools.some(Boolean);
    }
    case 'NOT': {
      if (!arity(1, 1)) return { error: '#N/A' };
      const b = toBoolean(ev(args[0]!));
      return isError(b) ? b : !b;
    }
    case 'IF': {
      if (!arity(2, 3)) return { error: '#N/A' };
      const c = toBoolean(ev(args[0]!));
      if (isError(c)) return c;
      return c ? ev(args[1]!) : args[2] ? ev(args[2]) : false;
    }
    case 'ISNUMBER':
    case 'ISTEXT':
    case 'ISBLANK': {
      if (!arity(1, 1)) return { error: '#N/A' };
      const v = ev(args[0]!);
      return name === 'ISNUMBER' ? typeof v === 'number' : name === 'ISTEXT' ? typeof v === 'string' : v === null;
    }
    case 'ABS': {
      if (!arity(1, 1)) return { error: '#N/A' };
      const n = toNumber(ev(args[0]!));
      return isError(n) ? n : Math.abs(n);
    }
    case 'ROUND': {
      if (!arity(1, 2)) return { error: '#N/A' };
      const n = toNumber(ev(args[0]!));
      const places = args[1] ? toNumber(ev(args[1])) : 0;
      if (isError(n)) return n;
      if (isError(places)) return places;
      return roundAsSheets(n, Math.trunc(places));
    }
  }
  return { error: '#NAME?' };
}

/**
 * ROUND as Sheets computes it: half away from zero, on the decimal digits the value shows (15
 * significant), so ROUND(0.79995, 4) is 0.8 though its binary value is a hair below the half.
 */
function roundAsSheets(value: number, places: number): number {
  const scale = 10 ** places;
  const scaled = Number((Math.abs(value) * scale).toPrecision(15));
  const rounded = Math.round(scaled) / scale;
  return value < 0 ? -rounded : rounded;
}

/** Whether a conditional-format formula's value colours the cell: TRUE or a non-zero number. */
export function isSatisfied(v: FormulaValue): boolean {
  return v === true || (typeof v === 'number' && v !== 0);
}
