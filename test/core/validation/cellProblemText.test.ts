import { describe, expect, it } from 'vitest';
import { cellProblemText, withheldReason } from '../../../src/core/validation/cellProblemText';
import type { CellProblem } from '../../../src/core/types';

const negative: CellProblem = { kind: 'negative', measure: 'viec', key: 'fullyEnforced', row: 6, column: 4, value: '-50', reason: '-50 là số âm: số việc không thể âm' };
const tien: CellProblem = { kind: 'unreadable', measure: 'tien', key: 'enforceable', row: 6, column: 7, value: '"abc"', reason: '"abc" không phải là số' };

describe('cellProblemText — where the bad cell is, what it is, and why', () => {
  it('names the sheet row, the column and the quantity', () => {
    expect(cellProblemText(negative, {})).toBe('dòng 7, cột E (thi hành xong (X1)): -50 là số âm: số việc không thể âm');
    expect(cellProblemText(negative, { rowOffset: 5 })).toMatch(/^dòng 11, cột E /);
  });
});

describe('withheldReason — why a measure of a row is not computed', () => {
  it('joins the problems of that measure and ignores the other measure’s', () => {
    expect(withheldReason([negative, tien], 'viec', {})).toBe('dòng 7, cột E (thi hành xong (X1)): -50 là số âm: số việc không thể âm');
    expect(withheldReason([negative, tien], 'tien', {})).toMatch(/^dòng 7, cột H \(/);
  });

  it('is null when the measure has no problem: then its figures are computed', () => {
    expect(withheldReason([tien], 'viec', {})).toBeNull();
    expect(withheldReason(undefined, 'viec', {})).toBeNull();
  });
});
