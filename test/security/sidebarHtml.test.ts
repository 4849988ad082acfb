/**
 * HTML injection in the sidebar, statically (issue 6, item 4): the built sidebar's script never parses
 * a string as HTML — no innerHTML/outerHTML assignment of anything but a constant, no
 * insertAdjacentHTML, document.write, DOMParser or createContextualFragment, no eval or string timers.
 * Every text from the sheet then reaches the page through textContent / DOM nodes only. The browser
 * proof, with hostile names in Chromium, is in test/browser/sidebar-safety.e2e.test.ts (unit names,
 * titles, the report result) and test/security/sidebarInjection.test.ts (sheet names, headers, findings).
 */
import { parse } from 'acorn';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

type AstNode = { type: string; start: number; [key: string]: unknown };

/** Places in `source` where a string could be parsed as HTML or code. */
export function htmlSinks(source: string): string[] {
  const found: string[] = [];
  const propName = (n: AstNode | undefined): string | null => {
    if (!n || n.type !== 'MemberExpression') return null;
    const p = n.property as AstNode & { name?: string; value?: unknown };
    if (!n.computed && p.type === 'Identifier') return p.name ?? null;
    if (p.type === 'Literal' && typeof p.value === 'string') return p.value;
    return null;
  };
  const isConstant = (n: AstNode): boolean => n.type === 'Literal' || (n.type === 'TemplateLiteral' && (n.expressions as unknown[]).length === 0);
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const child of node) visit(child);
      return;
    }
    const n = node as AstNode;
    if (n.type === 'AssignmentExpression') {
      const name = propName(n.left as AstNode);
      if ((name === 'innerHTML' || name === 'outerHTML' || name === 'srcdoc') && !isConstant(n.right as AstNode)) found.push(`${name} = <data> at ${n.start}`);
    }
    if (n.type === 'CallExpression' || n.type === 'NewExpression') {
      const callee = n.callee as AstNode & { name?: string };
      const name = callee.type === 'Identifier' ? callee.name : propName(callee);
      if (name && ['insertAdjacentHTML', 'write', 'writeln', 'createContextualFragment', 'parseFromString', 'eval', 'Function'].includes(name)) found.push(`${name}() at ${n.start}`);
      if (name === 'setAttribute') {
        const attr = (n.arguments as AstNode[])[0] as AstNode & { value?: unknown };
        if (attr?.type === 'Literal' && typeof attr.value === 'string' && /^(on|srcdoc$|href$|src$)/i.test(attr.value)) found.push(`setAttribute("${attr.value}") at ${n.start}`);
      }
    }
    for (const key of Object.keys(n)) if (key !== 'type') visit(n[key]);
  };
  visit(parse(source, { ecmaVersion: 2020, sourceType: 'script' }));
  return found;
}

const sidebarScripts = (): string[] => {
  const html = readFileSync(join(__dirname, '..', '..', 'build', 'Sidebar.html'), 'utf8');
  return [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1] ?? '');
};

describe('the built sidebar script', () => {
  it('parses no string as HTML or code: sheet text reaches the page as text only', () => {
    const scripts = sidebarScripts();
    expect(scripts.length).toBeGreaterThan(0);
    for (const s of scripts) expect(htmlSinks(s)).toEqual([]);
  });
});

describe('the sink finder', () => {
  it('finds each way of parsing data as HTML', () => {
    expect(htmlSinks('el.innerHTML = name;')).toHaveLength(1);
    expect(htmlSinks('el["outerHTML"] = "<b>" + name + "</b>";')).toHaveLength(1);
    expect(htmlSinks('el.insertAdjacentHTML("beforeend", row);')).toHaveLength(1);
    expect(htmlSinks('document.write(x);')).toHaveLength(1);
    expect(htmlSinks('new DOMParser().parseFromString(x, "text/html");')).toHaveLength(1);
    expect(htmlSinks('el.setAttribute("onclick", code);')).toHaveLength(1);
    expect(htmlSinks('eval(code);')).toHaveLength(1);
  });

  it('lets text and constant markup through', () => {
    expect(htmlSinks('el.textContent = name; el.innerHTML = ""; el.setAttribute("aria-label", name);')).toEqual([]);
  });
});
