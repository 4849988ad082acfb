import { describe, expect, it } from 'vitest';
import { cellText } from '../../../src/core/table/cellText';

describe('cellText', () => {
  it('trims strings and writes numbers as they are', () => {
    expect(cellText('  Tổng cộng ')).toBe('Tổng cộng');
    expect(cellText(4029)).toBe('4029');
    expect(cellText(0.8488)).toBe('0.8488');
  });

  it('gives "" for blanks, dates and booleans: they are never header or label text', () => {
    expect(cellText(null)).toBe('');
    expect(cellText('')).toBe('');
    expect(cellText(new Date(2024, 0, 1) as never)).toBe('');
    expect(cellText(true)).toBe('');
  });
});
