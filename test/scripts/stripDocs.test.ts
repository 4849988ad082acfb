import { parse } from 'acorn';
import { describe, expect, it } from 'vitest';
import { stripDocFields } from '../../scripts/stripDocs';

/** Evaluates `export const spec = …` output as a plain expression and returns the object. */
function evaluate(js: string): unknown {
  return new Function(`${js.replace(/export const (\w+) =/, 'const $1 =')}; return spec;`)();
}

describe('stripDocFields — the registry documentation stays out of the Apps Script bundle', () => {
  it('removes literal doc fields and keeps everything that runs', () => {
    const js = `export const spec = { name: "THADS_X", description: "Mô tả", summaryEn: \`Summary\`,
      params: [{ name: "a", description: "tham số", example: "A1:A9", kind: "numbers" }],
      returns: "số", examples: ["=THADS_X(A1:A9)"], impl: (a) => a * 2 };`;
    const out = stripDocFields(js);
    expect(out).not.toMatch(/Mô tả|Summary|tham số|A1:A9|=THADS_X|description|summaryEn|returns|example/);
    const spec = evaluate(out) as { name: string; params: unknown[]; impl: (a: number) => number };
    expect(Object.keys(spec)).toEqual(['name', 'params', 'impl']);
    // The interpreter reads each parameter's name, kind and optional flag at run time.
    expect(spec.params).toEqual([{ name: 'a', kind: 'numbers' }]);
    expect(spec.impl(21)).toBe(42);
  });

  it('leaves valid code whatever the position of the doc fields (first, last, all, adjacent)', () => {
    for (const body of [
      'description: "d"',
      'description: "d", returns: "r"',
      'name: "n", description: "d"',
      'name: "n", description: "d", returns: "r"',
      'description: "d", name: "n", returns: "r", kind: "k", examples: []',
    ]) {
      const out = stripDocFields(`export const spec = { ${body} };`);
      expect(() => parse(out, { ecmaVersion: 2019, sourceType: 'module' })).not.toThrow();
      const kept = Object.keys(evaluate(out) as object);
      expect(kept).toEqual(body.match(/\b(name|kind)(?=:)/g) ?? []);
    }
  });

  it('removes a doc field that holds objects whose own fields are doc fields, in one cut', () => {
    const out = stripDocFields(
      'export const spec = { name: "n", examples: [{ description: "d", example: "e" }], params: [{ name: "a", description: "d", optional: true }], impl: () => 1 };',
    );
    expect(Object.keys(evaluate(out) as object)).toEqual(['name', 'params', 'impl']);
    expect((evaluate(out) as { params: unknown }).params).toEqual([{ name: 'a', optional: true }]);
  });

  it('leaves a computed value alone (it may be read at run time)', () => {
    const js = 'const m = "x"; export const o = { description: "a" + m };';
    expect(stripDocFields(js)).toContain('"a" + m');
  });
});
