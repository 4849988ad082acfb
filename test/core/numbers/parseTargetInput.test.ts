import { describe, expect, it } from 'vitest';
import { parseTargetInput } from '../../../src/core/numbers/parseTargetInput';

describe('parseTargetInput: a target typed by a user is a percent, with or without "%"', () => {
  it('reads "80", "80%", "80,5" and "80,5 %" as percents', () => {
    expect(parseTargetInput('80')).toEqual({ ok: true, value: 0.8 });
    expect(parseTargetInput('80%')).toEqual({ ok: true, value: 0.8 });
    expect(parseTargetInput('80,5')).toEqual({ ok: true, value: 0.805 });
    expect(parseTargetInput(' 80,5 % ')).toEqual({ ok: true, value: 0.805 });
    expect(parseTargetInput('83,25')).toEqual({ ok: true, value: 0.8325 });
    expect(parseTargetInput('100')).toEqual({ ok: true, value: 1 });
    expect(parseTargetInput('0')).toEqual({ ok: true, value: 0 });
  });

  it('takes a blank as not set', () => {
    expect(parseTargetInput('  ')).toEqual({ ok: true, value: null });
  });

  it('asks "có phải 80%?" for "0,8" and suggests 80%, never reading it either way', () => {
    const r = parseTargetInput('0,8');
    expect(r).toMatchObject({ ok: false, problem: 'fraction', suggestion: 0.8 });
    if (!r.ok) expect(r.reason).toContain('"0,8" — có phải 80%?');
    expect(parseTargetInput('0,835')).toMatchObject({ ok: false, problem: 'fraction', suggestion: 0.835 });
  });

  it('reads "0,8%" as 0,8%: the sign says what is meant', () => {
    expect(parseTargetInput('0,8%')).toEqual({ ok: true, value: 0.008 });
  });

  it('refuses "83.25" by the Vietnamese convention and says to write 83,25', () => {
    const r = parseTargetInput('83.25');
    expect(r).toMatchObject({ ok: false, problem: 'pointDecimal', suggestion: 0.8325 });
    if (!r.ok) expect(r.reason).toContain('hãy viết 83,25');
    expect(parseTargetInput('83.25%')).toMatchObject({ ok: false, problem: 'pointDecimal' });
  });

  it('refuses text, negative values and more than 100%', () => {
    expect(parseTargetInput('tám mươi')).toMatchObject({ ok: false, problem: 'notNumber' });
    expect(parseTargetInput('-5')).toMatchObject({ ok: false, problem: 'negative' });
    expect(parseTargetInput('120')).toMatchObject({ ok: false, problem: 'above100' });
    expect(parseTargetInput('120%')).toMatchObject({ ok: false, problem: 'above100' });
    expect(parseTargetInput('1.234,5')).toMatchObject({ ok: false, problem: 'above100' });
    expect(parseTargetInput('%')).toMatchObject({ ok: false, problem: 'notNumber' });
  });
});
