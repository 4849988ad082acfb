/**
 * npm run build: writes build/ for clasp to push.
 *   build/addon.js        the bundle of src/ — one IIFE assigned to the global ThadsAddon, ES2019
 *   build/stubs.js        generated top-level stubs (custom functions with JSDoc, triggers, menu, RPC)
 *   build/Sidebar.html    the sidebar, its JS and CSS inlined
 *   build/appsscript.json the manifest
 * and refreshes the README's function table from the registry.
 */
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { registry } from '../src/functions/registry';
import { entrypoints } from '../src/server/entrypoints';
import { aboutFromRegistry, renderFunctionTable, renderStubs } from './stubs';
import { parse } from 'acorn';
import { stripDocsPlugin } from './stripDocs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'build');

/** The global the bundle is assigned to; the stubs delegate through it. */
export const GLOBAL_NAME = 'ThadsAddon';

export async function buildAll(options: { quiet?: boolean } = {}): Promise<void> {
  const log = options.quiet ? () => {} : (m: string) => console.log(m);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });

  const bundle = await build({
    entryPoints: [join(root, 'src/main.ts')],
    bundle: true,
    // ESM, then wrapped by hand (below): esbuild's own IIFE with a globalName routes the exports
    // through its CommonJS interop helpers, half a kilobyte that every custom-function call pays.
    format: 'esm',
    target: 'es2019',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    // Every custom-function call loads and evaluates the whole file, so size is latency: minify
    // fully, and keep Vietnamese text as UTF-8 (the default ASCII escapes triple its size).
    minify: true,
    charset: 'utf8',
    legalComments: 'none',
    write: false,
    outfile: join(out, 'addon.js'),
    plugins: [stripDocsPlugin],
    logLevel: 'warning',
  });
  writeFileSync(join(out, 'addon.js'), wrapAsGlobal(bundle.outputFiles[0]!.text, GLOBAL_NAME));

  writeFileSync(join(out, 'stubs.js'), renderStubs(registry, entrypoints, GLOBAL_NAME));
  await buildSidebar();
  copyFileSync(join(root, 'appsscript.json'), join(out, 'appsscript.json'));
  updateReadme();
  log(`build/: addon.js ${kb('addon.js')}, stubs.js ${kb('stubs.js')}, Sidebar.html ${kb('Sidebar.html')}`);
}

/**
 * Turns esbuild's ESM bundle (no imports, one `export { a as x, … }` at the end) into the script
 * Apps Script loads: `"use strict";var ThadsAddon=(()=>{…;return{x:a,…}})();` — one declaration,
 * nothing else at top level, strict as the module was.
 */
export function wrapAsGlobal(esm: string, globalName: string): string {
  const ast = parse(esm, { ecmaVersion: 2019, sourceType: 'module' }) as unknown as {
    body: { type: string; start: number; end: number; source?: unknown; specifiers?: { local: { name: string }; exported: { name: string } }[] }[];
  };
  const exports = ast.body.filter((n) => n.type.startsWith('Export') || n.type === 'ImportDeclaration');
  const last = exports[0];
  if (exports.length !== 1 || last!.type !== 'ExportNamedDeclaration' || last!.source || !last!.specifiers) {
    throw new Error('build: the bundle must end in one `export { … }` of local names and import nothing');
  }
  const fields = last!.specifiers.map((s) => `${s.exported.name}:${s.local.name}`).join(',');
  return `"use strict";var ${globalName}=(()=>{${esm.slice(0, last!.start)}return{${fields}}${esm.slice(last!.end)}})();\n`;
}

async function buildSidebar(): Promise<void> {
  const dir = join(root, 'src/pages/sidebar');
  const script = await build({
    entryPoints: [join(dir, 'main.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2019',
    platform: 'browser',
    minify: true,
    charset: 'utf8',
    write: false,
    legalComments: 'none',
    // Escapes "</script" inside strings so the inlined script cannot end early.
    supported: { 'inline-script': false },
    // The help panel's version and function list, from package.json and the registry (src/shared/about.ts).
    define: { __THADS_ABOUT__: JSON.stringify(aboutFromRegistry(registry, packageVersion())) },
    logLevel: 'warning',
  });
  const css = existsSync(join(dir, 'styles.css')) ? readFileSync(join(dir, 'styles.css'), 'utf8') : '';
  const template = readFileSync(join(dir, 'index.html'), 'utf8');
  const js = script.outputFiles[0]!.text;
  const html = template
    .replace('<!-- inline:style -->', () => `<style>${css}</style>`)
    .replace('<!-- inline:script -->', () => `<script>${js}</script>`);
  writeFileSync(join(out, 'Sidebar.html'), html);
}

function updateReadme(): void {
  const readme = join(root, 'README.md');
  if (!existsSync(readme)) return;
  const text = readFileSync(readme, 'utf8');
  const start = '<!-- functions:start -->';
  const end = '<!-- functions:end -->';
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) return;
  const next = `${text.slice(0, a + start.length)}\n${renderFunctionTable(registry)}\n${text.slice(b)}`;
  if (next !== text) writeFileSync(readme, next);
}

function packageVersion(): string {
  return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
}

function kb(file: string): string {
  return `${(readFileSync(join(out, file)).length / 1024).toFixed(1)} KB`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  buildAll().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
