import { describe, expect, it } from 'vitest';
import { tidyName } from '../../../src/core/text/tidyName';

describe('tidyName', () => {
  it('trims and makes every run of spaces, tabs and line breaks one space, keeping letters and accents', () => {
    expect(tidyName(' Nguyễn  Văn Hùng ')).toBe('Nguyễn Văn Hùng');
    expect(tidyName('Chi cục\tTHADS\nhuyện A')).toBe('Chi cục THADS huyện A');
    expect(tidyName('Nguyễn Văn Hùng')).toBe('Nguyễn Văn Hùng');
    expect(tidyName('CHI CỤC A')).toBe('CHI CỤC A');
  });
});
