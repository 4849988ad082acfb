import { describe, expect, it } from 'vitest';
import { backlog } from '../../../src/core/quantities/backlog';
import { deriveQuantities } from '../../../src/core/quantities/deriveQuantities';

describe('backlog (chuyển kỳ sau)', () => {
  it('is P − X: a district, P 3.703 and X 3.086 leave 617', () => {
    expect(backlog(3703, 3086)).toBe(617);
  });

  it('is null when either side is missing', () => {
    expect(backlog(null, 5)).toBeNull();
    expect(backlog(5, null)).toBeNull();
  });

  it('is what deriveQuantities gives for S and S_Đ', () => {
    const q = deriveQuantities({ mustEnforce: 3703, enforceable: 3366, fullyEnforced: 3000, terminated: 86 }, 'A');
    expect(q.nextPeriod).toBe(backlog(3703, 3086));
    expect(q.enforceableBacklog).toBe(backlog(3366, 3086));
  });
});
