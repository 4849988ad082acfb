import { describe, expect, it } from 'vitest';
import { columnLetter, columnName, rangeStartColumn } from '../../src/pages/sidebar/columns';
import { formatPercent, parsePercentInput, percentInputText } from '../../src/pages/sidebar/percent';
import { periodEnd, periodStart, regimeForYear } from '../../src/pages/sidebar/period';

describe('the statistical period (domain §2)', () => {
  it('starts on 01/10 of the year before', () => {
    expect(periodStart(2020)).toBe('01/10/2019');
  });

  it('ends the 1-month report on 31/10, the 6-month on 31/03, the annual on 30/09', () => {
    expect(periodEnd({ year: 2019, month: 1 })).toBe('31/10/2018');
    expect(periodEnd({ year: 2019, month: 6 })).toBe('31/03/2019');
    expect(periodEnd({ year: 2020, month: 12 })).toBe('30/09/2020');
  });

  it('ends a 5-month report on the last day of February, 29th in a leap year', () => {
    expect(periodEnd({ year: 2020, month: 5 })).toBe('29/02/2020');
    expect(periodEnd({ year: 2019, month: 5 })).toBe('28/02/2019');
  });

  it('defaults the regime to A up to 2019 and B from 2020', () => {
    expect(regimeForYear(2016)).toBe('A');
    expect(regimeForYear(2019)).toBe('A');
    expect(regimeForYear(2020)).toBe('B');
  });
});

describe('target percentages typed by the user', () => {
  it('reads percent with a Vietnamese comma or a point', () => {
    expect(parsePercentInput('80')).toEqual({ ok: true, value: 0.8 });
    expect(parsePercentInput('81,5')).toEqual({ ok: true, value: 0.815 });
    expect(parsePercentInput(' 83.25 % ')).toEqual({ ok: true, value: 0.8325 });
  });

  it('takes a blank as "not set"', () => {
    expect(parsePercentInput('  ')).toEqual({ ok: true, value: null });
  });

  it('refuses text, negative numbers and more than 100%', () => {
    expect(parsePercentInput('tám mươi')).toEqual({ ok: false });
    expect(parsePercentInput('-5')).toEqual({ ok: false });
    expect(parsePercentInput('120')).toEqual({ ok: false });
    expect(parsePercentInput('1.234,5')).toEqual({ ok: false });
  });

  it('shows a rate with two decimals as the agencies do: 3.420 / 4.029 = 84,88%', () => {
    expect(formatPercent(3420 / 4029, 'vi')).toBe('84,88%');
    expect(formatPercent(3420 / 4029, 'en')).toBe('84.88%');
    expect(formatPercent(0.8, 'vi')).toBe('80,00%');
  });

  it('shows a stored target back in the input in percent', () => {
    expect(percentInputText(0.8325, 'vi')).toBe('83,25');
    expect(percentInputText(0.38, 'en')).toBe('38');
    expect(percentInputText(null, 'vi')).toBe('');
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
  });
});
