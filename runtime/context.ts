/**
 * createRuntime: runs every build/*.js in push order (.clasp.json filePushOrder, then the rest
 * alphabetically) in a fresh vm context for each execution, as Apps Script does, with the services
 * the add-on uses bound to an in-memory Workbook shared by all executions. Node only; never bundled
 * into the add-on.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { Workbook } from './model/workbook';
import { CallCounter } from './counter';
import { RuntimeInputError } from './errors';
import type { Env } from './services/env';
import { instrument, toRealmError } from './services/instrument';
import { SpreadsheetAppImpl } from './services/spreadsheet';
import { HtmlServiceImpl } from './services/html';
import { PropertiesServiceImpl } from './services/properties';
import { LockServiceImpl } from './services/lock';
import { CacheServiceImpl } from './services/cache';
import { LoggerImpl, ScriptAppImpl, SessionImpl, UtilitiesImpl } from './services/utilities';
import { contextFactory, toRealm, topLevelFunctions } from './execution';
import { readManifest } from './manifest';
import type { Execution } from './execution';
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
  /**
   * The context of the execution running, else the one the next execution (`call`, `evaluate`,
   * one formula of `recalculate`) will run in. Each execution gets a fresh one.
   */
  readonly context: vm.Context;
  /** The context the last finished execution ran in (what a call left behind), for tests. */
  readonly lastContext: vm.Context | undefined;
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
  const manifest = readManifest(buildDir);
  const scriptTz = manifest.timeZone;
  if (process.env.TZ !== scriptTz) process.env.TZ = scriptTz;
  const env: Env = {
    workbook,
    counter: new CallCounter(),
    // The realm of the execution running (set by each one); the host's until the first.
    realm: { Date, Error },
    mode: 'normal',
    buildDir,
    scriptTimeZone: scriptTz,
    ...(manifest.oauthScopes ? { scopes: manifest.oauthScopes } : {}),
    ui: emptyUiRecord(),
    lock: { heldElsewhere: false },
    userProperties: {},
    scriptProperties: {},
    caches: new Map(),
    logs: [],
  };
  // Google's state: one set of service objects for every execution of this runtime.
  const services: Record<string, object> = {};
  for (const [name, service] of Object.entries({
    SpreadsheetApp: new SpreadsheetAppImpl(env),
    HtmlService: new HtmlServiceImpl(env),
    PropertiesService: new PropertiesServiceImpl(env),
    LockService: new LockServiceImpl(env),
    CacheService: new CacheServiceImpl(env),
    Utilities: new UtilitiesImpl(),
    Session: new SessionImpl(env),
    Logger: new LoggerImpl(env),
    ScriptApp: new ScriptAppImpl(),
  }))
    services[name] = instrument(env, service);
  const load = contextFactory(env, files, REPO_ROOT, services);

  // Loaded now, so a file that fails to load fails createRuntime; the next execution runs in it.
  let next: Execution | undefined = load();
  let running: Execution | undefined;
  let last: Execution | undefined;
  const functionNames = topLevelFunctions(next.context);
  /** Runs `body` as one execution, in a context no earlier execution has touched. */
  const execute = <T>(body: (ex: Execution) => T): T => {
    const ex = next ?? load();
    next = undefined;
    const outer = running;
    running = ex;
    env.realm = ex.realm;
    try {
      return body(ex);
    } finally {
      last = ex;
      running = outer;
      if (outer) env.realm = outer.realm;
    }
  };

  const lookup = (name: string): string | undefined => {
    if (functionNames.includes(name)) return name;
    const upper = name.toUpperCase();
    // Custom function names are case-insensitive in Sheets.
    return functionNames.find((n) => n === upper) ?? functionNames.find((n) => n.toUpperCase() === upper);
  };
  const call = (name: string, ...args: unknown[]): unknown =>
    execute(({ context, realm, make }) => {
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
    });
  return {
    get context() {
      if (running) return running.context;
      next ??= load();
      // Code a test runs straight in this context meets services speaking its realm.
      env.realm = next.realm;
      return next.context;
    },
    get lastContext() {
      return last?.context;
    },
    workbook,
    calls: env.counter,
    files,
    call,
    evaluate: (code: string) => execute(({ context }) => vm.runInContext(code, context)),
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
