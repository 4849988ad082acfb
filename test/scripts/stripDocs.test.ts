import { describe, expect, it } from 'vitest';
import { stripDocFields } from '../../scripts/stripDocs';

describe('stripDocFields — the registry documentation stays out of the Apps Script bundle', () => {
  it('blanks literal doc fields and keeps everything that runs', () => {
    const js = `export const spec = { name: "THADS_X", description: "Mô tả", summaryEn: \`Summary\`,
      params: [{ name: "a", description: "tham số", example: "A1:A9", kind: "numbers" }],
      returns: "số", examples: ["=THADS_X(A1:A9)"], impl: (a) => a * 2 };`;
    const out = stripDocFields(js);
    expect(out).not.toMatch(/Mô tả|Summary|tham số|A1:A9|=THADS_X/);
    expect(out).toContain('name: "THADS_X"');
    expect(out).toContain('kind: "numbers"');
    expect(out).toContain('impl: (a) => a * 2');
  });

  it('leaves a computed value alone (it may be read at run time)', () => {
    const js = 'const m = "x"; export const o = { description: "a" + m };';
    expect(stripDocFields(js)).toContain('"a" + m');
  });
});
