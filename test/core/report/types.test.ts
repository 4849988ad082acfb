import { describe, expect, it } from 'vitest';
import { FORMAT } from '../../../src/core/report/types';

describe('FORMAT: Sheets number-format patterns', () => {
  it('are written in Sheets\' own pattern language, never in the vi_VN display (no "," decimal, no "." grouping)', () => {
    for (const pattern of Object.values(FORMAT)) expect(pattern).not.toMatch(/0,0|#\.#/);
  });

  it('sign the differences and show rates as percentages with two decimals (84,88%)', () => {
    expect(FORMAT.rate).toBe('0.00%');
    expect(FORMAT.points.split(';')).toEqual(['+0.00%', '-0.00%', '0.00%']);
    expect(FORMAT.change.split(';')).toEqual(['+#,##0', '-#,##0', '0']);
  });
});
