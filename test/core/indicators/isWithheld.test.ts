import { describe, expect, it } from 'vitest';
import { isWithheld } from '../../../src/core/indicators/isWithheld';
import type { CellProblem } from '../../../src/core/types';

const problem = (measure: 'viec' | 'tien'): CellProblem => ({
  kind: 'unreadable',
  measure,
  key: 'completed',
  row: 6,
  column: 4,
  value: '"#N/A"',
  reason: 'ô báo lỗi "#N/A"',
});

describe('isWithheld — a row’s figures of one measure are withheld when one of its cells cannot be used', () => {
  it('withholds only the measure the bad cell belongs to', () => {
    const row = { problems: [problem('tien')] };
    expect(isWithheld(row, 'tien')).toBe(true);
    expect(isWithheld(row, 'viec')).toBe(false);
  });

  it('withholds nothing on a row with no problems', () => {
    expect(isWithheld({}, 'viec')).toBe(false);
    expect(isWithheld({ problems: [] }, 'viec')).toBe(false);
  });
});
