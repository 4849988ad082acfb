/**
 * An esbuild plugin for the Apps Script bundle: the registry's documentation (descriptions,
 * examples, the English summary) is needed only to generate build/stubs.js and the README, never
 * at run time — yet every custom-function call would load and compile it. This plugin blanks
 * those fields in the function declarations as they enter the bundle, so the registry stays the
 * single declaration and the bundle carries only what runs.
 *
 * It touches only object-literal properties with these names in files under src/functions/,
 * and only when their value is a literal (string, template without expressions, array of them).
 */
import type { Plugin } from 'esbuild';
import { transformSync } from 'esbuild';
import { parse } from 'acorn';
import { readFileSync } from 'node:fs';

/** Fields of CustomFunctionSpec / ParamSpec that only the stub generator reads. */
export const DOC_FIELDS = new Set(['description', 'summaryEn', 'returns', 'examples', 'example']);

type AstNode = { type: string; start: number; end: number; [key: string]: unknown };

function isLiteral(node: AstNode): boolean {
  if (node.type === 'Literal') return typeof node.value === 'string';
  if (node.type === 'TemplateLiteral') return (node.expressions as unknown[]).length === 0;
  if (node.type === 'ArrayExpression') return (node.elements as AstNode[]).every((e) => e && isLiteral(e));
  if (node.type === 'BinaryExpression') return isLiteral(node.left as AstNode) && isLiteral(node.right as AstNode);
  return false;
}

/** Returns `js` with every literal doc field's value replaced by an empty one. */
export function stripDocFields(js: string): string {
  const ast = parse(js, { ecmaVersion: 'latest', sourceType: 'module' }) as unknown as AstNode;
  const cuts: { start: number; end: number; text: string }[] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    const n = node as AstNode;
    if (n.type === 'Property' && !n.computed) {
      const key = n.key as AstNode & { name?: string; value?: unknown };
      const name = key.type === 'Identifier' ? key.name : key.value;
      const value = n.value as AstNode;
      if (typeof name === 'string' && DOC_FIELDS.has(name) && isLiteral(value)) {
        cuts.push({ start: value.start, end: value.end, text: value.type === 'ArrayExpression' ? '[]' : '""' });
        return;
      }
    }
    for (const k of Object.keys(n)) if (k !== 'type' && k !== 'start' && k !== 'end') visit(n[k]);
  };
  visit(ast);
  let out = js;
  for (const c of cuts.sort((a, b) => b.start - a.start)) out = out.slice(0, c.start) + c.text + out.slice(c.end);
  return out;
}

export const stripDocsPlugin: Plugin = {
  name: 'strip-function-docs',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]functions[\\/].*\.ts$/ }, (args) => {
      const ts = readFileSync(args.path, 'utf8');
      const { code } = transformSync(ts, { loader: 'ts', format: 'esm', target: 'es2022', sourcefile: args.path });
      return { contents: stripDocFields(code), loader: 'js', resolveDir: args.path.replace(/[\\/][^\\/]*$/, '') };
    });
  },
};
