/**
 * npm run preview [-- --input FILE.xlsx] [--port N] [--sheet NAME]
 *
 * Serves the BUILT sidebar (build/Sidebar.html) on 127.0.0.1 in a page where google.script.run
 * calls the BUILT add-on running in the local Apps Script runtime over an example workbook
 * (default examples/bao-cao-thads-tinh-2020.xlsx). Beside the 300 px sidebar the page shows the
 * workbook's sheets, so a report made in the sidebar can be looked at.
 *
 * The boundary behaves as Apps Script's: arguments and results must be plain JSON-able values
 * (a Date, a function, undefined inside an array… makes the call fail), names ending in "_" are
 * private. Only loopback is served, and only same-origin JSON POSTs reach the runtime.
 *
 * Tests use `startPreview({ workbook })` (or `serveSidebar({ handler })` with a stand-in server).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AppsScriptRuntime, Workbook } from '../runtime/index';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_INPUT = join(root, 'examples/bao-cao-thads-tinh-2020.xlsx');
const SIDEBAR = join(root, 'build/Sidebar.html');

/** Calls one server function by name with the arguments as sent; throws for a failure. */
export type RpcHandler = (name: string, args: unknown[]) => unknown | Promise<unknown>;

/**
 * Where a value breaks Apps Script's rules for google.script.run (only primitives, null, plain
 * objects and arrays), as a path like "$.period.year", or null when it is fine. Works across
 * realms (the runtime's values come from a vm context): no instanceof.
 *
 * @example
 * boundaryViolation({ a: [1, new Date()] }) // "$.a[1] (Date)"
 */
export function boundaryViolation(value: unknown, path = '$'): string | null {
  if (value === null) return null;
  const type = typeof value;
  if (type === 'string' || type === 'boolean') return null;
  if (type === 'number') return Number.isFinite(value as number) ? null : `${path} (${String(value)})`;
  if (type !== 'object') return `${path} (${type})`;
  const tag = Object.prototype.toString.call(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const bad = value[i] === undefined ? `${path}[${i}] (undefined)` : boundaryViolation(value[i], `${path}[${i}]`);
      if (bad) return bad;
    }
    return null;
  }
  if (tag !== '[object Object]') return `${path} (${tag.slice(8, -1)})`;
  const proto = Object.getPrototypeOf(value);
  if (proto !== null && Object.getPrototypeOf(proto) !== null) return `${path} (class instance)`;
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (v === undefined) continue; // JSON drops it, as Apps Script does
    const bad = boundaryViolation(v, `${path}.${k}`);
    if (bad) return bad;
  }
  return null;
}

/** The google.script.run / google.script.host stand-in injected into the served sidebar. */
export const SHIM = `<script>(function () {
  function violation(v, path) {
    if (v === null || typeof v === 'string' || typeof v === 'boolean') return null;
    if (typeof v === 'number') return isFinite(v) ? null : path;
    if (typeof v !== 'object') return path + ' (' + typeof v + ')';
    if (Array.isArray(v)) { for (var i = 0; i < v.length; i++) { var b = v[i] === undefined ? path + '[' + i + '] (undefined)' : violation(v[i], path + '[' + i + ']'); if (b) return b; } return null; }
    if (Object.prototype.toString.call(v) !== '[object Object]') return path + ' (' + Object.prototype.toString.call(v).slice(8, -1) + ')';
    for (var k in v) { if (v[k] === undefined) continue; var c = violation(v[k], path + '.' + k); if (c) return c; }
    return null;
  }
  function runner(ok, fail, user) {
    var base = {
      withSuccessHandler: function (f) { return runner(f, fail, user); },
      withFailureHandler: function (f) { return runner(ok, f, user); },
      withUserObject: function (o) { return runner(ok, fail, o); }
    };
    return new Proxy(base, { get: function (t, name) {
      if (name in t) return t[name];
      if (typeof name !== 'string') return undefined;
      return function () {
        var args = Array.prototype.slice.call(arguments);
        var failWith = function (msg) { setTimeout(function () { if (fail) fail(new Error(msg), user); }, 0); };
        var bad = violation(args, '$args');
        if (bad) return failWith('Invalid argument: ' + bad);
        window.__rpcLog = window.__rpcLog || [];
        window.__rpcLog.push(name);
        fetch('/rpc', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: name, args: args }) })
          .then(function (r) { return r.json(); })
          .then(function (res) { if (res.ok) { if (ok) ok(res.value, user); } else failWith(res.error); },
                function (e) { failWith('NetworkError: ' + (e && e.message)); });
      };
    } });
  }
  window.google = { script: {
    run: runner(null, null, undefined),
    host: {
      close: function () { window.__sidebarClosed = true; document.body.textContent = 'Sidebar closed (google.script.host.close).'; },
      setHeight: function () {}, setWidth: function () {}, editor: { focus: function () {} }
    }
  } };
})();</script>`;

