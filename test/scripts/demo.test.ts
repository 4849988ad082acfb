import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../scripts/demo';
import { parseTargetInput } from '../../src/core/numbers/parseTargetInput';

/** The demo's target flags follow the sidebar's rule (parseTargetInput): one rule for a typed target. */
describe('demo --target-viec / --target-tien', () => {
  it('reads "80", "80%" and "80,5" as percents (the demo once refused "80")', () => {
    expect(parseArgs(['--target-viec', '80']).targetViec).toBe(0.8);
    expect(parseArgs(['--target-viec', '80%']).targetViec).toBe(0.8);
    expect(parseArgs(['--target-tien', '38,5']).targetTien).toBe(0.385);
  });

  it('asks "có phải 80%?" for "0,8" (the demo once read it as 80%)', () => {
    expect(() => parseArgs(['--target-viec', '0,8'])).toThrow(/"0,8" — có phải 80%\?/);
  });

  it('refuses "83.25" with the hint to write 83,25', () => {
    expect(() => parseArgs(['--target-tien', '83.25'])).toThrow(/hãy viết 83,25/);
  });

  it('takes every value exactly as the sidebar does', () => {
    for (const text of ['80', '80%', '80,5', '0,8%', '100', '0', '46,45']) {
      const r = parseTargetInput(text);
      expect(r.ok).toBe(true);
      expect(parseArgs(['--target-viec', text]).targetViec).toBe(r.ok ? r.value : NaN);
    }
  });
});

describe('demo --unit-mapping', () => {
  it('is a flag without a value, off by default, beside the others', () => {
    expect(parseArgs([]).unitMapping).toBeUndefined();
    expect(parseArgs(['--unit-mapping', '--close'])).toMatchObject({ unitMapping: true, close: true });
    expect(() => parseArgs(['--unit-maping', 'x'])).toThrow(/--unit-mapping/);
  });
});
