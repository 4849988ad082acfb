import { describe, expect, it } from 'vitest';
import { computeUnitIndicators } from '../../../src/core/indicators/computeUnitIndicators';
import { defaultIndicatorOptions } from '../../../src/core/indicators/defaultOptions';
import { reportColumnKeys, reportColumns, reportColumnsOf, type ColumnChoice } from '../../../src/core/report/columns';

const yearEnd: ColumnChoice = { period: { year: 2020, month: 12 }, previous: false, officers: false, grades: false, money: { unit: 'nghin', assumed: false } };

describe('reportColumnKeys: which columns the report shows', () => {
  it('always has the unit, both rates, the targets met and the rank', () => {
    const keys = reportColumnKeys(yearEnd);
    for (const k of ['label', 'viec.rate', 'tien.rate', 'targetsMet', 'rank']) expect(keys).toContain(k);
    expect(keys[keys.length - 1]).toBe('rank');
  });

  it('shows progress gaps mid-year only, year over year with comparison data only, the grade with rules only', () => {
    expect(reportColumnKeys(yearEnd)).not.toContain('viec.progressGap');
    expect(reportColumnKeys({ ...yearEnd, period: { year: 2020, month: 6 } })).toContain('viec.progressGap');
    expect(reportColumnKeys(yearEnd)).not.toContain('viec.rateChange');
    expect(reportColumnKeys({ ...yearEnd, previous: true })).toEqual(expect.arrayContaining(['viec.rateChange', 'viec.backlogReduction']));
    expect(reportColumnKeys({ ...yearEnd, officers: true })).toContain('workloadTotal');
    expect(reportColumnKeys({ ...yearEnd, grades: true }).at(-1)).toBe('grade');
  });
});

describe('reportColumns: the columns filled from the one list of definitions', () => {
  it('fills a unit row: domain §5 district 2020, Đ 4.029, X 3.420 → 84,88%', () => {
    const options = defaultIndicatorOptions({ year: 2020, month: 12 });
    const u = computeUnitIndicators({ label: 'Huyện', row: 0, kind: 'unit', ranked: true, viec: { enforceable: 4029, completed: 3420 }, tien: {} }, { viec: 0.8 }, options);
    const columns = reportColumns(yearEnd);
    const cell = (key: string) => columns.find((c) => c.key === key)!.unit(u, 0);
    expect(columns.map((c) => c.key)).toEqual(reportColumnKeys(yearEnd));
    expect(cell('label')).toBe('Huyện');
    expect(cell('viec.enforceable')).toBe(4029);
    expect(cell('viec.rate') as number).toBeCloseTo(0.8488, 4);
    expect(cell('viec.gap') as number).toBeCloseTo(0.0488, 4);
  });
});

describe('reportColumnsOf: some of the same columns for another table of the report', () => {
  it('heads and fills the given keys exactly as the units\' table does', () => {
    const options = defaultIndicatorOptions({ year: 2020, month: 12 });
    const u = computeUnitIndicators({ label: 'Nguyễn Văn An', row: 0, kind: 'unit', ranked: true, viec: { enforceable: 40, completed: 30 }, tien: { enforceable: 2e6, completed: 1e6 } }, {}, options);
    const some = reportColumnsOf(['label', 'tien.enforceable', 'viec.rate'], yearEnd.money);
    const all = reportColumns(yearEnd);
    expect(some.map((c) => c.header)).toEqual(['Đơn vị', 'Có điều kiện (nghìn đồng)', 'Tỷ lệ việc']);
    for (const c of some) {
      const same = all.find((a) => a.key === c.key)!;
      expect([c.header, c.format, c.unit(u, 0)]).toEqual([same.header, same.format, same.unit(u, 0)]);
    }
    expect(() => reportColumnsOf(['kind'], yearEnd.money)).toThrow(/không có trong báo cáo/);
  });
});
