import { describe, expect, it } from 'vitest';
import { ABBREVIATIONS } from '../../../src/core/vocabulary/abbreviations';

describe('ABBREVIATIONS: the forms\' abbreviations', () => {
  it('spells out CĐK, CCĐK, TĐC, THA, CHV in lower case', () => {
    const map = new Map(ABBREVIATIONS);
    expect(map.get('cđk')).toBe('có điều kiện');
    expect(map.get('ccđk')).toBe('chưa có điều kiện');
    expect(map.get('tđc')).toBe('tạm đình chỉ');
    expect(map.get('tha')).toBe('thi hành án');
    expect(map.get('chv')).toBe('chấp hành viên');
    for (const [short, long] of ABBREVIATIONS) expect([short, long]).toEqual([short.toLowerCase(), long.toLowerCase()]);
  });

  it('lists an abbreviation before every shorter one it ends with ("ccđk" before "cđk" before "đk")', () => {
    const shorts = ABBREVIATIONS.map(([s]) => s);
    shorts.forEach((s, i) => {
      for (const later of shorts.slice(i + 1)) expect(later.endsWith(s) && later !== s, `${later} after ${s}`).toBe(false);
    });
  });
});
