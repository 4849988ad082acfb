import { describe, expect, it } from 'vitest';
import { looksLikeTermination } from '../../../src/core/table/looksLikeTermination';

describe('looksLikeTermination', () => {
  it('sees đình chỉ in its abbreviations and misspellings', () => {
    for (const h of ['Đ/C', 'Đ.chỉ', 'ĐChỉ', 'Đinh chi', 'DC', 'Có điều kiện / đ.c']) expect(looksLikeTermination(h), h).toBe(true);
    for (const h of ['Ghi chú', 'Địa chỉ email', 'Chi cục', '']) expect(looksLikeTermination(h), h).toBe(false);
  });
});
