import { describe, expect, it } from 'vitest';
import { mapUnits, type MappingSource } from '../../../src/core/summary/mapUnits';
import { unmatchedUnitsFinding } from '../../../src/core/summary/unmatchedUnitsFinding';
import type { UnitRecord } from '../../../src/core/types';

function record(label: string, enforceable = 100, completed = 70, kind: UnitRecord['kind'] = 'unit'): UnitRecord {
  return { label, row: 0, kind, ranked: kind === 'unit', viec: { enforceable, completed }, tien: {} };
}
const labels = (rs: readonly UnitRecord[]) => rs.map((r) => r.label);
const source = (rows: MappingSource['rows']): MappingSource => ({ sheet: 'Đối chiếu đơn vị', rows, previousSource: 'bảng so sánh (trang “2024”)' });

/** 2025: three Chi cục became two phòng THADS khu vực; huyện D kept its name. */
const current = [record('Phòng THADS khu vực 1', 300, 240), record('Phòng THADS khu vực 2', 100, 60), record('Chi cục THADS huyện D', 50, 40), record('Tổng cộng', 450, 340, 'total')];
const previous = [record('Chi cục THADS huyện A', 100, 70), record('Chi cục THADS huyện B', 150, 120), record('Chi cục THADS huyện C', 90, 50), record('Chi cục Thi hành án dân sự huyện D', 40, 30), record('Tổng cộng', 380, 270, 'total')];

