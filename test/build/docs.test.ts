/**
 * The project documents its own domain (docs/domain.md): every "domain §N" a comment cites is a
 * section of that page, and nothing points outside the repository, where a user's clone has nothing.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');

function files(dir: string, exts: readonly string[]): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'build' || name === 'out' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...files(path, exts));
    else if (exts.some((e) => name.endsWith(e))) out.push(path);
  }
  return out;
}

const domain = readFileSync(join(root, 'docs', 'domain.md'), 'utf8');
const sections = new Set([...domain.matchAll(/^## (\d+)\. /gm)].map((m) => Number(m[1])));

describe('docs/', () => {
  it('has the sections the code cites as "domain §N"', () => {
    const cited = new Map<number, string>();
    for (const path of files(join(root, 'src'), ['.ts']).concat(files(join(root, 'test'), ['.ts']))) {
      for (const m of readFileSync(path, 'utf8').matchAll(/domain §(\d+)/g)) cited.set(Number(m[1]), relative(root, path));
    }
    expect(cited.size).toBeGreaterThan(0);
    for (const [n, where] of cited) expect(sections.has(n), `domain §${n} cited in ${where}`).toBe(true);
  });

  it('is self-contained: no file refers to ../shared/domain or ../shared/reference', () => {
    const outside: string[] = [];
    for (const path of files(root, ['.ts', '.md', '.json', '.html'])) {
      if (/\.\.\/shared\/(domain|reference)|THADS\.md/.test(readFileSync(path, 'utf8'))) outside.push(relative(root, path));
    }
    expect(outside).toEqual([]);
  });

  it('names, for each published figure, a test file that exists', () => {
    const named = new Set([...domain.matchAll(/`(test\/[^`]+\.test\.ts)`/g)].map((m) => m[1]!));
    expect(named.has('test/core/indicators/published.test.ts')).toBe(true);
    for (const path of named) expect(() => statSync(join(root, path)), path).not.toThrow();
  });
});
