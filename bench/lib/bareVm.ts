/**
 * The built files evaluated in a fresh `vm` context, with no Apps Script services: what every
 * custom-function call pays for in Apps Script (the whole project is evaluated, then one
 * top-level function runs). Custom functions use no services, so this is also a faithful host for
 * them when the local runtime (runtime/) is not available; anything that needs SpreadsheetApp
 * needs the runtime.
 */
import vm from 'node:vm';
import { buildScripts } from './build';

/**
 * A deep copy of rows into the realm it is compiled in (arrays and Dates of that vm context),
 * as Apps Script hands a range to a function: compiled inside each context that needs it.
 */
export const COPY_SOURCE = `(function (rows) {
  var out = new Array(rows.length);
  for (var i = 0; i < rows.length; i++) {
    var r = rows[i], o = new Array(r.length);
    for (var j = 0; j < r.length; j++) {
      var v = r[j];
      o[j] = Object.prototype.toString.call(v) === '[object Date]' ? new Date(v.getTime()) : v;
    }
    out[i] = o;
  }
  return out;
})`;

export interface BareVm {
  context: vm.Context;
  /** Calls a top-level function of the build. */
  call(name: string, ...args: unknown[]): unknown;
  /** Deep-copies rows into arrays (and Dates) of the vm realm, as Apps Script hands a range over. */
  toRealm(rows: readonly (readonly unknown[])[]): unknown[][];
}

/**
 * Evaluates every build/*.js in a new context. `salt` is appended as a comment so V8's
 * per-isolate compilation cache cannot serve an earlier compile (a cold start is a cold compile).
 */
export function createBareVm(salt?: string): BareVm {
  const context = vm.createContext({});
  for (const file of buildScripts()) {
    const source = salt === undefined ? file.source : `${file.source}\n//# ${salt}`;
    vm.runInContext(source, context, { filename: file.name });
  }
  const copy = vm.runInContext(COPY_SOURCE, context) as (rows: readonly (readonly unknown[])[]) => unknown[][];
  return {
    context,
    call(name, ...args) {
      const fn = (context as Record<string, unknown>)[name];
      if (typeof fn !== 'function') throw new Error(`build does not declare ${name}`);
      return (fn as (...a: unknown[]) => unknown)(...args);
    },
    toRealm: copy,
  };
}
