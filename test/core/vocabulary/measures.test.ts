import { describe, expect, it } from 'vitest';
import { MEASURES } from '../../../src/core/vocabulary/measures';

describe('MEASURES: việc and tiền', () => {
  it('names both measures in Vietnamese and English, and no other', () => {
    expect(MEASURES).toEqual({ viec: { vi: 'việc', en: 'cases' }, tien: { vi: 'tiền', en: 'money' } });
  });
});
