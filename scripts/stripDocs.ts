/**
 * An esbuild plugin for the Apps Script bundle: the registry's documentation (descriptions,
 * examples, the English summary) is needed only to generate build/stubs.js and the README, never
 * at run time — yet every custom-function call would load and compile it. This plugin blanks
 * those fields out of the function declarations as they enter the bundle, so the registry stays the
 * single declaration and the bundle carries only what runs.
 *
 * It touches only object-literal properties with these names in files under src/functions/ and in
 * src/server/entrypoints.ts,
 * and only when their value is a literal (string, template without expressions, array of them).
 */
import type { Plugin } from 'esbuild';
import { transformSync } from 'esbuild';
import { parse } from 'acorn';
import { readFileSync } from 'node:fs';

/**
 * Fields of CustomFunctionSpec, ParamSpec and EntryPoint that only the stub generator and the
 * README read (from the TypeScript source, at build time). `params` itself stays: the interpreter
 * reads each parameter's name (for messages), kind and optional flag at run time.
 */
export const DOC_FIELDS = new Set(['description', 'summaryEn', 'returns', 'examples', 'example']);

type AstNode = { type: string; start: number; end: number; [key: string]: unknown };

function isLiteral(node: AstNode): boolean {
  if (node.type === 'Literal') return node.value === null || typeof node.value !== 'object';
  if (node.type === 'TemplateLiteral') return (node.expressions as unknown[]).length === 0;
  if (node.type === 'ArrayExpression') return (node.elements as AstNode[]).every((e) => e && isLiteral(e));
  if (node.type === 'ObjectExpression') {
    return (node.properties as AstNode[]).every((p) => p.type === 'Property' && !p.computed && isLiteral(p.value as AstNode));
  }
  if (node.type === 'BinaryExpression') return isLiteral(node.left as AstNode) && isLiteral(node.right as AstNode);
  return false;
}

/** Returns `js` with every literal doc field removed from the object literals that declare it. */
export function stripDocFields(js: string): string {
  const ast = parse(js, { ecmaVersion: 'latest', sourceType: 'module' }) as unknown as AstNode;
  const cuts: { start: number; end: number }[] = [];
  const isDocField = (p: AstNode): boolean => {
    if (p.type !== 'Property' || p.computed) return false;
    const key = p.key as AstNode & { name?: string; value?: unknown };
    const name = key.type === 'Identifier' ? key.name : key.value;
    return typeof name === 'string' && DOC_FIELDS.has(name) && isLiteral(p.value as AstNode);
  };
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    const n = node as AstNode;
    if (n.type === 'ObjectExpression') {
      // The whole property goes, with the comma that separates it from its neighbour: the
      // bundle then carries neither the text nor an empty placeholder for it. What is cut is
      // not visited, so no two cuts overlap.
      const props = n.properties as AstNode[];
      props.forEach((p, i) => {
        if (!isDocField(p)) return visit(p);
        const next = props[i + 1];
        if (next) cuts.push({ start: p.start, end: next.start });
        else if (i > 0 && !isDocField(props[i - 1]!)) cuts.push({ start: props[i - 1]!.end, end: p.end });
        else cuts.push({ start: p.start, end: p.end });
      });
      return;
    }
    for (const k of Object.keys(n)) if (k !== 'type' && k !== 'start' && k !== 'end') visit(n[k]);
  };
  visit(ast);
  let out = js;
  for (const c of cuts.sort((a, b) => b.start - a.start)) out = out.slice(0, c.start) + out.slice(c.end);
  return out;
}

export const stripDocsPlugin: Plugin = {
  name: 'strip-function-docs',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/](functions[\\/].*|server[\\/]entrypoints)\.ts$/ }, (args) => {
      const ts = readFileSync(args.path, 'utf8');
      const { code } = transformSync(ts, { loader: 'ts', format: 'esm', target: 'es2022', sourcefile: args.path });
      return { contents: stripDocFields(code), loader: 'js', resolveDir: args.path.replace(/[\\/][^\\/]*$/, '') };
    });
  },
};
