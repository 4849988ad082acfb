import { describe, expect, it } from 'vitest';
import { isDataRow, rowProfile } from '../../../src/core/table/rowProfile';

describe('rowProfile', () => {
  it('counts a unit row\'s figures, Vietnamese number text included, and its text', () => {
    expect(rowProfile(['Chi cục THADS huyện A', 4029, '3.420', ''])).toMatchObject({ nonEmpty: 3, numeric: 2, text: 1 });
  });

  it('tells a column-number row: "(1) (2) (3)", formula hints, a plain 1 2 3 4', () => {
    expect(rowProfile(['(1)', '(2)', '(3)']).numberRow).toBe(true);
    expect(rowProfile(['A', '1 = 2 + 3', '2', '(3)']).numberRow).toBe(true);
    expect(rowProfile([1, 2, 3, 4]).numberRow).toBe(true);
    expect(rowProfile([1, 'Chi cục A', 2, 3, 4]).numberRow).toBe(false);
  });

  it('tells a title line from a header row', () => {
    expect(rowProfile(['BÁO CÁO KẾT QUẢ THI HÀNH ÁN DÂN SỰ', '', '']).title).toBe(true);
    expect(rowProfile(['Đơn vị tính: 1.000 đồng']).title).toBe(true);
    const header = rowProfile(['Đơn vị', 'Có điều kiện thi hành', 'Giải quyết xong']);
    expect(header.title).toBe(false);
    expect(header.concepts).toBeGreaterThanOrEqual(2);
  });
});

describe('isDataRow', () => {
  it('is a row of two figures or more that is not the column-number row', () => {
    expect(isDataRow(rowProfile(['Chi cục A', 10, 8]))).toBe(true);
    expect(isDataRow(rowProfile(['Chi cục A', 10]))).toBe(false);
    expect(isDataRow(rowProfile(['(1)', '(2)', '(3)']))).toBe(false);
  });
});

describe('rowProfile', () => {
  it('a column-number row may mix numbers and formula hints', () => {
    for (const row of [
      ['A', 1, '2 = 3 + 4', 3, 4],
      ['A', 'B', '(1)', '(2)=(3)+(4)', '(3)', '(4)'],
      ['A', '1', '2=3+4', '3', '4'],
      ['A', 'B', '(1=2+3)', 2, 3],
    ]) expect(rowProfile(row).numberRow, row.join(' | ')).toBe(true);
  });
  it('a unit row is never one, whatever its figures', () => {
    expect(rowProfile(['Chi cục A', 1, 2, 3]).numberRow).toBe(false);
    expect(rowProfile(['A', 1, 5, 3, 4]).numberRow).toBe(false);
  });
  it('"(1) (2) (3)" as Sheets stores it once typed (−1, −2, −3: accounting notation) is the column-number row (issue 11 try)', () => {
    expect(rowProfile([-1, -2, -3, -4, -5, -6, -7]).numberRow).toBe(true);
    expect(isDataRow(rowProfile([-1, -2, -3, -4, -5]))).toBe(false);
    expect(rowProfile(['Chi cục A', -1, -2, -3]).numberRow).toBe(false);
  });
});

