import { describe, expect, it } from 'vitest';
import { formatPercent } from '../../src/core/numbers/formatPercent';
import { columnLetter, columnName, rangeStartColumn, rowNumber } from '../../src/pages/sidebar/columns';
import { parseTargetInput } from '../../src/core/numbers/parseTargetInput';
import { percentInputText, percentText } from '../../src/pages/sidebar/percent';

describe('rates and targets as the sidebar shows them', () => {
  it('shows a rate with two decimals as the agencies do: 3.420 / 4.029 = 84,88%', () => {
    expect(percentText(3420 / 4029, 'vi')).toBe('84,88%');
    expect(percentText(3420 / 4029, 'en')).toBe('84.88%');
    expect(percentText(0.8, 'vi')).toBe('80,00%');
  });

  it('rounds half up as the report does: 57 / 800 = 7,125% shows 7,13% (the sidebar once showed 7,12%)', () => {
    expect(percentText(57 / 800, 'vi')).toBe('7,13%');
    expect(percentText(57 / 800, 'en')).toBe('7.13%');
  });

  it('shows every rate x/d with the report\'s digits (d up to 400)', () => {
    const differ: string[] = [];
    for (let d = 1; d <= 400; d++) {
      for (let x = 0; x <= d; x++) if (percentText(x / d, 'vi') !== formatPercent(x / d)) differ.push(`${x}/${d}`);
    }
    expect(differ).toEqual([]);
  });

  it('shows a stored target back in the input in percent', () => {
    expect(percentInputText(0.8325)).toBe('83,25');
    expect(percentInputText(0.38)).toBe('38');
    expect(percentInputText(null)).toBe('');
    expect(percentInputText(0.815)).toBe('81,5');
  });

  it('shows a target back as text the field reads to the same value, in English mode too (once "83.25", now refused)', () => {
    for (const v of [0.8, 0.8325, 0.815, 0.4645, 0.005, 1, 0]) expect(parseTargetInput(percentInputText(v))).toEqual({ ok: true, value: v });
  });
});

describe('column names as Sheets shows them', () => {
  it('counts A to Z then AA', () => {
    expect(columnLetter(0)).toBe('A');
    expect(columnLetter(25)).toBe('Z');
    expect(columnLetter(26)).toBe('AA');
    expect(columnLetter(27)).toBe('AB');
    expect(columnLetter(701)).toBe('ZZ');
    expect(columnLetter(702)).toBe('AAA');
  });

  it('offsets by the first column of a chosen range', () => {
    expect(rangeStartColumn(null)).toBe(0);
    expect(rangeStartColumn("'Thống kê'!C5:P30")).toBe(2);
    expect(rangeStartColumn('$AB$1:AC9')).toBe(27);
    expect(columnName(2, 'C5:P30')).toBe('E');
    expect(columnName(2, null)).toBe('C');
    expect(columnName(0, 'Sheet1!$D$2:$F$9')).toBe('D');
  });

  it('reads the range with the server\'s parser: text the server refuses offsets nothing', () => {
    expect(rangeStartColumn('C5')).toBe(0);
    expect(rangeStartColumn('C:P')).toBe(0);
  });
});

describe('row numbers as Sheets shows them', () => {
  it('offsets by the first row of a chosen range', () => {
    expect(rowNumber(0, null)).toBe(1);
    expect(rowNumber(3, 'C5:P30')).toBe(8);
    expect(rowNumber(3, 'C5')).toBe(4);
  });
});
