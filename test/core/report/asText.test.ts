import { describe, expect, it } from 'vitest';
import { asText } from '../../../src/core/report/asText';

describe('asText: a string written into a sheet stays text', () => {
  it('keeps a formula from running: =, +, -, @ get an apostrophe', () => {
    expect(asText('=IMPORTXML("x")')).toBe('\'=IMPORTXML("x")');
    expect(asText('+84')).toBe("'+84");
    expect(asText('-5')).toBe("'-5");
    expect(asText('@a')).toBe("'@a");
  });

  it('keeps a rank, a date-like text and TRUE from becoming values', () => {
    expect(asText('5/15')).toBe("'5/15");
    expect(asText('12-5')).toBe("'12-5");
    expect(asText('84,88%')).toBe("'84,88%");
    expect(asText('TRUE')).toBe("'TRUE");
  });

  it('doubles a leading apostrophe, and leaves a unit name alone', () => {
    expect(asText("'Chi cục A")).toBe("''Chi cục A");
    expect(asText('Chi cục THADS huyện A')).toBe('Chi cục THADS huyện A');
    expect(asText('Phòng THADS khu vực 2')).toBe('Phòng THADS khu vực 2');
  });
});
