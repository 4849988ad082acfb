import { describe, expect, it } from 'vitest';
import { ABBREVIATIONS } from '../../../src/core/vocabulary/abbreviations';

describe('ABBREVIATIONS: the forms\' abbreviations', () => {
  it('spells out CĐK, CCĐK, TĐC, THA, CHV, ĐC in lower case', () => {
    const map = new Map(ABBREVIATIONS.map((a) => [a.short, a.long]));
    expect(map.get('cđk')).toBe('có điều kiện');
    expect(map.get('ccđk')).toBe('chưa có điều kiện');
    expect(map.get('tđc')).toBe('tạm đình chỉ');
    expect(map.get('tha')).toBe('thi hành án');
    expect(map.get('chv')).toBe('chấp hành viên');
    expect(map.get('đc')).toBe('đình chỉ');
    for (const { short, long } of ABBREVIATIONS) expect([short, long]).toEqual([short.toLowerCase(), long.toLowerCase()]);
  });

  it('is never certain: a header read through an abbreviation is a guess, ĐC and TS among the least sure', () => {
    for (const a of ABBREVIATIONS) {
      expect(a.confidence, a.short).toBeLessThan(1);
      expect(a.confidence, a.short).toBeGreaterThan(0);
    }
    const of = (short: string) => ABBREVIATIONS.find((a) => a.short === short)!.confidence;
    expect(of('đc')).toBeLessThan(of('cđk'));
    expect(of('ts')).toBeLessThan(of('tha'));
  });

  it('lists an abbreviation before every shorter one it ends with ("ccđk" before "cđk" before "đk")', () => {
    const shorts = ABBREVIATIONS.map((a) => a.short);
    shorts.forEach((s, i) => {
      for (const later of shorts.slice(i + 1)) expect(later.endsWith(s) && later !== s, `${later} after ${s}`).toBe(false);
    });
  });
});
