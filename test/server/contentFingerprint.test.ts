import { describe, expect, it } from 'vitest';
import { contentFingerprint } from '../../src/server/ownSheets/contentFingerprint';

const values = [
  ['Đơn vị', 'Tỷ lệ việc'],
  ['Chi cục A', 0.8346],
];
const formulas = [
  ['', ''],
  ['', ''],
];

describe('contentFingerprint', () => {
  it('is the same for the same content read again (a fresh copy of the arrays, a Date of the same instant)', () => {
    const withDate = [[new Date(Date.UTC(2020, 8, 30))]];
    expect(contentFingerprint(structuredClone(values), structuredClone(formulas))).toBe(contentFingerprint(values, formulas));
    expect(contentFingerprint(withDate, [['']])).toBe(contentFingerprint([[new Date(Date.UTC(2020, 8, 30))]], [['']]));
  });

  it('changes with a value, a formula, a row added or a Date moved', () => {
    const base = contentFingerprint(values, formulas);
    expect(contentFingerprint([values[0]!, ['Chi cục A', 0.8347]], formulas)).not.toBe(base);
    expect(contentFingerprint(values, [['', ''], ['', '=B2*1']])).not.toBe(base);
    expect(contentFingerprint([...values, ['', '']], [...formulas, ['', '']])).not.toBe(base);
    expect(contentFingerprint([[new Date(0)]], [['']])).not.toBe(contentFingerprint([[new Date(1)]], [['']]));
  });

  it('is the fingerprint earlier versions recorded (two FNV-1a passes, now in one loop): their reports still read as unchanged', () => {
    // Computed with the two-loop version of 2026-12-02: a different value would make every report written
    // before look edited by the user, and be kept instead of replaced.
    expect(contentFingerprint(values, formulas)).toBe('27a75fc35e2a015d-74');
  });

  it('tells the number 1 from the text "1"', () => {
    expect(contentFingerprint([[1]], [['']])).not.toBe(contentFingerprint([['1']], [['']]));
  });
});
