import { describe, expect, it } from 'vitest';
import { withheldIndicators } from '../../../src/core/indicators/withheldIndicators';

describe('withheldIndicators — a measure whose figures are not computed', () => {
  it('has no figure at all, keeps the target and says why', () => {
    const m = withheldIndicators(0.8, 'dòng 7, cột E (thi hành xong (X1)): ô báo lỗi "#N/A"');
    expect(m.target).toBe(0.8);
    expect(m.withheld).toBe('dòng 7, cột E (thi hành xong (X1)): ô báo lỗi "#N/A"');
    const figures = Object.entries(m).filter(([k]) => k !== 'target' && k !== 'withheld');
    expect(figures.length).toBeGreaterThan(10);
    for (const [key, value] of figures) expect(value, key).toBeNull();
  });

  it('has a null target when the unit was given none', () => {
    expect(withheldIndicators(undefined, 'x').target).toBeNull();
  });
});
