/**
 * The build is what Apps Script runs: these tests read build/ (made by `npm run build`, which
 * `npm test` runs first) the way Apps Script and Sheets would.
 */
import { parse } from 'acorn';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { registry } from '../../src/functions/registry';
import { entrypoints } from '../../src/server/entrypoints';
import { renderFunctionTable } from '../../scripts/stubs';

const root = join(__dirname, '..', '..');
const build = join(root, 'build');
const jsFiles = readdirSync(build).filter((f) => f.endsWith('.js')).sort();
const read = (f: string) => readFileSync(join(build, f), 'utf8');

type Node = { type: string; id?: { name: string }; params?: { name: string }[]; declarations?: Node[] };
const topLevel = (file: string) =>
  (parse(read(file), { ecmaVersion: 2019, sourceType: 'script' }) as unknown as { body: Node[] }).body;

describe('build/', () => {
  it('holds the bundle, the generated stubs, the sidebar and the manifest', () => {
    expect(readdirSync(build).sort()).toEqual(['Sidebar.html', 'addon.js', 'appsscript.json', 'stubs.js']);
  });

  it('parses every .js file as an ES2019 script (no import/export, no class fields)', () => {
    for (const f of jsFiles) expect(() => topLevel(f), f).not.toThrow();
  });

  it('runs no top-level code in the bundle but its own declaration', () => {
    const body = topLevel('addon.js').filter((n) => !(n.type === 'ExpressionStatement' && read('addon.js').startsWith('"use strict"')));
    expect(body.map((n) => n.type)).toEqual(['VariableDeclaration']);
    expect(body[0]!.declarations![0]!.id!.name).toBe('ThadsAddon');
  });

  it('declares every custom function and every server entry point at top level, with its parameters', () => {
    const declared = new Map(
      jsFiles.flatMap((f) => topLevel(f))
        .filter((n) => n.type === 'FunctionDeclaration')
        .map((n) => [n.id!.name, n.params!.map((p) => p.name)]),
    );
    for (const spec of registry) expect(declared.get(spec.name), spec.name).toEqual(spec.params.map((p) => p.name));
    for (const entry of entrypoints) expect(declared.get(entry.name), entry.name).toEqual(entry.params);
  });

  it('gives each custom-function stub the JSDoc Sheets autocomplete reads', () => {
    const stubs = read('stubs.js');
    for (const spec of registry) {
      const doc = stubs.slice(0, stubs.indexOf(`function ${spec.name}(`));
      const block = doc.slice(doc.lastIndexOf('/**'));
      expect(block, spec.name).toContain('@customfunction');
      for (const p of spec.params) expect(block, `${spec.name} ${p.name}`).toMatch(new RegExp(`@param \\{[^}]+\\} ${p.name} `));
    }
  });

  it('asks for exactly the two narrow scopes, V8 and the Vietnamese time zone', () => {
    const manifest = JSON.parse(read('appsscript.json'));
    expect(manifest.oauthScopes.sort()).toEqual([
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
    ]);
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('Asia/Ho_Chi_Minh');
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
    expect(manifest.addOns).toBeUndefined();
  });

  it('keeps the esbuild bundle within its 250 KB ceiling, and the generated stubs small', () => {
    // Size is deterministic (unlike time), so the ceiling itself is the test: classic zod, the
    // registry's documentation or a forgotten dependency entering the bundle fails here. The ceiling
    // is the bundle's (addon.js, what esbuild makes of src/); the stubs beside it are one short
    // declaration per function and entry point, generated from the registry, and held on their own so
    // that documentation cannot drift into them. Apps Script loads both on every call: the README
    // reports the sum.
    expect(Buffer.byteLength(read('addon.js'))).toBeLessThanOrEqual(250 * 1024);
    expect(Buffer.byteLength(read('stubs.js'))).toBeLessThanOrEqual(20 * 1024);
    expect(jsFiles).toEqual(['addon.js', 'stubs.js']);
  });

  it('leaves the registry documentation out of the bundle (the stubs carry it)', () => {
    const someDescription = registry[0]!.description;
    expect(read('stubs.js')).toContain(someDescription);
    expect(read('addon.js')).not.toContain(someDescription);
    expect(read('addon.js')).not.toContain(entrypoints.find((e) => e.kind === 'rpc')!.description);
  });

  it('never bundles classic zod', () => {
    expect(read('addon.js')).not.toMatch(/ZodError\b.*ZodType\b.*\.superRefine\(/s);
  });

  it('inlines the sidebar into one HTML file with no external script or style', () => {
    const html = readFileSync(join(build, 'Sidebar.html'), 'utf8');
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link[^>]+stylesheet/i);
    expect(html).not.toContain('<!-- inline:');
  });

  it('lets a bare vm context, given only build/*.js, call a custom function by its name', () => {
    const context = createContext({});
    for (const f of jsFiles) runInContext(read(f), context, { filename: f });
    // THADS_RATE(fully_enforced, enforceable): 3.420 of 4.029 → 84,88% (domain §5, a district 2020).
    const rate = runInContext('THADS_RATE(3420, 4029)', context) as number;
    expect(rate).toBeCloseTo(0.848846, 6);
  });
});

describe('README', () => {
  it('carries the function table generated from the registry', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(readme).toContain(renderFunctionTable(registry));
  });
});
