/**
 * Tests mirror src/core (issue 10, item 6): each core module that exports a function or a value has
 * its specification in test/core/<same path>.test.ts, and each test file there is named after a
 * module that exists, so a renamed or removed module cannot leave a stale test behind. A module that
 * holds only types (interfaces, type aliases) has nothing to run and needs no test.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const srcCore = join(root, 'src', 'core');
const testCore = join(root, 'test', 'core');

/**
 * Test files that specify no single module but a rule across several, each with why. Kept short on
 * purpose: a test of one module belongs in that module's file.
 */
const ACROSS_MODULES: Readonly<Record<string, string>> = {
  'indicators/published.test.ts': 'domain §5: the published figures reproduced through the core (docs/domain.md names this file)',
  'indicators/shownFigure.test.ts': 'the figure shown decides: indicators, report table, text and ranks agree at the rounding boundary',
  'table/fixtures.test.ts': 'the whole reader and the checks on the fixture workbooks of test/fixtures',
  'read/formsAsKept.test.ts': 'issue 11 cases 1–5: the whole reader on tables as staff keep them (abbreviations, number rows with formula hints, Hoãn inside Đ, F, typed rates)',
  'table/detectTable.property.test.ts': 'properties of the whole reader (read/detectTable) on generated aggregated tables',
};

/** Paths under `dir` ending in `ext`, relative to `dir`, with '/' separators. */
function filesUnder(dir: string, ext: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path, ext).map((f) => `${name}/${f}`));
    else if (name.endsWith(ext)) out.push(name);
  }
  return out.map((f) => f.split(sep).join('/')).sort();
}

/**
 * Whether a module's text exports something that exists at run time (a function, a constant, a
 * class, an enum, a re-exported value), not only interfaces and type aliases.
 */
function exportsValue(text: string): boolean {
  return /^export\s+(?:default\b|(?:async\s+)?function\b|const\b|let\b|var\b|class\b|(?:const\s+)?enum\b|\*)/m.test(text) || /^export\s*\{(?!\s*type\b)/m.test(text);
}

const modules = filesUnder(srcCore, '.ts').map((f) => f.slice(0, -'.ts'.length));
const valueModules = modules.filter((m) => exportsValue(readFileSync(join(srcCore, `${m}.ts`), 'utf8')));
const tests = filesUnder(testCore, '.test.ts');

describe('exportsValue: the rule that decides which modules need a test', () => {
  it('counts functions, constants, classes and re-exported values, not interfaces and type aliases', () => {
    expect(exportsValue('export function rate(x: number) {}')).toBe(true);
    expect(exportsValue('export const SLOT = {};')).toBe(true);
    expect(exportsValue("export { detectTable } from './detectTable';")).toBe(true);
    expect(exportsValue('export interface Plan { a: number }\nexport type Kind = "a";')).toBe(false);
    expect(exportsValue("export type { Plan } from './plan';")).toBe(false);
    expect(exportsValue('/** export function in a comment */\ninterface X {}')).toBe(false);
  });
});

describe('tests mirror src/core', () => {
  it('finds the core modules, and some that hold only types', () => {
    expect(valueModules.length).toBeGreaterThan(50);
    expect(modules.filter((m) => !valueModules.includes(m))).toContain('types');
  });

  it('every src/core module that exports a function or a value has test/core/<same path>.test.ts', () => {
    const missing = valueModules.filter((m) => !existsSync(join(testCore, `${m}.test.ts`))).map((m) => `src/core/${m}.ts → test/core/${m}.test.ts`);
    expect(missing).toEqual([]);
  });

  it('every test file under test/core is named after a src/core module (or its .property test), or says which rule it checks across modules', () => {
    const stale = tests.filter((t) => {
      if (t in ACROSS_MODULES) return false;
      const name = t.slice(0, -'.test.ts'.length).replace(/\.property$/, '');
      return !valueModules.includes(name);
    });
    expect(stale.map((t) => `test/core/${t}`)).toEqual([]);
  });

  it('lists across modules only files that exist', () => {
    for (const t of Object.keys(ACROSS_MODULES)) expect(existsSync(join(testCore, t)), `test/core/${t}`).toBe(true);
  });
});
