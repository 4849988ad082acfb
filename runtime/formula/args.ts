/**
 * Arguments as Sheets hands them to a custom function: a cell → its value, a range → rows of
 * columns with "" for blanks, array literals stacked, constants as they are.
 */
import { parseA1 } from '../model/a1';
import type { Cell } from '../model/cell';
import type { Env } from '../services/env';
import { outValue } from '../services/env';
import type { Arg } from './parse';
import type { Job } from './job';

/** Thrown while reading arguments: the cell shows `code`, the report gets `message`. */
export class CellError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** An argument as Sheets passes it: a cell → its value, a range → a 2D array, blanks as "". */
export function argValue(env: Env, job: Job, arg: Arg): unknown {
  switch (arg.kind) {
    case 'number':
    case 'string':
    case 'boolean':
      return arg.value;
    case 'omitted':
      return undefined;
    case 'ref': {
      const m = readRef(env, job, arg.text);
      return m.length === 1 && m[0]!.length === 1 ? m[0]![0] : m;
    }
    case 'array': {
      const m = stack(env, job, arg.rows);
      return m.length === 1 && m[0]!.length === 1 ? m[0]![0] : m;
    }
  }
}

function readRef(env: Env, job: Job, text: string): unknown[][] {
  const ref = parseA1(text);
  if (!ref) throw new CellError('#REF!', `Reference "${text}" is not valid.`);
  const sheet = ref.sheet === undefined ? job.sheet : env.workbook.sheet(ref.sheet);
  if (!sheet) throw new CellError('#REF!', `Unresolved sheet name '${ref.sheet}'.`);
  const rect = { ...ref.rect };
  if (ref.openRows) rect.numRows = Math.max(1, sheet.maxRows - rect.row + 1);
  if (ref.openColumns) rect.numColumns = sheet.maxColumns;
  job.refs.push({ sheet, rect });
  const out: unknown[][] = [];
  for (let r = 0; r < rect.numRows; r++) {
    const src = sheet.rows[rect.row - 1 + r];
    const line: unknown[] = new Array(rect.numColumns);
    for (let c = 0; c < rect.numColumns; c++) line[c] = readCell(env, src?.[rect.column - 1 + c]);
    out.push(line);
  }
  return out;
}

function readCell(env: Env, cell: Cell | undefined): unknown {
  return outValue(env, cell?.value, cell?.numberFormat);
}

/** `{a, b; c, d}`: elements side by side in a row, rows stacked; sizes must fit as in Sheets. */
function stack(env: Env, job: Job, rows: Arg[][]): unknown[][] {
  const out: unknown[][] = [];
  for (const row of rows) {
    const parts = row.map((a) => {
      const v = argValue(env, job, a);
      return Array.isArray(v) ? (v as unknown[][]) : [[v]];
    });
    const height = parts[0]!.length;
    if (parts.some((p) => p.length !== height))
      throw new CellError('#VALUE!', 'In ARRAY_LITERAL, an Array Literal was missing values for one or more rows.');
    for (let r = 0; r < height; r++) out.push(parts.flatMap((p) => p[r]!));
  }
  const width = out[0]?.length ?? 0;
  if (out.some((line) => line.length !== width))
    throw new CellError('#VALUE!', 'In ARRAY_LITERAL, an Array Literal was missing values for one or more rows.');
  return out;
}
