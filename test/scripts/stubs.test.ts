import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { aboutFromRegistry, functionSignature } from '../../scripts/stubs';
import { registry } from '../../src/functions/registry';

describe('the sidebar’s help, generated from the registry', () => {
  it('lists every function of the registry, in its order, with its own descriptions and first example', () => {
    const about = aboutFromRegistry(registry, '9.9.9');
    expect(about.version).toBe('9.9.9');
    expect(about.functions.map((f) => f.signature)).toEqual(registry.map(functionSignature));
    const rate = registry.find((f) => f.name === 'THADS_RATE')!;
    expect(about.functions.find((f) => f.signature.startsWith('THADS_RATE('))).toEqual({
      signature: 'THADS_RATE(fully_enforced, enforceable, [terminated])',
      mode: 'cell',
      vi: rate.description,
      en: rate.summaryEn,
      example: rate.examples[0],
    });
  });

  it('writes the README table with the same signatures', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const f of registry) expect(readme).toContain(`\`${functionSignature(f)}\``);
  });
});