describe('mapUnits — the «Đối chiếu đơn vị» sheet joins renamed and merged units', () => {
  it('sums the units merged into one and compares it with their sum; the others join by name', () => {
    const m = mapUnits(
      current,
      previous,
      source([
        { row: 2, previous: 'Chi cục THADS huyện A', current: 'Phòng THADS khu vực 1' },
        { row: 3, previous: 'Chi cục THADS huyện B', current: 'phòng thads khu vực 1' },
        { row: 4, previous: 'Chi cục THADS huyện C', current: 'Phòng THADS khu vực 2' },
      ]),
      'B',
    );
    expect(m.findings).toEqual([]);
    const k1 = m.partner.get(current[0]!)!;
    expect(k1.viec).toMatchObject({ enforceable: 250, completed: 190 });
    expect(m.partner.get(current[1]!)).toBe(previous[2]);
    expect(m.partner.get(current[2]!)).toBe(previous[3]);
    expect(m.partner.get(current[3]!)).toBe(previous[4]);
    expect(m.merged).toEqual([{ current: 'Phòng THADS khu vực 1', previous: ['Chi cục THADS huyện A', 'Chi cục THADS huyện B'] }]);
    expect(m.unmatchedCurrent).toEqual([]);
    expect(m.unmatchedPrevious).toEqual([]);
  });

  it('adds the units merged into one that kept its name to its own last-year row', () => {
    const m = mapUnits([record('Chi cục THADS huyện D')], [record('Chi cục THADS huyện D', 40, 30), record('Chi cục THADS huyện E', 10, 5)], source([{ row: 2, previous: 'Chi cục THADS huyện E', current: 'Chi cục THADS huyện D' }]), 'B');
    expect(m.partner.get(m.unmatchedCurrent[0] ?? record('x'))).toBeUndefined();
    const p = [...m.partner.values()][0]!;
    expect(p.viec).toMatchObject({ enforceable: 50, completed: 35 });
    expect(m.merged[0]!.previous).toEqual(['Chi cục THADS huyện D', 'Chi cục THADS huyện E']);
  });

  it('names a row whose unit is in neither table, and ignores it', () => {
    const m = mapUnits(current, previous, source([{ row: 5, previous: 'Chi cục THADS huyện Z', current: 'Phòng THADS khu vực 9' }]), 'B');
    expect(m.findings.map((f) => f.message)).toEqual([
      'Trang “Đối chiếu đơn vị”, dòng 5: không có đơn vị “Chi cục THADS huyện Z” trong bảng so sánh (trang “2024”), cũng không có đơn vị “Phòng THADS khu vực 9” trong bảng năm nay; bỏ qua dòng này.',
    ]);
    expect(labels(m.unmatchedCurrent)).toEqual(['Phòng THADS khu vực 1', 'Phòng THADS khu vực 2']);
  });

  it('names a row with one side unknown, and says when the names look swapped', () => {
    const m = mapUnits(
      current,
      previous,
      source([
        { row: 2, previous: 'Chi cục THADS huyện A', current: 'Phòng THADS khu vực 7' },
        { row: 3, previous: 'Phòng THADS khu vực 2', current: 'Chi cục THADS huyện C' },
      ]),
      'B',
    );
    expect(m.findings.map((f) => f.message)).toEqual([
      'Trang “Đối chiếu đơn vị”, dòng 2: không có đơn vị “Phòng THADS khu vực 7” trong bảng năm nay; bỏ qua dòng này.',
      'Trang “Đối chiếu đơn vị”, dòng 3: hai tên ghi ngược cột: “Phòng THADS khu vực 2” là đơn vị năm nay, “Chi cục THADS huyện C” là đơn vị năm trước (cột “Đơn vị năm trước” ghi tên của năm trước); bỏ qua dòng này.',
    ]);
    const one = mapUnits(current, previous, source([{ row: 4, previous: 'Phòng THADS khu vực 2', current: 'Phòng THADS khu vực 1' }]), 'B');
    expect(one.findings[0]!.message).toBe(
      'Trang “Đối chiếu đơn vị”, dòng 4: không có đơn vị “Phòng THADS khu vực 2” trong bảng so sánh (trang “2024”) (“Phòng THADS khu vực 2” là tên một đơn vị năm nay: cột “Đơn vị năm trước” ghi tên của năm trước); bỏ qua dòng này.',
    );
    expect(m.partner.has(current[0]!)).toBe(false);
    expect(labels(m.unmatchedPrevious)).toEqual(['Chi cục THADS huyện A', 'Chi cục THADS huyện B', 'Chi cục THADS huyện C']);
  });

  it('refuses a unit of last year sent to two different units (figures cannot be split): every row of it ignored', () => {
    const m = mapUnits(
      current,
      previous,
      source([
        { row: 2, previous: 'Chi cục THADS huyện A', current: 'Phòng THADS khu vực 1' },
        { row: 3, previous: 'Chi cục THADS huyện A', current: 'Phòng THADS khu vực 2' },
        { row: 4, previous: 'Chi cục THADS huyện B', current: 'Phòng THADS khu vực 1' },
        { row: 5, previous: 'Chi cục THADS huyện B', current: 'Phòng THADS khu vực 1' },
      ]),
      'B',
    );
    expect(m.findings.map((f) => f.message)).toEqual([
      'Trang “Đối chiếu đơn vị”: đơn vị năm trước “Chi cục THADS huyện A” được ghép với 2 đơn vị năm nay khác nhau (dòng 2: “Phòng THADS khu vực 1”, dòng 3: “Phòng THADS khu vực 2”); số liệu của một đơn vị không chia được cho nhiều đơn vị, nên bỏ qua các dòng này.',
    ]);
    // B written twice to the same unit is one mapping, counted once.
    expect(m.partner.get(current[0]!)).toBe(previous[1]);
    expect(labels(m.unmatchedPrevious)).toEqual(['Chi cục THADS huyện A', 'Chi cục THADS huyện C']);
  });

  it('does not also join by name a unit the sheet sends elsewhere', () => {
    const now = [record('Chi cục THADS huyện A'), record('Phòng THADS khu vực 1')];
    const then = [record('Chi cục THADS huyện A', 100, 50)];
    const m = mapUnits(now, then, source([{ row: 2, previous: 'Chi cục THADS huyện A', current: 'Phòng THADS khu vực 1' }]), 'B');
    expect(m.partner.get(now[1]!)).toBe(then[0]);
    expect(m.partner.has(now[0]!)).toBe(false);
    expect(labels(m.unmatchedCurrent)).toEqual(['Chi cục THADS huyện A']);
  });

  it('leaves units with no partner and no mapping to the finding that names both sides', () => {
    const m = mapUnits(current, previous, source([{ row: 2, previous: 'Chi cục THADS huyện C', current: 'Phòng THADS khu vực 2' }]), 'B');
    const f = unmatchedUnitsFinding(m, 'bảng so sánh', 'Ghi vào trang “Đối chiếu đơn vị”.');
    expect(f!.message).toContain('“Phòng THADS khu vực 1”');
    expect(f!.message).toContain('“Chi cục THADS huyện A”, “Chi cục THADS huyện B”');
    expect(f!.message).toMatch(/Ghi vào trang “Đối chiếu đơn vị”\.$/);
  });
});
