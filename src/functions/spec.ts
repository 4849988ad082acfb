/**
 * How a custom function is declared. Functions are data (as in HyperFormula's plugins): one
 * parameter list per function. The build reads it to generate the top-level stubs with their JSDoc
 * (Sheets autocomplete) and the README's function table; the bundle's interpreter (guard, through
 * runCellFunction) reads the same list to check arity, coerce each argument by its kind, broadcast
 * ranges and call the function's typed `compute`; the property tests draw arguments by kind from it.
 */

/** What an argument is expected to hold; drives coercion and the messages of bad input. */
export type ArgKind =
  /** a number or a range of numbers (counts, amounts); Vietnamese text numbers accepted */
  | 'numbers'
  /** a percentage or a range of them: fractions (0.8) or text ("80%", "80,5%") */
  | 'percents'
  /** free text or a range of text (labels, number text); a number passes as it is */
  | 'text'
  /** one setting for the whole call, as text (a unit, a kind): never a range; "" when left out */
  | 'setting'
  /** a whole table, header rows included */
  | 'table'
  /** a two-column range of settings (name, value), or a rule table */
  | 'options';

export interface ParamSpec {
  /** The parameter's name as Sheets shows it: lower_snake_case ASCII. */
  readonly name: string;
  /** Vietnamese description shown in autocomplete. */
  readonly description: string;
  /** An example value shown in the JSDoc type slot, e.g. "F5:F19" or "80%". */
  readonly example: string;
  readonly kind: ArgKind;
  readonly optional?: boolean;
}

/** Kinds read cell by cell (a value or a range of them, combined position by position). */
export type CellKind = 'numbers' | 'percents' | 'text';

/** What one cell of each kind becomes once coerced. */
export interface CellValueOf {
  numbers: number;
  percents: number;
  /** non-blank text, or a finite number as it is */
  text: string | number;
}

/** What a whole-call argument of each kind becomes: a setting's trimmed text, a range as passed. */
export interface SettingValueOf {
  setting: string;
  options: unknown;
  table: unknown;
}

/** The coerced value of a cell parameter: null for a blank optional one. */
type CellValueFor<P> = P extends { kind: infer K extends CellKind }
  ? P extends { optional: true }
    ? CellValueOf[K] | null
    : CellValueOf[K]
  : never;

/**
 * The values `compute` receives, in declaration order: one per cell parameter, typed from its kind.
 * A parameter list not known as a tuple (the registry's view of any function) gives any[].
 */
export type CellValues<P extends readonly ParamSpec[]> = number extends P['length']
  ? any[]
  : P extends readonly [infer H, ...infer R extends readonly ParamSpec[]]
  ? H extends { kind: CellKind }
    ? [CellValueFor<H>, ...CellValues<R>]
    : CellValues<R>
  : [];

/** The values `prepare` receives, in declaration order: one per whole-call parameter. */
export type SettingValues<P extends readonly ParamSpec[]> = number extends P['length']
  ? any[]
  : P extends readonly [infer H, ...infer R extends readonly ParamSpec[]]
  ? H extends { kind: infer K extends keyof SettingValueOf }
    ? [SettingValueOf[K], ...SettingValues<R>]
    : SettingValues<R>
  : [];

/** Names of the number-like cell parameters. */
type NumericName<P extends readonly ParamSpec[]> = Extract<P[number], { kind: 'numbers' | 'percents' }>['name'];

/**
 * One cell's result: a number, a text, or null for a blank cell (no figure, e.g. a rate of Đ = 0).
 * Throws a ThadsError whose message explains a bad combination (the position is added for it).
 */
export type Compute<P extends readonly ParamSpec[]> = (...values: CellValues<P>) => number | string | null;

/**
 * What `prepare` gives for one call: the computation, and optionally number-like parameters read
 * as another number-like kind in this call (THADS_YOY "tỷ lệ" reads its counts as percentages).
 */
export type Computation<P extends readonly ParamSpec[]> =
  | Compute<P>
  | { compute: Compute<P>; readAs: Partial<Record<NumericName<P>, 'numbers' | 'percents'>> };

interface Documented<P extends readonly ParamSpec[]> {
  /** Upper-case name, THADS_ prefix; must not clash with a Sheets built-in or end in "_". */
  readonly name: string;
  /** One Vietnamese sentence for autocomplete. */
  readonly description: string;
  /** English summary, for the README. */
  readonly summaryEn: string;
  readonly params: P;
  /** Vietnamese description of what comes back. */
  readonly returns: string;
  /** Formulas as a user types them, e.g. "=THADS_RATE(F5:F19; E5:E19)". */
  readonly examples: readonly string[];
  /** How bad input is reported: the whole call fails (#ERROR!) or the row's cell shows the message. */
  readonly errors: 'throw' | 'cell';
}

/**
 * A cell-by-cell function (mode 'cell'): ranges of one shape combine, single values broadcast. It
 * gives either `compute`, or, when it has whole-call parameters (settings, options), `prepare`,
 * which reads them once per call and returns the computation.
 */
export type CellFunctionSpec<P extends readonly ParamSpec[] = readonly ParamSpec[]> = Documented<P> & { readonly mode: 'cell' } & (
    | { readonly compute: Compute<P>; readonly prepare?: undefined }
    | { readonly prepare: (...settings: SettingValues<P>) => Computation<P>; readonly compute?: undefined }
  );

/**
 * column: takes whole columns and returns a column (e.g. ranks).
 * table: takes a whole table and returns a table.
 * Both run `impl` on exactly what Sheets passes (values, 2D arrays, undefined when omitted).
 */
export interface WholeFunctionSpec extends Documented<readonly ParamSpec[]> {
  readonly mode: 'column' | 'table';
  readonly impl: (...args: any[]) => unknown;
}

export type FunctionMode = 'cell' | WholeFunctionSpec['mode'];

/** Any custom function of the registry. */
export type CustomFunctionSpec = CellFunctionSpec | WholeFunctionSpec;

/**
 * Declares a cell-by-cell function; only there for type inference: `params` is read as a tuple, so
 * `compute` receives each argument typed from its kind, e.g. (number, number, number | null).
 *
 * @example cellFunction({ name: 'THADS_GAP', params: [{ name: 'rate', kind: 'percents', … }, …], compute: (rate, target) => rate - target, … })
 */
export function cellFunction<const P extends readonly ParamSpec[]>(spec: CellFunctionSpec<P>): CellFunctionSpec<P> {
  return spec;
}
