import { guard } from '../../../src/functions/guard';
import { cellFunctions } from '../../../src/functions/cell/index';

/** Calls a cell function the way the bundle does: through the guard, with what Sheets passes. */
export function call(name: string, ...args: unknown[]): unknown {
  const spec = cellFunctions.find((f) => f.name === name);
  if (!spec) throw new Error(`no function ${name}`);
  return guard(spec)(...args);
}

/** A column range as Sheets passes it: rows of one cell. */
export function col(...values: unknown[]): unknown[][] {
  return values.map((v) => [v]);
}

/** The message of what a call throws. */
export function thrown(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected the call to throw');
}
