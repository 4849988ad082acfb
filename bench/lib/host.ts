/**
 * Where the benchmarks run the built add-on: the local Apps Script runtime (runtime/index.ts:
 * SpreadsheetApp and friends over an in-memory workbook, service calls counted) when it loads;
 * for custom functions only, a bare `vm` context (bareVm.ts) when it does not, since custom
 * functions call no service. Every report says which host it used.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runInContext } from 'node:vm';
import { COPY_SOURCE, createBareVm } from './bareVm';
import { buildDir, root } from './build';

export type RuntimeModule = typeof import('../../runtime/index');
export type AppsScriptRuntime = import('../../runtime/index').AppsScriptRuntime;
export type Workbook = import('../../runtime/index').Workbook;

/** The built add-on, ready to call. */
export interface AddonHost {
  /** 'runtime' = runtime/index.ts; 'bare-vm' = build/*.js in a vm context without services. */
  kind: 'runtime' | 'bare-vm';
  /**
   * Calls a top-level function with arguments already in the script's realm (as Apps Script
   * hands them over): no copying inside the timed call.
   */
  call(name: string, ...args: unknown[]): unknown;
  /** Rows copied into the script's realm (arrays and Dates of the vm context). */
  toRealm(rows: readonly (readonly unknown[])[]): unknown[][];
  /** The runtime itself, when kind = 'runtime'. */
  runtime?: AppsScriptRuntime;
}

let cached: RuntimeModule | undefined;
let attempt = 0;

/**
 * runtime/index.ts, or why it cannot be loaded. Only a success is kept: the runtime is read from
 * the working tree, which others may be editing, so a failed load is retried (with a fresh URL,
 * so the module loader does not hand back the failure) up to three times, two seconds apart.
 */
export async function loadRuntimeModule(): Promise<{ mod?: RuntimeModule; why?: string }> {
  if (cached) return { mod: cached };
  const path = join(root, 'runtime', 'index.ts');
  if (!existsSync(path)) return { why: 'runtime/index.ts does not exist yet' };
  let why = '';
  for (let i = 0; i < 3; i++) {
    try {
      const url = `${pathToFileURL(path).href}${attempt++ ? `?retry=${attempt}` : ''}`;
      const mod = (await import(url)) as Partial<RuntimeModule>;
      if (!mod.Workbook || !mod.createRuntimeSync) return { why: 'runtime/index.ts exports no Workbook / createRuntimeSync' };
      cached = mod as RuntimeModule;
      return { mod: cached };
    } catch (e) {
      why = `runtime/index.ts failed to load: ${e instanceof Error ? e.message.split('\n').slice(0, 2).join(' ') : String(e)}`;
      await new Promise((r) => setTimeout(r, 2000));
    }
  }
  return { why };
}

export interface SheetSpec {
  rows: unknown[][];
  /** Merged ranges, 0-based (converted to the runtime's 1-based rectangles). */
  merges?: { row: number; column: number; rows: number; columns: number }[];
}

/** The runtime over a workbook of the given sheets (first one active), or why not. */
export async function runtimeHost(sheets: Record<string, SheetSpec> = {}): Promise<AddonHost | string> {
  const { mod, why } = await loadRuntimeModule();
  if (!mod) return why ?? 'runtime not available';
  try {
    const workbook = mod.Workbook.empty();
    for (const [name, spec] of Object.entries(sheets)) {
      const sheet = workbook.addSheet(name, spec.rows);
      for (const m of spec.merges ?? []) sheet.merges.push({ row: m.row + 1, column: m.column + 1, numRows: m.rows, numColumns: m.columns });
    }
    const runtime = mod.createRuntimeSync({ workbook, buildDir });
    // One warm context for the whole bench (the runtime gives each execution a fresh one; the
    // benches time the functions, cold start is measured apart): the copy is made in the same realm.
    const context = runtime.context as Record<string, unknown>;
    const copy = runInContext(COPY_SOURCE, context) as (rows: readonly (readonly unknown[])[]) => unknown[][];
    return {
      kind: 'runtime',
      call(name, ...args) {
        const fn = context[name];
        if (typeof fn !== 'function') throw new Error(`build does not declare ${name}`);
        return (fn as (...a: unknown[]) => unknown)(...args);
      },
      toRealm: copy,
      runtime,
    };
  } catch (e) {
    return `the runtime failed to start: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`;
  }
}

/** The runtime when it loads, else the bare vm (custom functions only). */
export async function customFunctionHost(): Promise<{ host: AddonHost; note: string }> {
  const host = await runtimeHost();
  if (typeof host !== 'string') {
    return { host, note: 'host: local runtime (runtime/index.ts) over build/*.js; arguments made in its vm realm before timing' };
  }
  const vm = createBareVm();
  return {
    host: { kind: 'bare-vm', call: vm.call, toRealm: vm.toRealm },
    note: `host: build/*.js in a bare vm context (${host}); custom functions call no service, so the figure stands`,
  };
}
