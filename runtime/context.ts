/**
 * createRuntime: loads every build/*.js into ONE fresh vm context in push order (.clasp.json
 * filePushOrder, then the rest alphabetically), as Apps Script does, with the services the add-on
 * uses bound to an in-memory Workbook. Node only; never bundled into the add-on.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { Workbook } from './model/workbook';
import { CallCounter } from './counter';
import { RuntimeInputError } from './errors';
import type { Env, Realm } from './services/env';
import { instrument, toRealmError } from './services/instrument';
import { SpreadsheetAppImpl } from './services/spreadsheet';
import { HtmlServiceImpl } from './services/html';
import { PropertiesServiceImpl } from './services/properties';
import { LockServiceImpl } from './services/lock';
import { CacheServiceImpl } from './services/cache';
import { LoggerImpl, ScriptAppImpl, SessionImpl, UtilitiesImpl, makeConsole } from './services/utilities';
import { ChartType } from './services/chart';
import { emptyUiRecord } from './services/ui-record';
import type { UiRecord } from './services/ui-record';
import type { RecalcReport } from './formula/recalculate';
import { recalculate } from './formula/recalculate';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_BUILD_DIR = join(REPO_ROOT, 'build');

export interface RuntimeOptions {
  workbook?: Workbook;
  /** Default: <repo>/build. */
  buildDir?: string;
  /** Name of the sheet that is active when the add-on starts. */
  activeSheet?: string;
  /** The spreadsheet's time zone (default: the workbook's, Asia/Ho_Chi_Minh). */
  timeZone?: string;
  /** Default 'vi_VN'. */
  locale?: string;
  /** Path of the .clasp.json giving filePushOrder; default: the build directory's parent's. */
  claspJson?: string;
  /** How long one custom-function call may take before its cell shows #ERROR! (default 30 000 ms, as in Sheets). */
  customFunctionTimeLimitMs?: number;
}

export interface AppsScriptRuntime {
  context: vm.Context;
  workbook: Workbook;
  calls: CallCounter;
  /** The files loaded, in order (absolute paths). */
  files: string[];
  /**
   * Calls a top-level function of the context by name. A first argument `{ authMode: 'NONE' }`
   * runs it as a simple trigger before authorization: every service but the menu throws.
   */
  call(name: string, ...args: unknown[]): unknown;
  /** Runs a snippet of script inside the context (tests and the preview server). */
  evaluate(code: string): unknown;
  /** Evaluates our custom-function formulas and spills their results. */
  recalculate(): RecalcReport;
  ui: UiRecord;
  /** Logger.log and console lines. */
  logs: string[];
  /** Simulates another execution holding the document (and script) lock. */
  lock: { hold(): void; release(): void };
  /** User and script properties (document properties live in the workbook). */
  properties: { user: Record<string, string>; script: Record<string, string> };
}

/** The build's .js files in Apps Script's push order. */
export function pushOrder(buildDir: string, claspJson?: string): string[] {
  if (!existsSync(buildDir)) throw new RuntimeInputError(`Build directory not found: "${buildDir}" (run \`npm run build\`).`);
  const all = readdirSync(buildDir)
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map((f) => join(buildDir, f));
  const claspPath = claspJson ?? join(dirname(buildDir), '.clasp.json');
  const ordered: string[] = [];
  if (existsSync(claspPath)) {
    const clasp = JSON.parse(readFileSync(claspPath, 'utf8')) as { filePushOrder?: string[]; rootDir?: string };
    const claspDir = dirname(claspPath);
    const rootDir = resolve(claspDir, clasp.rootDir ?? '.');
    for (const entry of clasp.filePushOrder ?? []) {
      const candidates = [resolve(claspDir, entry), resolve(rootDir, entry)];
      const found = candidates.find((p) => all.includes(p));
      if (found && !ordered.includes(found)) ordered.push(found);
    }
  }
  return [...ordered, ...all.filter((f) => !ordered.includes(f))];
}

function scriptTimeZone(buildDir: string): string {
  const manifest = join(buildDir, 'appsscript.json');
  if (!existsSync(manifest)) return 'Asia/Ho_Chi_Minh';
  try {
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { timeZone?: string }).timeZone ?? 'Asia/Ho_Chi_Minh';
  } catch {
    return 'Asia/Ho_Chi_Minh';
  }
}

