/**
 * How a custom function is declared. Functions are data (as in HyperFormula's plugins): the build
 * reads these declarations to generate the top-level stubs with their JSDoc (Sheets autocomplete)
 * and the README's function table; the bundle reads them to run the function.
 */

/** What an argument is expected to hold; drives coercion and the messages of bad input. */
export type ArgKind =
  /** a number or a range of numbers (counts, amounts); Vietnamese text numbers accepted */
  | 'numbers'
  /** a percentage or a range of them: fractions (0.8) or text ("80%", "80,5%") */
  | 'percents'
  /** free text or a range of text (labels, units, kinds) */
  | 'text'
  /** a whole table, header rows included */
  | 'table'
  /** a two-column range of settings (name, value) */
  | 'options';

export interface ParamSpec {
  /** The parameter's name as Sheets shows it: lower_snake_case ASCII. */
  name: string;
  /** Vietnamese description shown in autocomplete. */
  description: string;
  /** An example value shown in the JSDoc type slot, e.g. "F5:F19" or "80%". */
  example: string;
  kind: ArgKind;
  optional?: boolean;
}

/**
 * cell: works cell by cell; ranges of one shape combine, single values broadcast.
 * column: takes whole columns and returns a column (e.g. ranks).
 * table: takes a whole table and returns a table.
 */
export type FunctionMode = 'cell' | 'column' | 'table';

export interface CustomFunctionSpec {
  /** Upper-case name, THADS_ prefix; must not clash with a Sheets built-in or end in "_". */
  name: string;
  /** One Vietnamese sentence for autocomplete. */
  description: string;
  /** English summary, for the README. */
  summaryEn: string;
  mode: FunctionMode;
  params: ParamSpec[];
  /** Vietnamese description of what comes back. */
  returns: string;
  /** Formulas as a user types them, e.g. "=THADS_RATE(F5:F19; E5:E19)". */
  examples: string[];
  /** How bad input is reported: the whole call fails (#ERROR!) or the row's cell shows the message. */
  errors: 'throw' | 'cell';
  /** The implementation; receives exactly what Sheets passes (values, 2D arrays, undefined when omitted). */
  impl: (...args: unknown[]) => unknown;
}
