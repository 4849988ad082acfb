import { describe, expect, it } from 'vitest';
import type { UnitRecord } from '../../../src/core/types';
import { checkMonthSeries } from '../../../src/core/validation/checkMonthSeries';

const unit = (label: string, viec: UnitRecord['viec'], tien: UnitRecord['tien'] = {}): UnitRecord => ({ label, row: 0, kind: 'unit', ranked: true, viec, tien });

describe('checkMonthSeries — kiểm tra số liệu qua các tháng', () => {
  it('finds nothing when C stays and M, X grow', () => {
    const f = checkMonthSeries([
      { month: 1, tab: 'T10', records: [unit('Chi cục A', { carriedOver: 100, newlyAccepted: 10, completed: 5 })] },
      { month: 2, tab: 'T11', records: [unit('Chi cục A', { carriedOver: 100, newlyAccepted: 25, completed: 5 })] },
    ]);
    expect(f).toEqual([]);
  });

  it('says a changed C and a falling M or X, naming the unit, tabs, figures and difference', () => {
    const f = checkMonthSeries([
      { month: 2, tab: 'T11', records: [unit('Chi cục THADS huyện A', { carriedOver: 120, newlyAccepted: 20, completed: 30 })] },
      { month: 1, tab: 'T10', records: [unit('Chi cục THADS huyện A', { carriedOver: 100, newlyAccepted: 10, completed: 40 })] },
    ]);
    expect(f.map((x) => x.rule)).toEqual(['series-C', 'series-X']);
    expect(f[0]!.message).toContain('“T10” 100 việc, “T11” 120 việc');
    expect(f[1]!.message).toContain('giảm');
    expect(f[1]!.message).toContain('chênh lệch −10 việc');
  });

  it('says a falling X where the sheet has only X1 and X2 (tester, issue 13 case 3: went unsaid)', () => {
    const f = checkMonthSeries([
      { month: 2, tab: 'T11-2023', records: [unit('Chi cục B', { fullyEnforced: 54, terminated: 6 })] },
      { month: 3, tab: 'T12-2023', records: [unit('Chi cục B', { fullyEnforced: 45, terminated: 5 })] },
    ]);
    expect(f.map((x) => x.rule)).toEqual(['series-X']);
    expect(f[0]!.message).toBe('Chi cục B, việc: giải quyết xong (X) cộng dồn giảm: “T11-2023” (T11) 60 việc, “T12-2023” (T12) 50 việc (chênh lệch −10 việc).');
  });

  it('matches units by identity, not row (spelling of the office, order)', () => {
    const f = checkMonthSeries([
      { month: 1, tab: 'T10', records: [unit('Chi cục B', { completed: 9 }), unit('Chi cục THADS huyện A', { completed: 5 })] },
      { month: 2, tab: 'T11', records: [unit('chi cục Thi hành án dân sự Huyện A', { completed: 4 }), unit('Chi cục B', { completed: 9 })] },
    ]);
    expect(f).toHaveLength(1);
    expect(f[0]!.unit).toBe('Chi cục THADS huyện A');
  });

  it("checks C of the year's first month against last year's 12-month S", () => {
    const first = { month: 1, tab: 'T10/2023', records: [unit('Chi cục A', { carriedOver: 100 }, { carriedOver: 5e9 })] };
    const last = { month: 12, tab: 'T9/2023', records: [unit('Chi cục A', { nextPeriod: 100 }, { nextPeriod: 4e9 })] };
    const f = checkMonthSeries([first], last);
    expect(f.map((x) => `${x.rule} ${x.measure}`)).toEqual(['series-C=S tien']);
    expect(f[0]!.message).toContain('1 tỷ đồng');
  });
});

describe('checkMonthSeries — rows joined by the report’s one join', () => {
  it('pairs two subtotals of one name in sheet order, so neither reads as a fall', () => {
    const sub = (x: number): UnitRecord => ({ ...unit('Cộng', { completed: x }), kind: 'subtotal' });
    const f = checkMonthSeries([
      { month: 1, tab: 'T10', records: [sub(40), sub(5)] },
      { month: 2, tab: 'T11', records: [sub(45), sub(6)] },
    ]);
    expect(f).toEqual([]);
  });

  it('joins a unit typed without accents the next month', () => {
    const f = checkMonthSeries([
      { month: 1, tab: 'T10', records: [unit('Chi cục THADS huyện Bến Lức', { completed: 40 })] },
      { month: 2, tab: 'T11', records: [unit('Chi cuc THADS huyen Ben Luc', { completed: 30 })] },
    ]);
    expect(f.map((x) => x.rule)).toEqual(['series-X']);
  });
});
