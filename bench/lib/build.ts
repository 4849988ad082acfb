/**
 * The built files the benchmarks run: build/addon.js, build/stubs.js, build/Sidebar.html.
 * `npm run bench` builds first; a benchmark run alone (tsx bench/run.ts) uses what is there.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The build the benchmarks read: build/, or the private snapshot taken by snapshotBuild(). */
export let buildDir = join(root, 'build');

/**
 * Copies build/ (and .clasp.json, for the push order) to a private temporary directory and
 * points every benchmark at it: other work rebuilding build/ during a long run cannot then
 * change or delete the files under measurement. Returns the snapshot's path.
 */
export function snapshotBuild(): string {
  const source = join(root, 'build');
  if (!existsSync(source)) return buildDir;
  const dir = mkdtempSync(join(tmpdir(), 'thads-bench-'));
  cpSync(source, join(dir, 'build'), { recursive: true });
  const clasp = join(root, '.clasp.json');
  if (existsSync(clasp)) cpSync(clasp, join(dir, '.clasp.json'));
  buildDir = join(dir, 'build');
  return buildDir;
}

/** The .js files of build/, in the order Apps Script loads them (the bundle before the stubs). */
export function buildScripts(): { name: string; source: string; bytes: number }[] {
  if (!existsSync(buildDir)) return [];
  const names = readdirSync(buildDir)
    .filter((f) => f.endsWith('.js'))
    .sort((a, b) => (a === 'addon.js' ? -1 : b === 'addon.js' ? 1 : a.localeCompare(b)));
  return names.map((name) => {
    const path = join(buildDir, name);
    return { name, source: readFileSync(path, 'utf8'), bytes: statSync(path).size };
  });
}

/** Top-level function names the build declares (what Apps Script and Sheets would see). */
export function topLevelFunctions(): Set<string> {
  const stubs = join(buildDir, 'stubs.js');
  if (!existsSync(stubs)) return new Set();
  const names = new Set<string>();
  for (const m of readFileSync(stubs, 'utf8').matchAll(/^function ([A-Za-z0-9_]+)\(/gm)) names.add(m[1]!);
  return names;
}

/** The first of `candidates` the build declares, or undefined. */
export function firstDeclared(candidates: readonly string[]): string | undefined {
  const declared = topLevelFunctions();
  return candidates.find((c) => declared.has(c));
}

/** Lists declared names matching a pattern, for "not available" messages that show what exists. */
export function declaredMatching(pattern: RegExp): string[] {
  return [...topLevelFunctions()].filter((n) => pattern.test(n));
}

export function fileBytes(name: string): number | undefined {
  const path = join(buildDir, name);
  return existsSync(path) ? statSync(path).size : undefined;
}
