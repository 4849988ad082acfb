/**
 * The Proxy every service object is handed out through: it counts each method call under
 * "<Service>.<method>", wraps the service objects a call returns (so chains are counted too),
 * unwraps proxies passed back in, turns host errors into errors of the add-on's realm, and refuses
 * writes while a custom function runs (Sheets gives custom functions read-only access).
 */
import type { Env } from './env';
import { missingScope } from './scopes';

/** Symbol under which a service class names itself ("Range", "Sheet", …). */
export const SERVICE = Symbol.for('thads.runtime.service');

export interface Service {
  readonly [SERVICE]: string;
}

function isService(x: unknown): x is Service {
  return typeof x === 'object' && x !== null && SERVICE in x;
}

const proxies = new WeakMap<object, object>();
const targets = new WeakMap<object, object>();

/** The implementation object behind a proxy (or the value itself). */
export function unwrap<T>(x: T): T {
  if (typeof x === 'object' && x !== null) return (targets.get(x) as T | undefined) ?? x;
  return x;
}

/** Sheets' spreadsheet writes a custom function may not make. */
const WRITE = /^(set|insert|delete|clear|merge|breakApart|add|remove|hide|show|activate|moveActive|autoResize|toast|copyTo|sort|update|flush)/;
const SHEETS_TYPES = new Set(['Spreadsheet', 'Sheet', 'Range', 'DeveloperMetadata', 'EmbeddedChart']);

function denied(type: string, method: string): string | undefined {
  if (type === 'SpreadsheetApp' && method === 'getUi') return 'Cannot call SpreadsheetApp.getUi() from this context.';
  if (type === 'Ui' || type === 'HtmlService') return `You do not have permission to call ${type}.${method}`;
  if (SHEETS_TYPES.has(type) && WRITE.test(method)) return `You do not have permission to call ${method}`;
  return undefined;
}

/** AuthMode.NONE (onOpen before the add-on was used in the file): building the menu only. */
const WITHOUT_AUTH = new Set(['SpreadsheetApp.getUi', 'Ui.createAddonMenu', 'Ui.createMenu']);
const WITHOUT_AUTH_TYPES = new Set(['Menu', 'ScriptApp', 'Logger']);

function deniedWithoutAuth(type: string, method: string): string | undefined {
  if (WITHOUT_AUTH_TYPES.has(type) || WITHOUT_AUTH.has(`${type}.${method}`)) return undefined;
  return `You do not have permission to call ${type}.${method}. (AuthMode.NONE: an add-on's onOpen may only build its menu.)`;
}

/** The counted proxy of a service object; the same object always gets the same proxy. */
export function instrument<T extends object>(env: Env, obj: T): T {
  if (!isService(obj)) return obj;
  const cached = proxies.get(obj);
  if (cached) return cached as T;
  const type = obj[SERVICE];
  const fns = new Map<PropertyKey, unknown>();
  const proxy = new Proxy(obj, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver);
      if (typeof prop === 'symbol' || typeof v !== 'function' || prop === 'constructor') return v;
      let fn = fns.get(prop);
      if (!fn) {
        const method = v as (...a: unknown[]) => unknown;
        const key = `${type}.${prop}`;
        fn = function (this: unknown, ...args: unknown[]): unknown {
          try {
            env.counter.count(key);
          } catch (e) {
            // A test's fault injected at the count may be an Error of an earlier execution's realm.
            throw toRealmError(env, e);
          }
          if (env.mode !== 'normal') {
            const why = env.mode === 'customFunction' ? denied(type, prop) : deniedWithoutAuth(type, prop);
            if (why) throw new env.realm.Error(why);
          }
          // In every mode: a method needing a scope the manifest does not grant fails.
          const unscoped = missingScope(env.scopes, type, prop);
          if (unscoped) throw new env.realm.Error(unscoped);
          let out: unknown;
          try {
            out = method.apply(target, args.map(unwrapArg));
          } catch (e) {
            throw toRealmError(env, e);
          }
          return wrapOut(env, out);
        };
        fns.set(prop, fn);
      }
      return fn;
    },
  });
  proxies.set(obj, proxy);
  targets.set(proxy, obj);
  return proxy;
}

function unwrapArg(a: unknown): unknown {
  if (Array.isArray(a) && a.some((x) => typeof x === 'object' && x !== null && targets.has(x))) return a.map(unwrap);
  return unwrap(a);
}

function wrapOut(env: Env, out: unknown): unknown {
  if (isService(out)) return instrument(env, out);
  if (Array.isArray(out) && out.length > 0 && isService(out[0])) return out.map((x) => instrument(env, x as object));
  return out;
}

/** An error the add-on's own `e instanceof Error` recognises, with the same message. */
export function toRealmError(env: Env, e: unknown): unknown {
  if (e instanceof env.realm.Error) return e;
  const err = new env.realm.Error(e instanceof Error ? e.message : String(e));
  if (e instanceof Error && e.name !== 'Error') err.name = e.name;
  return err;
}