/** The sidebar as Apps Script would serve it, with the shim before its own script. */
export function sidebarPage(html: string): string {
  const at = html.indexOf('<head>');
  return at < 0 ? SHIM + html : html.slice(0, at + 6) + SHIM + html.slice(at + 6);
}

/** The outer page: the sidebar in a 300 px frame beside the workbook's sheets. */
const OUTER = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>THADS – xem trước</title>
<style>body{margin:0;font:13px Roboto,Arial,sans-serif;display:flex;height:100vh;background:#eef0f2}
#sheets{flex:1;overflow:auto;padding:10px}#tabs button{margin:0 4px 6px 0}
table{border-collapse:collapse;background:#fff}td{border:1px solid #dadce0;padding:2px 6px;white-space:nowrap;max-width:260px;overflow:hidden;text-overflow:ellipsis}
iframe{width:300px;border:0;border-left:1px solid #ccc;background:#fff}</style></head>
<body><div id="sheets"><div id="tabs"></div><div id="grid"></div></div><iframe src="/sidebar" title="Sidebar"></iframe>
<script>
var current = null;
function load() { fetch('/api/workbook').then(function (r) { return r.json(); }).then(show); }
function show(wb) {
  var tabs = document.getElementById('tabs'); tabs.textContent = '';
  wb.sheets.forEach(function (s) { var b = document.createElement('button'); b.textContent = s.name + (s.hidden ? ' (ẩn)' : ''); b.onclick = function () { current = s.name; show(wb); }; tabs.appendChild(b); });
  var s = wb.sheets.filter(function (x) { return x.name === current; })[0] || wb.sheets[0]; if (!s) return;
  var t = document.createElement('table');
  s.rows.forEach(function (row) { var tr = t.insertRow(); row.forEach(function (v) { tr.insertCell().textContent = v; }); });
  var g = document.getElementById('grid'); g.textContent = ''; g.appendChild(t);
}
load(); setInterval(load, 3000);
</script></body></html>`;

/** Rows of a workbook's sheets as text, for the outer page (at most 80 rows × 30 columns each). */
function workbookView(workbook: Workbook): { sheets: Array<{ name: string; hidden: boolean; rows: string[][] }> } {
  return {
    sheets: workbook.sheets.map((s) => {
      const rows: string[][] = [];
      const lastRow = Math.min(s.lastRow(), 80);
      const lastCol = Math.min(s.lastColumn(), 30);
      for (let r = 1; r <= lastRow; r++) {
        const row: string[] = [];
        for (let c = 1; c <= lastCol; c++) {
          const v = s.cell(r, c)?.value;
          row.push(v === undefined ? '' : Object.prototype.toString.call(v) === '[object Date]' ? (v as Date).toISOString().slice(0, 10) : String(v));
        }
        rows.push(row);
      }
      return { name: s.name, hidden: s.hidden, rows };
    }),
  };
}

function readBody(req: IncomingMessage, limit = 2_000_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) reject(new Error('request too large'));
      else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, {
    'Content-Type': `${type}; charset=utf-8`,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(body);
}

export interface ServeOptions {
  handler: RpcHandler;
  port?: number;
  /** The sidebar HTML; default build/Sidebar.html read on each request (a rebuild shows at once). */
  html?: () => string;
  /** For the outer page's sheet view. */
  workbook?: Workbook;
}

/** Serves the sidebar with the shim on 127.0.0.1 and answers its calls with `handler`. */
export async function serveSidebar(opts: ServeOptions): Promise<{ url: string; close(): Promise<void> }> {
  const html = opts.html ?? (() => readFileSync(SIDEBAR, 'utf8'));
  let origin = '';
  const server = createServer(async (req, res) => {
    try {
      const path = (req.url ?? '/').split('?')[0];
      if (req.method === 'GET' && path === '/') return send(res, 200, 'text/html', OUTER);
      if (path === '/favicon.ico') return send(res, 204, 'text/plain', '');
      if (req.method === 'GET' && path === '/sidebar') return send(res, 200, 'text/html', sidebarPage(html()));
      if (req.method === 'GET' && path === '/api/workbook') {
        return send(res, 200, 'application/json', JSON.stringify(opts.workbook ? workbookView(opts.workbook) : { sheets: [] }));
      }
      if (req.method === 'POST' && path === '/rpc') {
        // Another site open in the same browser must not drive the runtime: same origin, JSON only
        // (a cross-site JSON POST needs a CORS preflight, which this server never grants).
        const from = req.headers.origin;
        if ((from !== undefined && from !== origin) || !(req.headers['content-type'] ?? '').startsWith('application/json')) {
          return send(res, 403, 'application/json', JSON.stringify({ ok: false, error: 'forbidden' }));
        }
        const body = JSON.parse(await readBody(req)) as { name?: unknown; args?: unknown };
        const name = typeof body.name === 'string' ? body.name : '';
        const args = Array.isArray(body.args) ? body.args : [];
        if (!/^[A-Za-z$][A-Za-z0-9_$]*$/.test(name) || name.endsWith('_')) {
          return send(res, 200, 'application/json', JSON.stringify({ ok: false, error: `Script function not found: ${name}` }));
        }
        let reply: { ok: true; value: unknown } | { ok: false; error: string };
        try {
          const value = await opts.handler(name, args);
          const bad = boundaryViolation(value === undefined ? null : value);
          reply = bad
            ? { ok: false, error: `The value returned by ${name} cannot cross google.script.run: ${bad}` }
            : { ok: true, value: value === undefined ? null : value };
        } catch (e) {
          reply = { ok: false, error: e instanceof Error || (e && typeof (e as Error).message === 'string') ? (e as Error).message : String(e) };
        }
        return send(res, 200, 'application/json', JSON.stringify(reply));
      }
      send(res, 404, 'text/plain', 'not found');
    } catch (e) {
      send(res, 500, 'text/plain', e instanceof Error ? e.message : String(e));
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface PreviewOptions {
  workbook?: Workbook;
  /** An .xlsx to load when no workbook is given; default the example. */
  input?: string;
  port?: number;
  activeSheet?: string;
  /** Build first (default true; tests that already built pass false). */
  build?: boolean;
}

/**
 * Builds, loads the workbook into the local runtime and serves the sidebar; `url` is the outer
 * page, `${url}sidebar` the sidebar alone.
 */
export async function startPreview(
  opts: PreviewOptions = {},
): Promise<{ url: string; sidebarUrl: string; runtime: AppsScriptRuntime; close(): Promise<void> }> {
  if (opts.build !== false || !existsSync(SIDEBAR)) {
    const { buildAll } = await import('./build');
    await buildAll({ quiet: true });
  }
  // Loaded on demand: serveSidebar alone (tests with a stand-in server) needs no runtime.
  const { createRuntime, Workbook } = await import('../runtime/index');
  const workbook = opts.workbook ?? (await Workbook.fromXlsx(opts.input ?? DEFAULT_INPUT));
  const runtime = await createRuntime(opts.activeSheet ? { workbook, activeSheet: opts.activeSheet } : { workbook });
  const served = await serveSidebar({
    handler: (name, args) => runtime.call(name, ...args),
    port: opts.port,
    workbook,
  });
  return { url: served.url, sidebarUrl: `${served.url}sidebar`, runtime, close: served.close };
}

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const port = flag('port');
  startPreview({ input: flag('input'), port: port ? Number(port) : 8787, activeSheet: flag('sheet') })
    .then((p) => {
      console.log(`Xem trước / preview: ${p.url}  (sidebar alone: ${p.sidebarUrl})`);
      console.log('Ctrl+C to stop.');
    })
    .catch((e) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    });
}
