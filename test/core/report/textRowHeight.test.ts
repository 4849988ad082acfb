import { describe, expect, it } from 'vitest';
import { DEFAULT_ROW_HEIGHT, textRowHeight, textWidth, wrappedLines } from '../../../src/core/report/textRowHeight';

describe('wrappedLines', () => {
  it('keeps a short sentence on one line and an empty one too', () => {
    expect(wrappedLines('Tổng số việc phải thi hành là 1.234 việc.', 900)).toBe(1);
    expect(wrappedLines('', 300)).toBe(1);
  });

  it('grows with the text and shrinks with the width', () => {
    const paragraph = 'Chi cục Thi hành án dân sự huyện Đông Anh đã giải quyết xong 1.234/1.500 việc, đạt 82,27%. '.repeat(5);
    const wide = wrappedLines(paragraph, 900);
    const narrow = wrappedLines(paragraph, 300);
    expect(wide).toBeGreaterThan(1);
    expect(narrow).toBeGreaterThan(2 * wide);
  });

  it('counts a 500-character paragraph in 900 px as about four lines (7 px a character, some room lost at line ends)', () => {
    const paragraph = 'thi hành án '.repeat(42);
    expect(paragraph.length).toBe(504);
    const lines = wrappedLines(paragraph, 900);
    expect(lines).toBeGreaterThanOrEqual(3);
    expect(lines).toBeLessThanOrEqual(5);
  });

  it('breaks a word longer than the line over the lines it fills', () => {
    expect(wrappedLines('x'.repeat(100), 200)).toBeGreaterThanOrEqual(4);
  });

  it('takes bold text as wider', () => {
    const text = 'BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ 6 THÁNG NĂM 2019 '.repeat(4);
    expect(wrappedLines(text, 500, true)).toBeGreaterThanOrEqual(wrappedLines(text, 500));
  });
});

describe('textRowHeight', () => {
  it('is the default height for one line and 17 px more for each further line', () => {
    expect(textRowHeight('ngắn', 900)).toBe(DEFAULT_ROW_HEIGHT);
    const text = 'một đoạn văn dài '.repeat(60);
    expect(textRowHeight(text, 300)).toBe(DEFAULT_ROW_HEIGHT + (wrappedLines(text, 300) - 1) * 17);
  });
});

describe('textWidth — a text on one line, in pixels', () => {
  it('adds the letters’ widths, bold a little wider, digits and dots as Sheets draws money', () => {
    expect(textWidth('1.246.731.550')).toBeCloseTo(10 * 7.5 + 3 * 4.5);
    expect(textWidth('Tổng cộng', true)).toBeGreaterThan(textWidth('Tổng cộng'));
    expect(textWidth('')).toBe(0);
  });
});