/** Globals a fresh vm context may carry that Apps Script does not have. */
const ABSENT = ['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'setImmediate', 'queueMicrotask', 'fetch', 'URL', 'URLSearchParams', 'TextEncoder', 'TextDecoder', 'structuredClone', 'atob', 'btoa', 'Blob', 'crypto', 'process', 'require', 'module', 'window', 'global', 'Buffer'];

export function createRuntimeSync(opts: RuntimeOptions = {}): AppsScriptRuntime {
  const workbook = opts.workbook ?? Workbook.empty();
  if (opts.timeZone) workbook.timeZone = opts.timeZone;
  workbook.locale = opts.locale ?? 'vi_VN';
  if (workbook.sheets.length === 0) workbook.addSheet('Sheet1');
  if (opts.activeSheet !== undefined) workbook.activeIndex = workbook.sheets.indexOf(workbook.requireSheet(opts.activeSheet));
  const buildDir = resolve(opts.buildDir ?? DEFAULT_BUILD_DIR);
  const timeLimit = opts.customFunctionTimeLimitMs ?? 30_000;
  const files = pushOrder(buildDir, opts.claspJson);

  // Apps Script runs the script in its manifest's time zone: `new Date(2024, 9, 1)` and getDate()
  // are local to it. A vm context shares the process's zone, so the process takes the script's.
  const scriptTz = scriptTimeZone(buildDir);
  if (process.env.TZ !== scriptTz) process.env.TZ = scriptTz;
  const context = vm.createContext({}, { name: 'Apps Script (local)' });
  const realm = vm.runInContext('({ Date: Date, Error: Error })', context) as Realm;
  const make = vm.runInContext('({ array: function () { return []; }, object: function () { return {}; } })', context) as Maker;
  const env: Env = {
    workbook,
    counter: new CallCounter(),
    realm,
    mode: 'normal',
    buildDir,
    scriptTimeZone: scriptTz,
    ui: emptyUiRecord(),
    lock: { heldElsewhere: false },
    userProperties: {},
    scriptProperties: {},
    caches: new Map(),
    logs: [],
  };
  vm.runInContext(ABSENT.map((n) => `delete globalThis.${n};`).join(''), context);
  const services: Record<string, object> = {
    SpreadsheetApp: new SpreadsheetAppImpl(env),
    HtmlService: new HtmlServiceImpl(env),
    PropertiesService: new PropertiesServiceImpl(env),
    LockService: new LockServiceImpl(env),
    CacheService: new CacheServiceImpl(env),
    Utilities: new UtilitiesImpl(),
    Session: new SessionImpl(env),
    Logger: new LoggerImpl(env),
    ScriptApp: new ScriptAppImpl(),
  };
  for (const [name, service] of Object.entries(services)) context[name] = instrument(env, service);
  context.Charts = { ChartType, Position: { TOP: 'TOP', BOTTOM: 'BOTTOM', RIGHT: 'RIGHT', LEFT: 'LEFT', NONE: 'NONE' } };
  context.console = makeConsole(env);

  for (const file of files) {
    const filename = relative(REPO_ROOT, file) || file;
    try {
      vm.runInContext(readFileSync(file, 'utf8'), context, { filename });
    } catch (e) {
      // Apps Script would fail every execution the same way: say which file.
      const message = typeof e === 'object' && e !== null && 'message' in e ? String((e as Error).message) : String(e);
      throw new Error(`Loading ${filename} into the Apps Script context failed: ${message}`, { cause: e });
    }
  }

  const lookup = (name: string): string | undefined => {
    if (typeof context[name] === 'function') return name;
    const upper = name.toUpperCase();
    if (typeof context[upper] === 'function') return upper;
    // Custom function names are case-insensitive in Sheets.
    return Object.getOwnPropertyNames(context).find((n) => n.toUpperCase() === upper && typeof context[n] === 'function');
  };
  const call = (name: string, ...args: unknown[]): unknown => {
    const fn = context[name] as unknown;
    if (typeof fn !== 'function') throw new Error(`No top-level function "${name}" in the loaded files.`);
    // A trigger called with { authMode: 'NONE' } runs as Apps Script runs it: menu only.
    const event = args[0] as { authMode?: unknown } | undefined;
    const before = env.mode;
    if (env.mode === 'normal' && typeof event === 'object' && event !== null && String(event.authMode) === 'NONE') env.mode = 'authNone';
    try {
      return (fn as (...a: unknown[]) => unknown)(...args.map((a) => toRealm(realm, make, a)));
    } finally {
      env.mode = before;
    }
  };
  return {
    context,
    workbook,
    calls: env.counter,
    files,
    call,
    evaluate: (code: string) => vm.runInContext(code, context),
    recalculate: () =>
      recalculate(env, lookup, (name, args) => {
        env.mode = 'customFunction';
        const started = Date.now();
        try {
          const result = call(name, ...args);
          // Sheets stops a custom function after 30 seconds; here it runs to the end, then fails the same way.
          if (Date.now() - started > timeLimit) throw new Error('Exceeded maximum execution time');
          return result;
        } catch (e) {
          throw toRealmError(env, e);
        } finally {
          env.mode = 'normal';
        }
      }),
    ui: env.ui,
    logs: env.logs,
    lock: {
      hold: () => {
        env.lock.heldElsewhere = true;
      },
      release: () => {
        env.lock.heldElsewhere = false;
      },
    },
    properties: { user: env.userProperties, script: env.scriptProperties },
  };
}

export async function createRuntime(opts: RuntimeOptions = {}): Promise<AppsScriptRuntime> {
  return createRuntimeSync(opts);
}

interface Maker {
  array(): unknown[];
  object(): Record<string, unknown>;
}

/**
 * Arguments cloned into the context's realm (arrays, plain objects, Dates), as Apps Script hands
 * the add-on its own objects: `instanceof` and prototype checks (zod's included) then behave.
 */
function toRealm(realm: Realm, make: Maker, v: unknown): unknown {
  if (typeof v !== 'object' || v === null) return v;
  if (Object.prototype.toString.call(v) === '[object Date]') return new realm.Date((v as Date).getTime());
  if (Array.isArray(v)) {
    const out = make.array();
    for (const x of v) out.push(toRealm(realm, make, x));
    return out;
  }
  const proto = Object.getPrototypeOf(v);
  if (proto === Object.prototype || proto === null) {
    const out = make.object();
    for (const [k, x] of Object.entries(v)) out[k] = toRealm(realm, make, x);
    return out;
  }
  return v;
}
