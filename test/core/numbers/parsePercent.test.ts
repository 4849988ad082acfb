import { describe, expect, it } from 'vitest';
import { parsePercent } from '../../../src/core/numbers/parsePercent';

describe('parsePercent reads a percentage as a fraction', () => {
  it('takes fractions as Sheets passes them (80% arrives as 0.8)', () => {
    expect(parsePercent(0.8)).toEqual({ ok: true, value: 0.8 });
    expect(parsePercent(1)).toEqual({ ok: true, value: 1 });
    expect(parsePercent(0)).toEqual({ ok: true, value: 0 });
  });

  it('reads Vietnamese percent text and fractions written as text', () => {
    expect(parsePercent('80%')).toEqual({ ok: true, value: 0.8 });
    expect(parsePercent('80,5%')).toEqual({ ok: true, value: 0.805 });
    expect(parsePercent('84,88 %')).toEqual({ ok: true, value: 0.8488 });
    expect(parsePercent('0,8')).toEqual({ ok: true, value: 0.8 });
    expect(parsePercent('')).toEqual({ ok: true, value: null });
  });

  it('never divides a plain number above 1 by 100: "80 — có phải 80%?"', () => {
    for (const v of [80, '80']) {
      const r = parsePercent(v);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.reason).toContain('80 — có phải 80%?');
    }
    const r = parsePercent(84.88);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain('84,88 — có phải 84,88%?');
  });

  it('refuses negative and above-100% rates, booleans and error values', () => {
    expect(parsePercent(-0.1)).toEqual({ ok: false, reason: '-0,1 là tỷ lệ âm' });
    expect(parsePercent('105%')).toEqual({ ok: false, reason: '"105%" lớn hơn 100%' });
    expect(parsePercent(true)).toEqual({ ok: false, reason: 'giá trị logic TRUE không phải là số' });
    expect(parsePercent('#N/A')).toEqual({ ok: false, reason: 'ô báo lỗi "#N/A"' });
  });
});
