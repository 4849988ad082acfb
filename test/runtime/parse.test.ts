import { describe, expect, it } from 'vitest';
import { parseA1, rectA1, columnLetters, columnNumber } from '../../runtime/index';
import { parseCall } from '../../runtime/formula/parse';

describe('A1 notation', () => {
  it('reads columns past Z', () => {
    expect([columnNumber('A'), columnNumber('Z'), columnNumber('AA'), columnNumber('AB')]).toEqual([1, 26, 27, 28]);
    expect([columnLetters(1), columnLetters(26), columnLetters(27), columnLetters(702), columnLetters(703)]).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA']);
  });

  it('reads a sheet-qualified range with a quoted name', () => {
    expect(parseA1("'Chi cục ''A'''!$B$4:L20")).toEqual({
      sheet: "Chi cục 'A'",
      rect: { row: 4, column: 2, numRows: 17, numColumns: 11 },
      openRows: false,
      openColumns: false,
    });
  });

  it('reads open ranges: whole columns and a range open at the bottom', () => {
    expect(parseA1('A:C')).toMatchObject({ rect: { row: 1, column: 1, numColumns: 3 }, openRows: true });
    expect(parseA1('A4:L')).toMatchObject({ rect: { row: 4, column: 1, numColumns: 12 }, openRows: true });
  });

  it('rejects what is not an address', () => {
    expect(parseA1('TRUE')).toBeUndefined();
    expect(parseA1('A0')).toBeUndefined();
    expect(parseA1('A1:B2:C3')).toBeUndefined();
  });

  it('prints a single cell without a colon', () => {
    expect(rectA1({ row: 3, column: 2, numRows: 1, numColumns: 1 })).toBe('B3');
    expect(rectA1({ row: 5, column: 6, numRows: 15, numColumns: 1 })).toBe('F5:F19');
  });
});

describe('formula calls', () => {
  it('reads the call of the brief', () => {
    expect(parseCall('=THADS_RATE(F5:F19,E5:E19)')).toEqual({
      name: 'THADS_RATE',
      args: [
        { kind: 'ref', text: 'F5:F19' },
        { kind: 'ref', text: 'E5:E19' },
      ],
    });
  });

  it('reads stacked ranges of sheets with Vietnamese names', () => {
    expect(parseCall('=THADS_SUMMARY({Việc!A4:L20;Tiền!A4:L20}, 80%, "38%")')).toEqual({
      name: 'THADS_SUMMARY',
      args: [
        { kind: 'array', rows: [[{ kind: 'ref', text: 'Việc!A4:L20' }], [{ kind: 'ref', text: 'Tiền!A4:L20' }]] },
        { kind: 'number', value: 0.8 },
        { kind: 'string', value: '38%' },
      ],
    });
  });

  it('refuses formulas that are more than one call', () => {
    expect(parseCall('=A(1)+1')).toBeUndefined();
    expect(parseCall('=A(B(1))')).toBeUndefined();
    expect(parseCall('=1+2')).toBeUndefined();
  });
});
