import { describe, expect, it } from 'vitest';
import { dayText } from '../../../src/core/period/dayText';
import { periodRange } from '../../../src/core/period/periodRange';

describe('dayText: dates as dd/mm/yyyy', () => {
  it('pads day and month to two digits', () => {
    expect(dayText([2018, 10, 1])).toBe('01/10/2018');
    expect(dayText([2019, 3, 31])).toBe('31/03/2019');
  });

  it('writes the span of a cumulative period: 1 month ends 31/10, 5 months on the last of February', () => {
    const span = (year: number, month: number) => {
      const r = periodRange({ year, month });
      return `${dayText(r.from)}–${dayText(r.to)}`;
    };
    expect(span(2019, 1)).toBe('01/10/2018–31/10/2018');
    expect(span(2019, 6)).toBe('01/10/2018–31/03/2019');
    expect(span(2020, 5)).toBe('01/10/2019–29/02/2020');
    expect(span(2019, 5)).toBe('01/10/2018–28/02/2019');
    expect(span(2020, 12)).toBe('01/10/2019–30/09/2020');
  });
});
