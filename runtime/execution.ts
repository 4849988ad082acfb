/**
 * One execution, one context: Apps Script evaluates the whole project afresh for every execution (a
 * custom-function recalculation, a menu action, a sidebar call), so nothing a script keeps in a
 * module-level variable survives into the next one. The build's files are compiled once per runtime
 * (vm.Script) and run into a new vm context for each execution; what Google keeps between executions
 * — the workbook, properties, caches, the lock, the Ui record, the call counter — lives in the Env and
 * the service objects, which every context shares.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import vm from 'node:vm';
import type { Env, Realm } from './services/env';
import { ChartType } from './services/chart';
import { makeConsole } from './services/utilities';

/** Makes arrays and plain objects of one context's realm. */
export interface Maker {
  array(): unknown[];
  object(): Record<string, unknown>;
}

/** A loaded context: the build's globals, and the constructors of its realm. */
export interface Execution {
  context: vm.Context;
  realm: Realm;
  make: Maker;
}

/** Globals a fresh vm context may carry that Apps Script does not have. */
const ABSENT = ['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'setImmediate', 'queueMicrotask', 'fetch', 'URL', 'URLSearchParams', 'TextEncoder', 'TextDecoder', 'structuredClone', 'atob', 'btoa', 'Blob', 'crypto', 'process', 'require', 'module', 'window', 'global', 'Buffer'];

interface Compiled {
  filename: string;
  script: vm.Script;
}

function loadError(filename: string, e: unknown): Error {
  // Apps Script would fail every execution the same way: say which file.
  const message = typeof e === 'object' && e !== null && 'message' in e ? String((e as Error).message) : String(e);
  return new Error(`Loading ${filename} into the Apps Script context failed: ${message}`, { cause: e });
}

/**
 * A fresh context whose global object is an ordinary one (vm.constants.DONT_CONTEXTIFY, Node ≥ 20.18):
 * in a context made from a sandbox object every global lookup (`Math`, `Number`, `Array`) goes through
 * V8's interceptor to that object, about 0.2 µs each — 3 million `Math.abs` calls took 2.3 s there
 * against 38 ms here — which Apps Script's V8 does not pay and which distorted every timing made in this
 * runtime (the report's fingerprint hash spent a third of its time looking up `Math.imul`). Older Node:
 * the sandboxed context.
 */
function newContext(): vm.Context {
  const plain = (vm.constants as unknown as { DONT_CONTEXTIFY?: symbol } | undefined)?.DONT_CONTEXTIFY;
  return plain ? vm.createContext(plain as unknown as vm.Context, { name: 'Apps Script (local)' }) : vm.createContext({}, { name: 'Apps Script (local)' });
}

/** Compiles the build's files once; `load()` then runs them into a new context per execution. */
export function contextFactory(env: Env, files: string[], root: string, services: Record<string, object>): () => Execution {
  const compiled: Compiled[] = files.map((file) => {
    const filename = relative(root, file) || file;
    try {
      return { filename, script: new vm.Script(readFileSync(file, 'utf8'), { filename }) };
    } catch (e) {
      throw loadError(filename, e);
    }
  });
  return () => {
    const context = newContext();
    vm.runInContext(ABSENT.map((n) => `delete globalThis.${n};`).join(''), context);
    const realm = vm.runInContext('({ Date: Date, Error: Error })', context) as Realm;
    const make = vm.runInContext('({ array: function () { return []; }, object: function () { return {}; } })', context) as Maker;
    for (const [name, service] of Object.entries(services)) context[name] = service;
    context.Charts = { ChartType: { ...ChartType }, Position: { TOP: 'TOP', BOTTOM: 'BOTTOM', RIGHT: 'RIGHT', LEFT: 'LEFT', NONE: 'NONE' } };
    context.console = makeConsole(env);
    // Top-level code may already call a service: its errors and Dates are of this realm.
    const outer = env.realm;
    env.realm = realm;
    try {
      for (const { filename, script } of compiled) {
        try {
          script.runInContext(context);
        } catch (e) {
          throw loadError(filename, e);
        }
      }
    } finally {
      env.realm = outer;
    }
    return { context, realm, make };
  };
}

/**
 * The names of a context's top-level functions: the script's declarations are enumerable properties of
 * the global; the builtins (`Object`, `Date`), which an ordinary global object also holds, are not.
 */
export function topLevelFunctions(context: vm.Context): string[] {
  return Object.keys(context).filter((n) => typeof context[n] === 'function');
}

/**
 * Arguments cloned into the context's realm (arrays, plain objects, Dates), as Apps Script hands
 * the add-on its own objects: `instanceof` and prototype checks (zod's included) then behave.
 * Objects of another context (an earlier execution, a test's JSON.parse) are cloned too.
 */
export function toRealm(realm: Realm, make: Maker, v: unknown): unknown {
  if (typeof v !== 'object' || v === null) return v;
  if (Object.prototype.toString.call(v) === '[object Date]') return new realm.Date((v as Date).getTime());
  if (Array.isArray(v)) {
    const out = make.array();
    for (const x of v) out.push(toRealm(realm, make, x));
    return out;
  }
  const proto = Object.getPrototypeOf(v) as object | null;
  // A plain object of any realm: its prototype is null or that realm's Object.prototype.
  if (proto === null || Object.getPrototypeOf(proto) === null) {
    const out = make.object();
    for (const [k, x] of Object.entries(v)) out[k] = toRealm(realm, make, x);
    return out;
  }
  return v;
}
