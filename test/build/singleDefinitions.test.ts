/**
 * One home for each piece of shared logic (issue 10, item 4): the rate's display, the regime of a
 * year, the A1 parser and the text normaliser are each defined once in src/, and the sidebar
 * (src/pages) imports them from the core instead of keeping a copy. A second definition is how the
 * sidebar once showed 57/800 as 7,12% while the report wrote 7,13%.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (name.endsWith('.ts')) out.push(path);
  }
  return out;
}

const files = sourceFiles(join(root, 'src')).map((path) => ({
  path: relative(root, path).split('\\').join('/'),
  text: readFileSync(path, 'utf8'),
}));

/** Whether `text` declares `name`: `function name(`, `const name =` (or `let`/`var`, with a type). */
function declares(text: string, name: string): boolean {
  return new RegExp(`\\bfunction\\s*\\*?\\s*${name}\\s*[(<]|\\b(?:const|let|var)\\s+${name}\\s*[:=]`).test(text);
}

/** The files under src/ declaring `name`. */
function definitionsOf(name: string): string[] {
  return files.filter((f) => declares(f.text, name)).map((f) => f.path);
}

/** The module a file imports `name` from, or null. */
function importedFrom(text: string, name: string): string | null {
  const m = new RegExp(`import\\s*(?:type\\s*)?\\{[^}]*\\b${name}\\b[^}]*\\}\\s*from\\s*'([^']+)'`).exec(text);
  return m ? m[1]! : null;
}

const SHARED = ['formatPercent', 'regimeForYear', 'parseA1Range'] as const;

/** Names the text normalisers had before their unification into src/core/text/normalize.ts. */
const NORMALISER_NAMES = ['normalizeText', 'normalizeLabel', 'foldVietnamese'];

describe('shared logic is defined once, in the core', () => {
  it.each(SHARED)('%s is defined once, under src/core', (name) => {
    const defined = definitionsOf(name);
    expect(defined).toHaveLength(1);
    expect(defined[0]).toMatch(/^src\/core\//);
  });

  it.each(SHARED)('the sidebar imports %s from the core and defines no copy', (name) => {
    const pages = files.filter((f) => f.path.startsWith('src/pages/'));
    const importers = pages.filter((f) => importedFrom(f.text, name) !== null);
    expect(importers.length, `no file under src/pages imports ${name}`).toBeGreaterThan(0);
    for (const f of importers) expect(importedFrom(f.text, name), f.path).toMatch(/\/core\//);
    expect(definitionsOf(name).filter((p) => p.startsWith('src/pages/'))).toEqual([]);
  });

  it('the sidebar defines none of the normaliser names', () => {
    for (const name of NORMALISER_NAMES) expect(definitionsOf(name).filter((p) => p.startsWith('src/pages/')), name).toEqual([]);
  });

  it('one text normaliser: normalizeText, defined once under src/core/text; its accent-blind fold is built on it', () => {
    expect(definitionsOf('normalizeText')).toEqual(['src/core/text/normalize.ts']);
    expect(definitionsOf('normalizeLabel')).toEqual([]);
    const fold = definitionsOf('foldVietnamese');
    expect(fold).toEqual(['src/core/text/normalize.ts']);
    const text = files.find((f) => f.path === 'src/core/text/normalize.ts')!.text;
    const body = text.slice(text.indexOf('export function foldVietnamese'));
    expect(body.slice(0, body.indexOf('\n}')), 'foldVietnamese must call normalizeText, not normalise on its own').toMatch(/normalizeText\(/);
  });

  it('the definition finder sees a function and a const, and not a call or an import', () => {
    expect(declares('export function formatPercent(fraction: number)', 'formatPercent')).toBe(true);
    expect(declares('const formatPercent = (x: number) => x;', 'formatPercent')).toBe(true);
    expect(declares("import { formatPercent } from '../../core/numbers/formatPercent';", 'formatPercent')).toBe(false);
    expect(declares('return formatPercent(x);', 'formatPercent')).toBe(false);
    expect(declares('function formatPercentage(x: number)', 'formatPercent')).toBe(false);
  });
});
