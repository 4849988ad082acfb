import { describe, expect, it } from 'vitest';
import { defaultIndicatorOptions } from '../../../src/core/indicators/defaultOptions';
import { matchUnits } from '../../../src/core/summary/matchUnits';
import { summarizeTable } from '../../../src/core/summary/summarizeTable';
import type { Grid, UnitRecord } from '../../../src/core/types';

function record(label: string, enforceable = 100, completed = 70, kind: UnitRecord['kind'] = 'unit'): UnitRecord {
  return { label, row: 0, kind, ranked: kind === 'unit', viec: { enforceable, completed }, tien: {} };
}
const labels = (rs: readonly UnitRecord[]) => rs.map((r) => r.label);

describe('matchUnits', () => {
  it('joins a unit renamed TP. ↔ thành phố, and the totals rows, by unitKey', () => {
    const current = [record('Chi cục THADS TP. Nam Sơn'), record('Chi cục THADS huyện Tân Phú'), record('Tổng cộng', 200, 150, 'total')];
    const previous = [record('Chi cục THADS huyện Tân Phú'), record('Chi cục Thi hành án dân sự thành phố Nam Sơn'), record('Tổng cộng', 200, 140, 'total')];
    const m = matchUnits(current, previous);
    expect(m.partner.get(current[0]!)).toBe(previous[1]);
    expect(m.partner.get(current[1]!)).toBe(previous[0]);
    expect(m.partner.get(current[2]!)).toBe(previous[2]);
    expect(m.unmatchedCurrent).toEqual([]);
    expect(m.unmatchedPrevious).toEqual([]);
  });

  it('joins a name typed without accents to its accented twin when it is the only one', () => {
    const current = [record('Chi cục THADS huyện Tân Phú')];
    const previous = [record('Chi cuc THADS huyen Tan Phu'), record('Chi cục THADS huyện Tân Phước')];
    const m = matchUnits(current, previous);
    expect(m.partner.get(current[0]!)).toBe(previous[0]);
    expect(labels(m.unmatchedPrevious)).toEqual(['Chi cục THADS huyện Tân Phước']);
  });

  it('joins neither when the unaccented name has two accented twins, and keeps accented names apart', () => {
    const current = [record('Chi cục THADS huyện Công Sơn'), record('Chi cục THADS huyện Cống Sơn')];
    const m = matchUnits(current, [record('Chi cục THADS huyện Cong Son')]);
    expect(m.partner.size).toBe(0);
    expect(labels(m.unmatchedCurrent)).toEqual(['Chi cục THADS huyện Công Sơn', 'Chi cục THADS huyện Cống Sơn']);
    expect(labels(m.unmatchedPrevious)).toEqual(['Chi cục THADS huyện Cong Son']);
    expect(matchUnits([record('Huyện Công Sơn')], [record('Huyện Cống Sơn')]).partner.size).toBe(0);
  });

  it('never joins a 2025 regional office to last year’s Chi cục of the same place', () => {
    const m = matchUnits([record('Phòng THADS khu vực Tân Phú')], [record('Chi cục THADS huyện Tân Phú')]);
    expect(m.partner.size).toBe(0);
  });
});

describe('summarizeTable with last year’s rows', () => {
  const grid: Grid = [
    ['Đơn vị', 'Có điều kiện thi hành', 'Giải quyết xong'],
    ['Chi cục THADS TP. Nam Sơn', 100, 80],
    ['Chi cục THADS huyện Mới', 100, 90],
  ];
  const previous = [record('Chi cục THADS thành phố Nam Sơn', 100, 70), record('Chi cục THADS huyện Cũ', 100, 60)];

  it('computes the renamed unit’s change from last year, and names the units left over on both sides in one warning', () => {
    const r = summarizeTable(grid, { targets: () => ({}), options: defaultIndicatorOptions({ year: 2020, month: 12 }), previous });
    if (!r.ok) throw new Error(r.message);
    expect(r.indicators[0]?.viec.previousRate).toBeCloseTo(0.7, 12);
    expect(r.indicators[1]?.viec.previousRate).toBeNull();
    expect(r.findings[0]).toEqual({
      severity: 'warning',
      rule: 'comparison-units',
      message:
        'So sánh cùng kỳ: 1 đơn vị năm nay không có trong bảng so sánh nên không có số liệu so với cùng kỳ: “Chi cục THADS huyện Mới”; ' +
        '1 đơn vị của bảng so sánh không khớp đơn vị nào năm nay: “Chi cục THADS huyện Cũ”. Nếu là cùng một đơn vị ghi tên khác nhau, hãy sửa cho tên giống nhau.',
    });
  });

  it('gives no such warning when every unit has its partner', () => {
    const r = summarizeTable(grid.slice(0, 2), { targets: () => ({}), options: defaultIndicatorOptions({ year: 2020, month: 12 }), previous: previous.slice(0, 1) });
    if (!r.ok) throw new Error(r.message);
    expect(r.findings.filter((f) => f.rule === 'comparison-units')).toEqual([]);
  });
});

describe('matchUnits — a name written twice', () => {
  const row = (label: string, row: number): UnitRecord => ({ label, row, kind: 'total', ranked: false, viec: {}, tien: {} });

  it('joins its n-th occurrence with the n-th on the other side', () => {
    const [first, second, now1, now2] = [row('Cộng', 3), row('Cộng', 9), row('Cộng', 4), row('Cộng', 10)];
    const m = matchUnits([now1, now2], [first, second]);
    expect(m.partner.get(now1)).toBe(first);
    expect(m.partner.get(now2)).toBe(second);
  });
});
